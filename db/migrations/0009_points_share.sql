CREATE TABLE `points_notices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`year` integer NOT NULL,
	`issue_date` text NOT NULL,
	`doc_year` integer NOT NULL,
	`serial` integer NOT NULL,
	`doc_number` text NOT NULL,
	`issuer` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `points_notices_doc_uq` ON `points_notices` (`doc_year`,`serial`);--> statement-breakpoint
CREATE UNIQUE INDEX `points_notices_year_uq` ON `points_notices` (`year`) WHERE voided_at is null;--> statement-breakpoint
ALTER TABLE `points_closure_lines` ADD `share` text;--> statement-breakpoint
ALTER TABLE `points_rules` ADD `share_mode` text;--> statement-breakpoint
ALTER TABLE `points_rules` ADD `share_ratio` integer;