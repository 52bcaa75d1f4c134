CREATE TABLE `supervision_activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`group_id` integer NOT NULL,
	`date` text NOT NULL,
	`place` text NOT NULL,
	`form` text NOT NULL,
	`other_participants` text DEFAULT '' NOT NULL,
	`findings` text NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `supervision_groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supervision_activities_group_idx` ON `supervision_activities` (`group_id`,`date`);--> statement-breakpoint
CREATE TABLE `supervision_activity_members` (
	`activity_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `member_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `supervision_activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supervision_activity_members_member_idx` ON `supervision_activity_members` (`member_id`);--> statement-breakpoint
CREATE TABLE `supervision_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`owner_kind` text NOT NULL,
	`owner_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`caption` text DEFAULT '' NOT NULL,
	`data` blob NOT NULL
);
--> statement-breakpoint
CREATE INDEX `supervision_attachments_owner_idx` ON `supervision_attachments` (`owner_kind`,`owner_id`);--> statement-breakpoint
CREATE TABLE `supervision_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`letter_id` integer NOT NULL,
	`item_id` integer,
	`action` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`date` text,
	`actor` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`letter_id`) REFERENCES `supervision_letters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `supervision_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supervision_events_letter_idx` ON `supervision_events` (`letter_id`,`id`);--> statement-breakpoint
CREATE TABLE `supervision_feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`item_id` integer NOT NULL,
	`round` integer NOT NULL,
	`date` text NOT NULL,
	`measures` text NOT NULL,
	`progress` text NOT NULL,
	`completion_date` text,
	`evidence` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `supervision_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supervision_feedback_item_idx` ON `supervision_feedback` (`item_id`);--> statement-breakpoint
CREATE TABLE `supervision_group_members` (
	`group_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`group_id`, `member_id`),
	FOREIGN KEY (`group_id`) REFERENCES `supervision_groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supervision_group_members_member_idx` ON `supervision_group_members` (`member_id`);--> statement-breakpoint
CREATE TABLE `supervision_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`topic_id` integer NOT NULL,
	`name` text NOT NULL,
	`leader_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`liaison` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`topic_id`) REFERENCES `supervision_topics`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`leader_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supervision_groups_topic_idx` ON `supervision_groups` (`topic_id`);--> statement-breakpoint
CREATE TABLE `supervision_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`letter_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`problem` text DEFAULT '' NOT NULL,
	`suggestion` text DEFAULT '' NOT NULL,
	`status` text DEFAULT '待反馈' NOT NULL,
	`round` integer DEFAULT 1 NOT NULL,
	`feedback_due` text,
	`progress` text,
	`measures` text,
	`completion_date` text,
	`feedback_date` text,
	`evaluation` text,
	`evaluation_date` text,
	`evaluator` text,
	`evaluation_comment` text,
	`review_result` text,
	`review_date` text,
	FOREIGN KEY (`letter_id`) REFERENCES `supervision_letters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supervision_items_letter_idx` ON `supervision_items` (`letter_id`,`seq`);--> statement-breakpoint
CREATE TABLE `supervision_letters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`topic_id` integer NOT NULL,
	`group_id` integer,
	`title` text NOT NULL,
	`main_unit_id` integer NOT NULL,
	`intro` text DEFAULT '' NOT NULL,
	`closing` text DEFAULT '' NOT NULL,
	`cc` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT '起草' NOT NULL,
	`reviewer` text,
	`review_date` text,
	`review_comment` text,
	`return_reason` text,
	`issuer` text,
	`issue_date` text,
	`doc_year` integer,
	`serial` integer,
	`doc_number` text,
	`served_date` text,
	`receiver` text,
	`feedback_due` text,
	`closed_date` text,
	`close_comment` text,
	FOREIGN KEY (`topic_id`) REFERENCES `supervision_topics`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `supervision_groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`main_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supervision_letters_topic_idx` ON `supervision_letters` (`topic_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `supervision_letters_number_uq` ON `supervision_letters` (`doc_year`,`serial`) WHERE "supervision_letters"."serial" is not null;--> statement-breakpoint
CREATE TABLE `supervision_review_items` (
	`review_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`result` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`review_id`, `item_id`),
	FOREIGN KEY (`review_id`) REFERENCES `supervision_reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `supervision_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `supervision_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`letter_id` integer NOT NULL,
	`date` text NOT NULL,
	`form` text NOT NULL,
	`participants` text DEFAULT '' NOT NULL,
	`summary` text NOT NULL,
	FOREIGN KEY (`letter_id`) REFERENCES `supervision_letters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supervision_reviews_letter_idx` ON `supervision_reviews` (`letter_id`);--> statement-breakpoint
CREATE TABLE `supervision_topics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`year` integer NOT NULL,
	`source` text NOT NULL,
	`title` text NOT NULL,
	`unit_id` integer NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supervision_topics_year_idx` ON `supervision_topics` (`year`);