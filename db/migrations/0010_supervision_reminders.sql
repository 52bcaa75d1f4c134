CREATE TABLE `supervision_reminder_items` (
	`reminder_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`due_date` text NOT NULL,
	`overdue_kind` text NOT NULL,
	`overdue_workdays` integer NOT NULL,
	PRIMARY KEY(`reminder_id`, `item_id`),
	FOREIGN KEY (`reminder_id`) REFERENCES `supervision_reminders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `supervision_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supervision_reminder_items_item_idx` ON `supervision_reminder_items` (`item_id`);--> statement-breakpoint
CREATE TABLE `supervision_reminders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`letter_id` integer NOT NULL,
	`date` text NOT NULL,
	`way` text NOT NULL,
	`person` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`reply_by` text NOT NULL,
	`doc_year` integer,
	`serial` integer,
	`doc_number` text,
	FOREIGN KEY (`letter_id`) REFERENCES `supervision_letters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supervision_reminders_letter_idx` ON `supervision_reminders` (`letter_id`,`date`);--> statement-breakpoint
CREATE UNIQUE INDEX `supervision_reminders_number_uq` ON `supervision_reminders` (`doc_year`,`serial`) WHERE "supervision_reminders"."serial" is not null;--> statement-breakpoint
-- 监 series: a 催办函 and a 建议书 never hold the same 〔年份〕序号 (hand-written).
CREATE TRIGGER `supervision_reminders_number_ins` BEFORE INSERT ON `supervision_reminders`
WHEN NEW.`serial` IS NOT NULL AND EXISTS (SELECT 1 FROM `supervision_letters` l WHERE l.`doc_year` = NEW.`doc_year` AND l.`serial` = NEW.`serial`)
BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: supervision 发文字号 held by a letter'); END;
--> statement-breakpoint
CREATE TRIGGER `supervision_reminders_number_upd` BEFORE UPDATE OF `doc_year`, `serial` ON `supervision_reminders`
WHEN NEW.`serial` IS NOT NULL AND EXISTS (SELECT 1 FROM `supervision_letters` l WHERE l.`doc_year` = NEW.`doc_year` AND l.`serial` = NEW.`serial`)
BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: supervision 发文字号 held by a letter'); END;
--> statement-breakpoint
CREATE TRIGGER `supervision_letters_number_upd` BEFORE UPDATE OF `doc_year`, `serial` ON `supervision_letters`
WHEN NEW.`serial` IS NOT NULL AND EXISTS (SELECT 1 FROM `supervision_reminders` r WHERE r.`doc_year` = NEW.`doc_year` AND r.`serial` = NEW.`serial`)
BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: supervision 发文字号 held by a 催办函'); END;
