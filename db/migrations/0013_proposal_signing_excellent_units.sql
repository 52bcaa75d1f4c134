CREATE TABLE `proposal_excellent_units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`term_id` integer NOT NULL,
	`meeting_id` integer,
	`unit_id` integer NOT NULL,
	`date` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`actor` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`term_id`) REFERENCES `terms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `proposal_excellent_units_scope_idx` ON `proposal_excellent_units` (`term_id`,`meeting_id`,`unit_id`);--> statement-breakpoint
CREATE INDEX `proposal_excellent_units_date_idx` ON `proposal_excellent_units` (`date`);--> statement-breakpoint
ALTER TABLE `proposal_units` ADD `sign_deadline` text;--> statement-breakpoint
ALTER TABLE `proposal_units` ADD `signed_by` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `proposal_units` ADD `return_date` text;--> statement-breakpoint
-- 签收 per unit: every current unit keeps its 交办's 签收/申退 deadline; a 申退 on record keeps the date it was made (from the timeline). No row is added or removed.
UPDATE `proposal_units` SET `sign_deadline` = (SELECT p.`sign_deadline` FROM `proposals` p WHERE p.`id` = `proposal_units`.`proposal_id`) WHERE `ended_date` IS NULL;--> statement-breakpoint
UPDATE `proposal_units` SET `return_date` = (SELECT max(e.`date`) FROM `proposal_events` e WHERE e.`proposal_id` = `proposal_units`.`proposal_id` AND e.`action` = '申退') WHERE `return_reason` IS NOT NULL;
