import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../db/migrate';
import { migrations } from '../../../db/migrations';
import { registerSearchFunctions } from '../../../db/search';
import { bruteForceIds, searchArticleIds } from '../../../db/services/history/search';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zx-history-migrate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('0005_history_article_order', () => {
  it('keeps every article, its links and its search index while moving body to the last column', () => {
    const path = join(dir, 'office.sqlite');
    const sqlite = new Database(path);
    registerSearchFunctions(sqlite);
    const upTo = migrations.findIndex((m) => m.tag === '0005_history_article_order');
    applyMigrations(sqlite, { backupDir: join(dir, 'b'), path }, migrations.slice(0, upTo));
    const volume = sqlite.prepare("insert into history_volumes (number, title) values (3, '第三辑')").run().lastInsertRowid;
    const insert = sqlite.prepare("insert into history_articles (title, author, body, received_date, volume_id, volume_order, status, word_count) values (?, ?, ?, '2026-03-01', ?, ?, '终审通过', ?)");
    insert.run('回忆永康老街', '张明华', '永康的老街，石板路。', volume, 1, 10);
    insert.run('芝英祠堂', '应立新', '芝英有祠堂百余座。', volume, 2, 9);
    const voided = insert.run('作废的稿子', '佚名', '永康作废', null, null, 4).lastInsertRowid;
    sqlite.prepare("update history_articles set voided_at = '2026-03-02', void_reason = '重复' where id = ?").run(voided);
    const review = sqlite.prepare("insert into history_reviews (article_id, stage, reviewer, date, opinion, decision) values (1, '初审', '王编辑', '2026-03-03', '同意', '通过')");
    review.run();
    const before = sqlite.prepare('select * from history_articles order by id').all();

    applyMigrations(sqlite, { backupDir: join(dir, 'b'), path }, migrations.slice(0, upTo + 1));
    const columns = (sqlite.prepare('pragma table_info(history_articles)').all() as { name: string }[]).map((c) => c.name);
    expect(columns.at(-1)).toBe('body');
    expect(columns.indexOf('volume_id')).toBeLessThan(columns.indexOf('title'));
    expect(sqlite.prepare('select * from history_articles order by id').all()).toEqual(before);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(searchArticleIds(sqlite, ['永康'])).toEqual([1]);
    expect(searchArticleIds(sqlite, ['百余座'])).toEqual([2]);
    // the triggers live on the new table
    sqlite.prepare("update history_articles set body = '改为龙山' where id = 2").run();
    expect(searchArticleIds(sqlite, ['龙山'])).toEqual([2]);
    expect(searchArticleIds(sqlite, ['百余座'])).toEqual([]);
    const id = sqlite.prepare("insert into history_articles (title, author, body, received_date) values ('新稿', '周正', '新到的永康稿', '2026-03-04')").run().lastInsertRowid;
    expect(id).toBe(4);
    expect(searchArticleIds(sqlite, ['永康'])).toEqual(bruteForceIds(sqlite, ['永康']));
    expect(searchArticleIds(sqlite, ['永康'])).toEqual([1, 4]);
    sqlite.close();
  });
});

describe('0012_history_author_member', () => {
  it('adds author_member_id among the small columns and links an old article whose author is exactly one member in office on its 采用 (or 收稿) date; every row kept', () => {
    const path = join(dir, 'office.sqlite');
    const sqlite = new Database(path);
    registerSearchFunctions(sqlite);
    const upTo = migrations.findIndex((m) => m.tag === '0012_history_author_member');
    applyMigrations(sqlite, { backupDir: join(dir, 'b'), path }, migrations.slice(0, upTo));
    sqlite.exec(`
      insert into terms (id, number, name, start_date) values (1, 11, '第十一届', '2023-01-10');
      insert into sectors (id, name) values (1, '教育界'), (2, '经济界');
      insert into members (id, term_id, name, gender, sector_id, phone, status, left_at) values
        (1, 1, '张伟', '男', 1, '13900000001', '在任', null),
        (2, 1, '张伟', '男', 2, '13900000002', '在任', null),
        (3, 1, '李芳', '女', 1, '13900000003', '在任', null),
        (4, 1, '陈刚', '男', 2, '13900000004', '离任', '2025-06-30');
      insert into history_articles (id, title, author, received_date, imported, body) values
        (1, '两个张伟之一', '张伟', '2025-03-01', 0, '芝英老街'),
        (2, '李芳的回忆', ' 李芳 ', '2025-03-01', 0, '芝英祠堂'),
        (3, '应老先生口述', '应老先生', '2025-03-01', 0, ''),
        (4, '陈刚离任前采用', '陈刚', '2025-03-01', 0, ''),
        (5, '陈刚离任后才收稿', '陈刚', '2025-09-01', 0, ''),
        (6, '入库旧稿', '李芳', '1987-01-01', 1, '');
      insert into history_selections (article_id, decision, date) values (4, '采用', '2025-05-01');
    `);
    const before = sqlite.prepare('select * from history_articles order by id').all();

    applyMigrations(sqlite, { backupDir: join(dir, 'b'), path }, migrations.slice(0, upTo + 1));
    const columns = (sqlite.prepare('pragma table_info(history_articles)').all() as { name: string }[]).map((c) => c.name);
    expect(columns.at(-1)).toBe('body');
    expect(columns.indexOf('author_member_id')).toBeLessThan(columns.indexOf('title'));
    const after = sqlite.prepare('select * from history_articles order by id').all() as Record<string, unknown>[];
    expect(after.map(({ author_member_id: _link, ...rest }) => rest)).toEqual(before);
    // 1: two members named 张伟 — not guessed; 2: name trimmed; 4: in office on the 采用 date; 5: left before 收稿; 6: imported
    expect(after.map((r) => r.author_member_id)).toEqual([null, 3, null, 4, null, null]);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect([...searchArticleIds(sqlite, ['芝英'])].sort()).toEqual([1, 2]);
    expect(sqlite.prepare("select count(*) n from sqlite_master where type = 'trigger' and tbl_name = 'history_articles'").get()).toEqual({ n: 3 });
    sqlite.close();
  });
});
