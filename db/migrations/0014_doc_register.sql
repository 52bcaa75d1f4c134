CREATE TABLE `doc_register_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`series` text NOT NULL,
	`doc_year` integer NOT NULL,
	`serial` integer NOT NULL,
	`doc_number` text NOT NULL,
	`title` text NOT NULL,
	`issue_date` text NOT NULL,
	`issuer` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `doc_register_entries_number_uq` ON `doc_register_entries` (`series`,`doc_year`,`serial`);