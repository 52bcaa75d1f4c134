CREATE TABLE `opinion_adoptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`report_id` integer NOT NULL,
	`level` text NOT NULL,
	`date` text NOT NULL,
	`channel` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `opinion_reports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `opinion_adoptions_report_idx` ON `opinion_adoptions` (`report_id`);--> statement-breakpoint
CREATE INDEX `opinion_adoptions_date_idx` ON `opinion_adoptions` (`date`);--> statement-breakpoint
CREATE TABLE `opinion_feedbacks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`report_id` integer NOT NULL,
	`transfer_id` integer,
	`date` text NOT NULL,
	`source` text NOT NULL,
	`content` text NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `opinion_reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`transfer_id`) REFERENCES `opinion_transfers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `opinion_feedbacks_report_idx` ON `opinion_feedbacks` (`report_id`);--> statement-breakpoint
CREATE TABLE `opinion_instructions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`report_id` integer NOT NULL,
	`leader` text NOT NULL,
	`leader_title` text DEFAULT '' NOT NULL,
	`level` text NOT NULL,
	`date` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `opinion_reports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `opinion_instructions_report_idx` ON `opinion_instructions` (`report_id`);--> statement-breakpoint
CREATE INDEX `opinion_instructions_date_idx` ON `opinion_instructions` (`date`);--> statement-breakpoint
CREATE TABLE `opinion_issues` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`year` integer NOT NULL,
	`term_id` integer,
	`number` integer NOT NULL,
	`total` integer,
	`issue_date` text NOT NULL,
	`main_to` text DEFAULT '[]' NOT NULL,
	`cc_to` text DEFAULT '[]' NOT NULL,
	`editor_name` text DEFAULT '' NOT NULL,
	`reviewer_name` text DEFAULT '' NOT NULL,
	`signer_name` text DEFAULT '' NOT NULL,
	`status` text DEFAULT '编辑中' NOT NULL,
	`reviewed_at` text,
	`signed_at` text,
	`printed_at` text,
	`return_reason` text,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`term_id`) REFERENCES `terms`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `opinion_issues_year_idx` ON `opinion_issues` (`year`,`number`);--> statement-breakpoint
CREATE TABLE `opinion_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`receive_year` integer,
	`receive_no` integer,
	`title` text NOT NULL,
	`author_kind` text NOT NULL,
	`member_ids` text DEFAULT '[]' NOT NULL,
	`sector_id` integer,
	`party_id` integer,
	`staff_name` text DEFAULT '' NOT NULL,
	`topic_id` integer,
	`content` text NOT NULL,
	`chars` integer DEFAULT 0 NOT NULL,
	`attachments` text DEFAULT '[]' NOT NULL,
	`source_proposal_id` integer,
	`note` text DEFAULT '' NOT NULL,
	`status` text DEFAULT '已保存' NOT NULL,
	`submitted_at` text,
	`decided_at` text,
	`decided_by` text,
	`decision_reason` text,
	`edited_title` text,
	`edited_text` text,
	`edited_chars` integer,
	`editor` text,
	`edited_at` text,
	`auditor` text,
	`audited_at` text,
	`signer` text,
	`signed_at` text,
	`printed_at` text,
	`issue_id` integer,
	`issue_order` integer,
	FOREIGN KEY (`sector_id`) REFERENCES `sectors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`topic_id`) REFERENCES `opinion_topics`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issue_id`) REFERENCES `opinion_issues`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `opinion_reports_receive_uq` ON `opinion_reports` (`receive_year`,`receive_no`);--> statement-breakpoint
CREATE INDEX `opinion_reports_status_idx` ON `opinion_reports` (`status`);--> statement-breakpoint
CREATE INDEX `opinion_reports_submitted_idx` ON `opinion_reports` (`submitted_at`);--> statement-breakpoint
CREATE INDEX `opinion_reports_issue_idx` ON `opinion_reports` (`issue_id`);--> statement-breakpoint
CREATE INDEX `opinion_reports_topic_idx` ON `opinion_reports` (`topic_id`);--> statement-breakpoint
CREATE INDEX `opinion_reports_source_idx` ON `opinion_reports` (`source_proposal_id`);--> statement-breakpoint
CREATE TABLE `opinion_send_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`report_id` integer NOT NULL,
	`level` text NOT NULL,
	`date` text NOT NULL,
	`target` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `opinion_reports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `opinion_send_ups_report_idx` ON `opinion_send_ups` (`report_id`);--> statement-breakpoint
CREATE TABLE `opinion_topics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`year` integer NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `opinion_topics_year_idx` ON `opinion_topics` (`year`);--> statement-breakpoint
CREATE TABLE `opinion_transfers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`report_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`date` text NOT NULL,
	`requirement` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `opinion_reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `opinion_transfers_report_idx` ON `opinion_transfers` (`report_id`);