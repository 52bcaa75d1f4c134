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
