-- proposals with its columns reordered (hand-written): the small columns that every list page, filter,
-- count and statistic reads come first, the long texts (背景, 存在问题, 具体建议, notes) last, so those reads
-- never walk a row's overflow pages (a proposal's text is several KB). Same columns, same data; the FTS
-- tables keep their rows (rowid = id) and the triggers are recreated on the new table.
CREATE TABLE `__new_proposals` (
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
	`category_id` integer NOT NULL,
	`status` text DEFAULT '暂存' NOT NULL,
	`series` text,
	`serial` integer,
	`code` text,
	`submitted_date` text,
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
	`is_excellent` integer DEFAULT false NOT NULL,
	`imported` integer DEFAULT false NOT NULL,
	`is_public` integer DEFAULT true NOT NULL,
	`converted_to` text,
	`converted_opinion_id` integer,
	`merged_into_id` integer,
	`cosign_deadline` text,
	`proposer_name` text NOT NULL,
	`cosigner_names` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`key_leader` text DEFAULT '' NOT NULL,
	`suggested_units` text DEFAULT '' NOT NULL,
	`contact_name` text DEFAULT '' NOT NULL,
	`contact_phone` text DEFAULT '' NOT NULL,
	`contact_address` text DEFAULT '' NOT NULL,
	`excellent_note` text DEFAULT '' NOT NULL,
	`reject_reason` text,
	`converted_note` text,
	`note` text DEFAULT '' NOT NULL,
	`background` text DEFAULT '' NOT NULL,
	`problems` text DEFAULT '' NOT NULL,
	`suggestions` text DEFAULT '' NOT NULL,
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
INSERT INTO `__new_proposals` (`id`, `created_at`, `updated_at`, `version`, `voided_at`, `void_reason`, `term_id`, `meeting_id`, `kind`, `lead_member_id`, `party_id`, `sector_id`, `committee_id`, `category_id`, `status`, `series`, `serial`, `code`, `submitted_date`, `filed_date`, `mode`, `first_assigned_date`, `assigned_date`, `due_date`, `redo_due_date`, `co_due_date`, `sign_deadline`, `signed_date`, `round`, `answered_date`, `reply_class`, `feedback`, `feedback_date`, `closed_date`, `archived_date`, `follow_up_date`, `follow_up_done_date`, `last_reminded_date`, `is_key`, `is_excellent`, `imported`, `is_public`, `converted_to`, `converted_opinion_id`, `merged_into_id`, `cosign_deadline`, `proposer_name`, `cosigner_names`, `title`, `key_leader`, `suggested_units`, `contact_name`, `contact_phone`, `contact_address`, `excellent_note`, `reject_reason`, `converted_note`, `note`, `background`, `problems`, `suggestions`) SELECT `id`, `created_at`, `updated_at`, `version`, `voided_at`, `void_reason`, `term_id`, `meeting_id`, `kind`, `lead_member_id`, `party_id`, `sector_id`, `committee_id`, `category_id`, `status`, `series`, `serial`, `code`, `submitted_date`, `filed_date`, `mode`, `first_assigned_date`, `assigned_date`, `due_date`, `redo_due_date`, `co_due_date`, `sign_deadline`, `signed_date`, `round`, `answered_date`, `reply_class`, `feedback`, `feedback_date`, `closed_date`, `archived_date`, `follow_up_date`, `follow_up_done_date`, `last_reminded_date`, `is_key`, `is_excellent`, `imported`, `is_public`, `converted_to`, `converted_opinion_id`, `merged_into_id`, `cosign_deadline`, `proposer_name`, `cosigner_names`, `title`, `key_leader`, `suggested_units`, `contact_name`, `contact_phone`, `contact_address`, `excellent_note`, `reject_reason`, `converted_note`, `note`, `background`, `problems`, `suggestions` FROM `proposals`;
--> statement-breakpoint
DROP TABLE `proposals`;
--> statement-breakpoint
ALTER TABLE `__new_proposals` RENAME TO `proposals`;
--> statement-breakpoint
CREATE UNIQUE INDEX `proposals_code_uq` ON `proposals` (`code`) WHERE "proposals"."code" is not null;
--> statement-breakpoint
CREATE INDEX `proposals_session_idx` ON `proposals` (`term_id`,`meeting_id`,`series`,`serial`);
--> statement-breakpoint
CREATE INDEX `proposals_status_idx` ON `proposals` (`status`,`due_date`);
--> statement-breakpoint
CREATE INDEX `proposals_category_idx` ON `proposals` (`category_id`);
--> statement-breakpoint
CREATE INDEX `proposals_sector_idx` ON `proposals` (`sector_id`);
--> statement-breakpoint
CREATE INDEX `proposals_party_idx` ON `proposals` (`party_id`);
--> statement-breakpoint
CREATE INDEX `proposals_lead_idx` ON `proposals` (`lead_member_id`);
--> statement-breakpoint
CREATE INDEX `proposals_merged_idx` ON `proposals` (`merged_into_id`);
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
--> statement-breakpoint
DROP INDEX `proposal_units_unit_idx`;--> statement-breakpoint
CREATE INDEX `proposal_units_unit_idx` ON `proposal_units` (`unit_id`,`proposal_id`,`role`,`ended_date`,`voided_at`);--> statement-breakpoint
CREATE INDEX `proposals_term_status_idx` ON `proposals` (`term_id`,`status`);--> statement-breakpoint
CREATE INDEX `proposals_key_idx` ON `proposals` (`is_key`) WHERE "proposals"."is_key" = 1;