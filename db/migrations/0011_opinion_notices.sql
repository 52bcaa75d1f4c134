CREATE TABLE `opinion_notices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`year` integer NOT NULL,
	`issue_date` text NOT NULL,
	`signer` text DEFAULT '' NOT NULL,
	`doc_year` integer NOT NULL,
	`serial` integer NOT NULL,
	`doc_number` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `opinion_notices_year_idx` ON `opinion_notices` (`year`);--> statement-breakpoint
CREATE UNIQUE INDEX `opinion_notices_number_uq` ON `opinion_notices` (`doc_year`,`serial`);