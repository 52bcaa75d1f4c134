CREATE TABLE `proposal_cosigners` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`proposal_id` integer NOT NULL,
	`member_id` integer,
	`name` text NOT NULL,
	`state` text DEFAULT '待确认' NOT NULL,
	`state_date` text,
	`sort` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `proposal_cosigners_proposal_idx` ON `proposal_cosigners` (`proposal_id`);--> statement-breakpoint
CREATE INDEX `proposal_cosigners_member_idx` ON `proposal_cosigners` (`member_id`);--> statement-breakpoint
CREATE TABLE `proposal_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`proposal_id` integer NOT NULL,
	`action` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`date` text NOT NULL,
	`actor` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`detail` text,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `proposal_events_proposal_idx` ON `proposal_events` (`proposal_id`,`id`);--> statement-breakpoint
CREATE TABLE `proposal_followups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`proposal_id` integer NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`unit_id` integer,
	`person` text DEFAULT '' NOT NULL,
	`method` text DEFAULT '' NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`content` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `proposal_followups_proposal_idx` ON `proposal_followups` (`proposal_id`,`kind`);--> statement-breakpoint
CREATE TABLE `proposal_replies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`proposal_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`role` text NOT NULL,
	`round` integer DEFAULT 1 NOT NULL,
	`reply_class` text,
	`content` text NOT NULL,
	`signer` text DEFAULT '' NOT NULL,
	`contact_name` text DEFAULT '' NOT NULL,
	`contact_phone` text DEFAULT '' NOT NULL,
	`reply_date` text NOT NULL,
	`planned_date` text,
	`review` text DEFAULT '待审核' NOT NULL,
	`review_comment` text DEFAULT '' NOT NULL,
	`review_date` text,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `proposal_replies_proposal_idx` ON `proposal_replies` (`proposal_id`,`round`);--> statement-breakpoint
CREATE TABLE `proposal_units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`proposal_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`role` text NOT NULL,
	`assigned_date` text NOT NULL,
	`signed_date` text,
	`return_reason` text,
	`ended_date` text,
	`sort` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `proposal_units_proposal_idx` ON `proposal_units` (`proposal_id`);--> statement-breakpoint
CREATE INDEX `proposal_units_unit_idx` ON `proposal_units` (`unit_id`,`proposal_id`);--> statement-breakpoint
CREATE TABLE `proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`term_id` integer NOT NULL,
	`meeting_id` integer,
	`kind` text NOT NULL,
	`lead_member_id` integer,
	`party_id` integer,
	`sector_id` integer,
	`committee_id` integer,
	`proposer_name` text NOT NULL,
	`cosigner_names` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`background` text DEFAULT '' NOT NULL,
	`problems` text DEFAULT '' NOT NULL,
	`suggestions` text DEFAULT '' NOT NULL,
	`category_id` integer NOT NULL,
	`suggested_units` text DEFAULT '' NOT NULL,
	`is_public` integer DEFAULT true NOT NULL,
	`contact_name` text DEFAULT '' NOT NULL,
	`contact_phone` text DEFAULT '' NOT NULL,
	`contact_address` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`cosign_deadline` text,
	`status` text DEFAULT '暂存' NOT NULL,
	`submitted_date` text,
	`series` text,
	`serial` integer,
	`code` text,
	`reject_reason` text,
	`converted_to` text,
	`converted_opinion_id` integer,
	`converted_note` text,
	`merged_into_id` integer,
	`filed_date` text,
	`mode` text,
	`first_assigned_date` text,
	`assigned_date` text,
	`due_date` text,
	`redo_due_date` text,
	`co_due_date` text,
	`sign_deadline` text,
	`signed_date` text,
	`round` integer DEFAULT 1 NOT NULL,
	`answered_date` text,
	`reply_class` text,
	`feedback` text,
	`feedback_date` text,
	`closed_date` text,
	`archived_date` text,
	`follow_up_date` text,
	`follow_up_done_date` text,
	`last_reminded_date` text,
	`is_key` integer DEFAULT false NOT NULL,
	`key_leader` text DEFAULT '' NOT NULL,
	`is_excellent` integer DEFAULT false NOT NULL,
	`excellent_note` text DEFAULT '' NOT NULL,
	`imported` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`term_id`) REFERENCES `terms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lead_member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sector_id`) REFERENCES `sectors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`category_id`) REFERENCES `dict_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merged_into_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `proposals_code_uq` ON `proposals` (`code`) WHERE "proposals"."code" is not null;--> statement-breakpoint
CREATE INDEX `proposals_session_idx` ON `proposals` (`term_id`,`meeting_id`,`series`,`serial`);--> statement-breakpoint
CREATE INDEX `proposals_status_idx` ON `proposals` (`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `proposals_category_idx` ON `proposals` (`category_id`);--> statement-breakpoint
CREATE INDEX `proposals_sector_idx` ON `proposals` (`sector_id`);--> statement-breakpoint
CREATE INDEX `proposals_party_idx` ON `proposals` (`party_id`);--> statement-breakpoint
CREATE INDEX `proposals_lead_idx` ON `proposals` (`lead_member_id`);--> statement-breakpoint
CREATE INDEX `proposals_merged_idx` ON `proposals` (`merged_into_id`);--> statement-breakpoint
-- Full-text search (hand-written): 案由, the three parts of the content and the proposers' names.
-- proposals_fts: trigram, for terms of 3+ characters (external content: the proposals table).
CREATE VIRTUAL TABLE `proposals_fts` USING fts5(title, background, problems, suggestions, proposer_name, cosigner_names, content='proposals', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
-- proposals_bigram: every 2-character window (and each run's last character) as a token, for
-- 1–2 character terms (人名 张三, 地名 永康) that trigram cannot match. zx_bigrams() is registered
-- by openDatabase (db/search.ts).
CREATE VIRTUAL TABLE `proposals_bigram` USING fts5(grams, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
--> statement-breakpoint
CREATE TRIGGER `proposals_search_ai` AFTER INSERT ON `proposals` BEGIN
  INSERT INTO proposals_fts(rowid, title, background, problems, suggestions, proposer_name, cosigner_names)
    VALUES (new.id, new.title, new.background, new.problems, new.suggestions, new.proposer_name, new.cosigner_names);
  INSERT INTO proposals_bigram(rowid, grams)
    VALUES (new.id, zx_bigrams(new.title, new.background, new.problems, new.suggestions, new.proposer_name, new.cosigner_names));
END;
--> statement-breakpoint
CREATE TRIGGER `proposals_search_ad` AFTER DELETE ON `proposals` BEGIN
  INSERT INTO proposals_fts(proposals_fts, rowid, title, background, problems, suggestions, proposer_name, cosigner_names)
    VALUES ('delete', old.id, old.title, old.background, old.problems, old.suggestions, old.proposer_name, old.cosigner_names);
  DELETE FROM proposals_bigram WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `proposals_search_au` AFTER UPDATE OF title, background, problems, suggestions, proposer_name, cosigner_names ON `proposals` BEGIN
  INSERT INTO proposals_fts(proposals_fts, rowid, title, background, problems, suggestions, proposer_name, cosigner_names)
    VALUES ('delete', old.id, old.title, old.background, old.problems, old.suggestions, old.proposer_name, old.cosigner_names);
  INSERT INTO proposals_fts(rowid, title, background, problems, suggestions, proposer_name, cosigner_names)
    VALUES (new.id, new.title, new.background, new.problems, new.suggestions, new.proposer_name, new.cosigner_names);
  DELETE FROM proposals_bigram WHERE rowid = old.id;
  INSERT INTO proposals_bigram(rowid, grams)
    VALUES (new.id, zx_bigrams(new.title, new.background, new.problems, new.suggestions, new.proposer_name, new.cosigner_names));
END;
