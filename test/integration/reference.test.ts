import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceKinds, referenceLabels, type ReferenceKind } from '../../shared/contract/reference';
import { chinese, tempApp, type TempApp } from '../fixtures/tempApp';

type Sample = { create: Record<string, unknown>; change: Record<string, unknown>; duplicate: Record<string, unknown>; table: string };

/** One realistic record per kind, a change to it, and a second record clashing on its unique key. */
function samples(termId: number): Record<ReferenceKind, Sample> {
  return {
    term: { table: 'terms', create: { number: 9, name: '第九届', startDate: '2021-12-20' }, change: { name: '第九届委员会' }, duplicate: { number: 9, name: '另一个第九届', startDate: '2021-12-21' } },
    meeting: {
      table: 'meetings',
      create: { termId, number: 1, name: '九届一次会议', startDate: '2022-01-10' },
      change: { name: '九届一次全体会议' },
      duplicate: { termId, number: 1, name: '重复的一次会议', startDate: '2022-01-11' },
    },
    sectorGroup: { table: 'sector_groups', create: { name: '第一活动组', sort: 1 }, change: { name: '第一联组' }, duplicate: { name: '第一联组' } },
    sector: { table: 'sectors', create: { name: '教育界', liaisonUnit: '县教育局' }, change: { liaisonUnit: '县教育局办公室' }, duplicate: { name: '教育界' } },
    party: { table: 'parties', create: { name: '民盟', kind: '党派' }, change: { kind: '团体' }, duplicate: { name: '民盟', kind: '团体' } },
    committee: { table: 'committees', create: { name: '提案委员会' }, change: { sort: 3 }, duplicate: { name: '提案委员会' } },
    unit: {
      table: 'units',
      create: { name: '县教育局', kind: '政府部门', contact: '王科长', phone: '0579-87654321' },
      change: { phone: '13905791234' },
      duplicate: { name: '县教育局', kind: '其他' },
    },
    dictItem: { table: 'dict_items', create: { dict: 'proposalCategory', label: '农业农村' }, change: { description: '三农问题' }, duplicate: { dict: 'proposalCategory', label: '农业农村' } },
    holiday: { table: 'holidays', create: { date: '2026-10-01', kind: '放假', name: '国庆节' }, change: { name: '国庆节假期' }, duplicate: { date: '2026-10-01', kind: '调休上班', name: '补班' } },
  };
}

let t: TempApp;
let sample: Record<ReferenceKind, Sample>;
beforeAll(() => {
  t = tempApp();
  const term = t.ok('term.save', { number: 8, name: '第八届', startDate: '2016-12-20' });
  sample = samples(term.id);
});
afterAll(() => t.close());

describe('reference kinds: save, list, optimistic concurrency, void/restore, duplicates, audit', () => {
  it.each(referenceKinds)('%s', (kind) => {
    const { create, change, duplicate, table } = sample[kind];
    const label = referenceLabels[kind];
    const auditBefore = t.count('audit_log');
    const listed = (includeVoided = false) => t.okAny(`${kind}.list`, { includeVoided }) as { id: number; version: number; voidedAt: string | null }[];

    // save → list
    const created = t.okAny(`${kind}.save`, create);
    expect(created).toMatchObject({ ...create, version: 1, voidedAt: null });
    expect(listed().map((r) => r.id)).toContain(created.id);

    // update with the right version
    const updated = t.okAny(`${kind}.save`, { ...create, ...change, id: created.id, version: 1 });
    expect(updated).toMatchObject({ ...change, version: 2 });

    // a stale version is refused and nothing is overwritten
    const stale = t.fail(`${kind}.save`, { ...create, ...change, sort: 77, name: create.name ?? create.label, id: created.id, version: 1 });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(chinese);
    const stillThere = listed().find((r) => r.id === created.id);
    expect(stillThere).toEqual(updated);
    expect(t.fail(`${kind}.void`, { id: created.id, version: 1, reason: '录入错误' }).code).toBe('CONFLICT');

    // void needs a reason, hides the row; includeVoided shows it
    const noReason = t.fail(`${kind}.void`, { id: created.id, version: 2, reason: '  ' });
    expect(noReason.code).toBe('VALIDATION');
    expect(noReason.message).toMatch(/原因/);
    const voided = t.okAny(`${kind}.void`, { id: created.id, version: 2, reason: '录入错误' });
    expect(voided).toMatchObject({ version: 3, voidReason: '录入错误' });
    expect(voided.voidedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(listed().map((r) => r.id)).not.toContain(created.id);
    expect(listed(true).find((r) => r.id === created.id)).toEqual(voided);
    expect(t.fail(`${kind}.void`, { id: created.id, version: 3, reason: '再次作废' }).code).toBe('TRANSITION');

    // restore
    const restored = t.okAny(`${kind}.restore`, { id: created.id, version: 3 });
    expect(restored).toMatchObject({ ...change, version: 4, voidedAt: null, voidReason: null });
    expect(listed().map((r) => r.id)).toContain(created.id);
    expect(t.fail(`${kind}.restore`, { id: created.id, version: 4 }).code).toBe('TRANSITION');

    // duplicates
    const rows = t.count(table);
    const dup = t.fail(`${kind}.save`, duplicate);
    expect(dup.code).toBe('DUPLICATE');
    expect(dup.message).toMatch(chinese);
    expect(t.count(table)).toBe(rows);

    // unknown id
    const missing = t.fail(`${kind}.restore`, { id: 999_999, version: 1 });
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toContain(label);

    // every successful write (create, update, void, restore) left one audit row; failures none
    expect(t.count('audit_log')).toBe(auditBefore + 4);
    const log = t.ok('audit.list', { entity: label, pageSize: 10 });
    const mine = log.rows.filter((r) => r.entityId === created.id).reverse();
    expect(mine.map((r) => r.method)).toEqual([`${kind}.save`, `${kind}.save`, `${kind}.void`, `${kind}.restore`]);
    for (const entry of mine) {
      expect(entry.actor).toBe('张秘书');
      expect(entry.summary).toMatch(chinese);
      expect(JSON.parse(entry.after!)).toMatchObject({ id: created.id });
    }
    expect(mine[0].before).toBeNull();
    expect(JSON.parse(mine[1].before!)).toMatchObject({ version: 1 });
    expect(JSON.parse(mine[1].after!)).toMatchObject({ ...change, version: 2 });
    expect(mine[2].summary).toContain('录入错误');
    expect(JSON.parse(mine[3].before!).voidReason).toBe('录入错误');
  });

  it('the audit log filters by actor', () => {
    t.ok('committee.save', { name: '文史委员会' }, '李主任');
    const byLi = t.ok('audit.list', { actor: '李主任' });
    expect(byLi.total).toBe(1);
    expect(byLi.rows[0]).toMatchObject({ actor: '李主任', method: 'committee.save', entity: '专门委员会' });
  });
});
