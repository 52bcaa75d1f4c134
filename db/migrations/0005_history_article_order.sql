-- history_articles with its columns reordered (hand-written): the small columns lists and the
-- 文史检索 join read come first, the long texts last and body at the very end, so those reads never
-- walk the body's overflow pages (an 8,000-character article is ~24 KB). Same columns, same data;
-- the FTS tables keep their rows (rowid = id) and the triggers are recreated on the new table.
CREATE TABLE `__new_history_articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`status` text DEFAULT '已收稿' NOT NULL,
	`review_round` integer DEFAULT 1 NOT NULL,
	`volume_id` integer,
	`section_id` integer,
	`volume_order` integer,
	`imported` integer DEFAULT false NOT NULL,
	`call_id` integer,
	`word_count` integer DEFAULT 0 NOT NULL,
	`sanqin` text DEFAULT '亲历' NOT NULL,
	`permission` text DEFAULT '待授权' NOT NULL,
	`received_date` text NOT NULL,
	`title` text NOT NULL,
	`author` text NOT NULL,
	`recorder` text DEFAULT '' NOT NULL,
	`author_then` text DEFAULT '' NOT NULL,
	`author_now` text DEFAULT '' NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`permission_note` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `history_calls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`volume_id`) REFERENCES `history_volumes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`section_id`) REFERENCES `history_sections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_history_articles` (`id`, `created_at`, `updated_at`, `version`, `voided_at`, `void_reason`, `status`, `review_round`, `volume_id`, `section_id`, `volume_order`, `imported`, `call_id`, `word_count`, `sanqin`, `permission`, `received_date`, `title`, `author`, `recorder`, `author_then`, `author_now`, `source`, `permission_note`, `note`, `body`) SELECT `id`, `created_at`, `updated_at`, `version`, `voided_at`, `void_reason`, `status`, `review_round`, `volume_id`, `section_id`, `volume_order`, `imported`, `call_id`, `word_count`, `sanqin`, `permission`, `received_date`, `title`, `author`, `recorder`, `author_then`, `author_now`, `source`, `permission_note`, `note`, `body` FROM `history_articles`;
--> statement-breakpoint
DROP TABLE `history_articles`;
--> statement-breakpoint
ALTER TABLE `__new_history_articles` RENAME TO `history_articles`;
--> statement-breakpoint
CREATE INDEX `history_articles_status_idx` ON `history_articles` (`status`);
--> statement-breakpoint
CREATE INDEX `history_articles_volume_idx` ON `history_articles` (`volume_id`,`volume_order`);
--> statement-breakpoint
CREATE INDEX `history_articles_call_idx` ON `history_articles` (`call_id`);
--> statement-breakpoint
CREATE INDEX `history_articles_author_idx` ON `history_articles` (`author`);
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

--> statement-breakpoint
-- covers the 文史检索 join (id → 作废, 辑, 篇目顺序, 栏目, 作者): the search never reads an article row
CREATE INDEX `history_articles_search_idx` ON `history_articles` (`id`,`voided_at`,`volume_id`,`volume_order`,`section_id`,`author`);
