CREATE TABLE `history_articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`call_id` integer,
	`title` text NOT NULL,
	`author` text NOT NULL,
	`author_then` text DEFAULT '' NOT NULL,
	`author_now` text DEFAULT '' NOT NULL,
	`recorder` text DEFAULT '' NOT NULL,
	`sanqin` text DEFAULT '亲历' NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`word_count` integer DEFAULT 0 NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`received_date` text NOT NULL,
	`permission` text DEFAULT '待授权' NOT NULL,
	`permission_note` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`status` text DEFAULT '已收稿' NOT NULL,
	`review_round` integer DEFAULT 1 NOT NULL,
	`volume_id` integer,
	`section_id` integer,
	`volume_order` integer,
	`imported` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `history_calls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`volume_id`) REFERENCES `history_volumes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`section_id`) REFERENCES `history_sections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `history_articles_status_idx` ON `history_articles` (`status`);--> statement-breakpoint
CREATE INDEX `history_articles_volume_idx` ON `history_articles` (`volume_id`,`volume_order`);--> statement-breakpoint
CREATE INDEX `history_articles_call_idx` ON `history_articles` (`call_id`);--> statement-breakpoint
CREATE INDEX `history_articles_author_idx` ON `history_articles` (`author`);--> statement-breakpoint
CREATE TABLE `history_calls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`topic` text NOT NULL,
	`publish_date` text NOT NULL,
	`deadline` text NOT NULL,
	`requirements` text DEFAULT '' NOT NULL,
	`contact` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `history_photos` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`article_id` integer NOT NULL,
	`caption` text DEFAULT '' NOT NULL,
	`file_name` text DEFAULT '' NOT NULL,
	`mime` text NOT NULL,
	`width` integer DEFAULT 0 NOT NULL,
	`height` integer DEFAULT 0 NOT NULL,
	`size` integer DEFAULT 0 NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	`data` blob NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `history_articles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `history_photos_article_idx` ON `history_photos` (`article_id`);--> statement-breakpoint
CREATE TABLE `history_proofs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`article_id` integer NOT NULL,
	`round` text NOT NULL,
	`proofreader` text NOT NULL,
	`date` text NOT NULL,
	`chars` integer NOT NULL,
	`errors_found` real DEFAULT 0 NOT NULL,
	`errors_fixed` real DEFAULT 0 NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `history_articles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `history_proofs_article_idx` ON `history_proofs` (`article_id`);--> statement-breakpoint
CREATE TABLE `history_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`article_id` integer NOT NULL,
	`round` integer DEFAULT 1 NOT NULL,
	`stage` text NOT NULL,
	`reviewer` text NOT NULL,
	`date` text NOT NULL,
	`opinion` text NOT NULL,
	`decision` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `history_articles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `history_reviews_article_idx` ON `history_reviews` (`article_id`);--> statement-breakpoint
CREATE TABLE `history_sections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`volume_id` integer NOT NULL,
	`title` text NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`volume_id`) REFERENCES `history_volumes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `history_sections_volume_idx` ON `history_sections` (`volume_id`);--> statement-breakpoint
CREATE TABLE `history_selections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`article_id` integer NOT NULL,
	`decision` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`decided_by` text DEFAULT '' NOT NULL,
	`date` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `history_articles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `history_selections_article_idx` ON `history_selections` (`article_id`);--> statement-breakpoint
CREATE TABLE `history_volumes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`number` integer NOT NULL,
	`title` text NOT NULL,
	`year` integer,
	`status` text DEFAULT '编辑中' NOT NULL,
	`imported` integer DEFAULT false NOT NULL,
	`board` text DEFAULT '[]' NOT NULL,
	`preface` text DEFAULT '' NOT NULL,
	`preface_author` text DEFAULT '' NOT NULL,
	`afterword` text DEFAULT '' NOT NULL,
	`publisher` text DEFAULT '' NOT NULL,
	`permit_number` text DEFAULT '' NOT NULL,
	`internal_note` text DEFAULT '内部资料 免费交流' NOT NULL,
	`print_count` integer,
	`printer` text DEFAULT '' NOT NULL,
	`print_date` text,
	`printed_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `history_volumes_number_uq` ON `history_volumes` (`number`) WHERE voided_at is null;--> statement-breakpoint
-- 文史检索 (hand-written): terms of 3+ characters go to the trigram table; 1–2-character terms to the
-- bigram table, whose text is history_ngrams(text) (each character paired with the next; the SQL
-- function is registered by db/search.ts on every connection). Both are contentless (the text
-- stays in history_articles) with contentless_delete, so the triggers delete by rowid.
-- Only articles that are not 作废 are indexed.
CREATE VIRTUAL TABLE `history_fts_trigram` USING fts5(title, body, tokenize = 'trigram', content = '', contentless_delete = 1);
--> statement-breakpoint
CREATE VIRTUAL TABLE `history_fts_bigram` USING fts5(title, body, tokenize = "unicode61 remove_diacritics 0 categories 'L* N* P* S* M* Co Cf Cs Cn'", content = '', contentless_delete = 1, detail = none);
--> statement-breakpoint
CREATE TRIGGER `history_articles_fts_insert` AFTER INSERT ON `history_articles` WHEN new.voided_at IS NULL BEGIN
  INSERT INTO history_fts_trigram(rowid, title, body) VALUES (new.id, new.title, new.body);
  INSERT INTO history_fts_bigram(rowid, title, body) VALUES (new.id, history_ngrams(new.title), history_ngrams(new.body));
END;
--> statement-breakpoint
CREATE TRIGGER `history_articles_fts_update` AFTER UPDATE OF title, body, voided_at ON `history_articles` BEGIN
  DELETE FROM history_fts_trigram WHERE rowid = old.id;
  DELETE FROM history_fts_bigram WHERE rowid = old.id;
  INSERT INTO history_fts_trigram(rowid, title, body) SELECT new.id, new.title, new.body WHERE new.voided_at IS NULL;
  INSERT INTO history_fts_bigram(rowid, title, body) SELECT new.id, history_ngrams(new.title), history_ngrams(new.body) WHERE new.voided_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `history_articles_fts_delete` AFTER DELETE ON `history_articles` BEGIN
  DELETE FROM history_fts_trigram WHERE rowid = old.id;
  DELETE FROM history_fts_bigram WHERE rowid = old.id;
END;
