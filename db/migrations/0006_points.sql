CREATE TABLE `points_attendance` (
	`event_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	`status` text NOT NULL,
	`spoke` integer DEFAULT false NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`event_id`, `member_id`),
	FOREIGN KEY (`event_id`) REFERENCES `points_events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `points_attendance_member_idx` ON `points_attendance` (`member_id`);--> statement-breakpoint
CREATE TABLE `points_closure_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`closure_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`level` text,
	`tag` text,
	`source_table` text NOT NULL,
	`source_id` integer NOT NULL,
	`label` text NOT NULL,
	`rule_id` integer NOT NULL,
	`rule_key` integer NOT NULL,
	`rule_name` text NOT NULL,
	`category` text NOT NULL,
	`item` text NOT NULL,
	`rule_points` real NOT NULL,
	`points` real NOT NULL,
	`capped` integer DEFAULT false NOT NULL,
	`topped` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`closure_id`) REFERENCES `points_closures`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `points_closure_lines_closure_idx` ON `points_closure_lines` (`closure_id`,`member_id`);--> statement-breakpoint
CREATE TABLE `points_closure_members` (
	`closure_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	`term_id` integer NOT NULL,
	`name` text NOT NULL,
	`sector_id` integer,
	`sector_name` text,
	`group_id` integer,
	`group_name` text,
	`party_name` text,
	PRIMARY KEY(`closure_id`, `member_id`),
	FOREIGN KEY (`closure_id`) REFERENCES `points_closures`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `points_closures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`year` integer NOT NULL,
	`closed_by` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`member_count` integer NOT NULL,
	`line_count` integer NOT NULL,
	`total` real NOT NULL,
	`rules` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `points_closures_year_uq` ON `points_closures` (`year`) WHERE voided_at is null;--> statement-breakpoint
CREATE TABLE `points_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`kind` text NOT NULL,
	`type` text NOT NULL,
	`title` text NOT NULL,
	`date` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`organizer` text DEFAULT '' NOT NULL,
	`sector_group_id` integer,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`sector_group_id`) REFERENCES `sector_groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `points_events_date_idx` ON `points_events` (`date`);--> statement-breakpoint
CREATE INDEX `points_events_kind_idx` ON `points_events` (`kind`,`type`);--> statement-breakpoint
CREATE TABLE `points_rules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`rule_key` integer NOT NULL,
	`seq` integer DEFAULT 1 NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`kind` text NOT NULL,
	`level` text,
	`level_mode` text,
	`tag` text,
	`points` real NOT NULL,
	`yearly_cap` real,
	`effective_from` text NOT NULL,
	`effective_to` text,
	`note` text DEFAULT '' NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `points_rules_key_seq_uq` ON `points_rules` (`rule_key`,`seq`);--> statement-breakpoint
CREATE INDEX `points_rules_kind_idx` ON `points_rules` (`kind`,`effective_from`);