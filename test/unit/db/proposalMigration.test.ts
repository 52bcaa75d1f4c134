import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../db/migrate';
import { migrations } from '../../../db/migrations';
import { planSearch, registerSearchFunctions } from '../../../db/search';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zx-proposal-migrate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Ids a search finds, the way proposal.list asks the two full-text tables. */
function search(sqlite: Database.Database, text: string): number[] {
  const plan = planSearch(text)!;
  const where = [plan.trigram ? 'id in (select rowid from proposals_fts where proposals_fts match ?)' : '', plan.bigram ? 'id in (select rowid from proposals_bigram where proposals_bigram match ?)' : ''].filter(Boolean);
  return (sqlite.prepare(`select id from proposals where ${where.join(' and ')} order by id`).all(...[plan.trigram, plan.bigram].filter(Boolean)) as { id: number }[]).map((r) => r.id);
}

describe('0007_proposal_column_order', () => {
  it('keeps every proposal, its links, numbers and search index while moving the long texts last', () => {
    const path = join(dir, 'office.sqlite');
    const sqlite = new Database(path);
    registerSearchFunctions(sqlite);
    const upTo = migrations.findIndex((m) => m.tag === '0007_proposal_column_order');
    applyMigrations(sqlite, { backupDir: join(dir, 'b'), path }, migrations.slice(0, upTo));
    const term = sqlite.prepare("insert into terms (number, name, start_date) values (11, '第十一届', '2023-01-10')").run().lastInsertRowid;
    const unit = sqlite.prepare("insert into units (name, kind) values ('县水利局', '政府部门')").run().lastInsertRowid;
    const category = (sqlite.prepare("select id from dict_items where dict = 'proposalCategory' limit 1").get() as { id: number } | undefined)?.id ?? sqlite.prepare("insert into dict_items (dict, label) values ('proposalCategory', '生态文明')").run().lastInsertRowid;
    const insert = sqlite.prepare(
      "insert into proposals (term_id, kind, proposer_name, title, background, problems, suggestions, category_id, status, series, serial, code, is_key) values (?, '委员个人', ?, ?, ?, '问题', '建议', ?, ?, ?, ?, ?, ?)",
    );
    insert.run(term, '张明华', '关于加强饮用水源保护的建议', '永康江水源地', category, '已交办', '立案', 1, '11-平-001', 1);
    insert.run(term, '李芳', '关于完善城区停车设施的建议', '停车难', category, '立案', '立案', 2, '11-平-002', 0);
    const merged = insert.run(term, '王建国', '关于规划停车场的建议', '停车位', category, '已并案', null, null, null, 0).lastInsertRowid;
    sqlite.prepare('update proposals set merged_into_id = 2 where id = ?').run(merged);
    sqlite.prepare("insert into proposal_units (proposal_id, unit_id, role, assigned_date) values (1, ?, '主办', '2026-03-20')").run(unit);
    sqlite.prepare("insert into proposal_events (proposal_id, action, date, actor) values (1, '交办', '2026-03-20', '王秘书')").run();
    const before = sqlite.prepare('select * from proposals order by id').all();

    applyMigrations(sqlite, { backupDir: join(dir, 'b'), path }, migrations.slice(0, upTo + 1));
    const columns = (sqlite.prepare('pragma table_info(proposals)').all() as { name: string }[]).map((c) => c.name);
    expect(columns.slice(-3)).toEqual(['background', 'problems', 'suggestions']);
    expect(columns.indexOf('status')).toBeLessThan(columns.indexOf('title'));
    // same rows, same values (column order aside)
    expect(sqlite.prepare('select * from proposals order by id').all()).toEqual(before);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.prepare('select count(*) n from proposal_units where proposal_id = 1').get()).toEqual({ n: 1 });
    // both search tables still find the old rows, and the triggers live on the new table
    expect(search(sqlite, '永康')).toEqual([1]);
    expect(search(sqlite, '饮用水源')).toEqual([1]);
    expect(search(sqlite, '停车')).toEqual([2, 3]);
    sqlite.prepare("update proposals set title = '关于建设智慧停车系统的建议' where id = 1").run();
    expect(search(sqlite, '饮用水源')).toEqual([]);
    expect(search(sqlite, '停车')).toEqual([1, 2, 3]);
    // numbers stay unique, ids continue after the highest one
    expect(() => insert.run(term, '赵', '关于重复编号的建议', '', category, '立案', '立案', 1, '11-平-001', 0)).toThrow(/UNIQUE/);
    const id = sqlite.prepare("insert into proposals (term_id, kind, proposer_name, title, category_id) values (?, '界别', '农业界', '关于发展特色农业的建议', ?)").run(term, category).lastInsertRowid;
    expect(id).toBe(4);
    expect(search(sqlite, '特色农业')).toEqual([4]);
    // the new indexes are used by the list filters
    const plan = (sql: string) => (sqlite.prepare(`explain query plan ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
    expect(plan('select id from proposals where is_key = 1')).toContain('proposals_key_idx');
    expect(plan("select id from proposals where term_id = 1 and status = '立案'")).toMatch(/proposals_(term_status|session)_idx/);
    sqlite.close();
  });
});

describe('签收 per unit and 优秀承办单位 (proposal_signing_excellent_units)', () => {
  it('keeps every row; units signed before stay signed, get their 交办\'s deadline, and a waiting 申退 keeps its date', () => {
    const path = join(dir, 'office.sqlite');
    const sqlite = new Database(path);
    registerSearchFunctions(sqlite);
    const upTo = migrations.findIndex((m) => m.tag.endsWith('_proposal_signing_excellent_units'));
    expect(upTo).toBeGreaterThan(0);
    applyMigrations(sqlite, { backupDir: join(dir, 'b'), path }, migrations.slice(0, upTo));
    const term = sqlite.prepare("insert into terms (number, name, start_date) values (11, '第十一届', '2023-01-10')").run().lastInsertRowid;
    const unit = (name: string) => sqlite.prepare("insert into units (name, kind) values (?, '政府部门')").run(name).lastInsertRowid;
    const [edu, water, health] = [unit('县教育局'), unit('县水利局'), unit('县卫生健康局')];
    const category = sqlite.prepare("insert into dict_items (dict, label) values ('proposalCategory', '社会建设')").run().lastInsertRowid;
    const proposal = (status: string, serial: number) =>
      sqlite
        .prepare("insert into proposals (term_id, kind, proposer_name, title, category_id, status, series, serial, code, assigned_date, sign_deadline) values (?, '委员个人', '张明华', ?, ?, ?, '立案', ?, ?, '2026-03-20', '2026-03-27')")
        .run(term, `关于第${serial}件事的建议`, category, status, serial, `11-平-00${serial}`).lastInsertRowid;
    const [signed, returning, waiting] = [proposal('已签收', 1), proposal('申请退回', 2), proposal('已交办', 3)];
    const addUnit = sqlite.prepare("insert into proposal_units (proposal_id, unit_id, role, assigned_date, signed_date, return_reason, ended_date) values (?, ?, ?, '2026-03-20', ?, ?, ?)");
    addUnit.run(signed, edu, '主办', '2026-03-23', null, null);
    addUnit.run(signed, water, '协办', '2026-03-23', null, null);
    addUnit.run(returning, health, '主办', null, '不属于本单位职责', null);
    addUnit.run(waiting, water, '主办', null, null, '2026-03-10'); // an earlier 交办 that ended
    addUnit.run(waiting, edu, '主办', null, null, null);
    sqlite.prepare("insert into proposal_events (proposal_id, action, date, actor) values (?, '申退', '2026-03-24', '王秘书')").run(returning);
    const before = sqlite.prepare('select id, proposal_id, unit_id, role, signed_date, return_reason, ended_date from proposal_units order by id').all();

    applyMigrations(sqlite, { backupDir: join(dir, 'b'), path }, migrations.slice(0, upTo + 1));
    expect(sqlite.prepare('select id, proposal_id, unit_id, role, signed_date, return_reason, ended_date from proposal_units order by id').all()).toEqual(before);
    expect(sqlite.prepare('select proposal_id p, signed_date s, signed_by b, sign_deadline d, return_date r from proposal_units order by id').all()).toEqual([
      { p: signed, s: '2026-03-23', b: '', d: '2026-03-27', r: null },
      { p: signed, s: '2026-03-23', b: '', d: '2026-03-27', r: null },
      { p: returning, s: null, b: '', d: '2026-03-27', r: '2026-03-24' },
      { p: waiting, s: null, b: '', d: null, r: null },
      { p: waiting, s: null, b: '', d: '2026-03-27', r: null },
    ]);
    expect(sqlite.prepare('select count(*) n from proposals').get()).toEqual({ n: 3 });
    expect(sqlite.prepare('select count(*) n from proposal_excellent_units').get()).toEqual({ n: 0 });
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    sqlite.close();
  });
});
