-- history_articles gains author_member_id (the author as a 委员 picked from the roster; null for an
-- outside author), placed with the small columns before the long texts so lists and the 履职积分 facts
-- never walk the body's overflow pages (see 0005). Hand-written like 0005: same columns and data plus
-- the new one; the FTS tables keep their rows (rowid = id) and the triggers are recreated.
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
	`author_member_id` integer,
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
	FOREIGN KEY (`section_id`) REFERENCES `history_sections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
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

--> statement-breakpoint
CREATE INDEX `history_articles_author_member_idx` ON `history_articles` (`author_member_id`);
--> statement-breakpoint
-- Old rows are linked the way the 履职积分 facts matched them by name until now, so no member's points
-- change: a new (not imported) article whose author is exactly one member in office on its first 采用
-- date (or, not yet 采用, its 收稿 date). Rows matching no member or several stay unlinked (outside
-- authors, or ambiguous names the office can link by editing the article); every row is kept.
UPDATE `history_articles` SET `author_member_id` = x.member_id FROM (
  SELECT a.id, min(m.id) member_id FROM (
    SELECT h.id, trim(h.author) author, coalesce(
      (SELECT min(s.date) FROM history_selections s WHERE s.article_id = h.id AND s.decision = '采用' AND s.voided_at IS NULL),
      h.received_date) d
    FROM history_articles h WHERE h.imported = 0
  ) a
  JOIN members m ON m.name = a.author AND m.voided_at IS NULL
  JOIN terms t ON t.id = m.term_id
  WHERE t.start_date <= a.d AND (t.end_date IS NULL OR t.end_date >= a.d) AND (m.status = '在任' OR m.left_at >= a.d)
  GROUP BY a.id HAVING count(*) = 1
) x WHERE `history_articles`.id = x.id;
