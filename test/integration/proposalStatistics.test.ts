import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryRow } from '../../shared/contract/proposals';
import { proposals92, published92, session92, units78 } from '../fixtures/proposals92';
import { tempApp, type TempApp } from '../fixtures/tempApp';

let t: TempApp;
beforeEach(() => {
  t = tempApp();
});
afterEach(() => t.close());

/** The reference data the 92 proposals name: 届/会次, 界别, 党派, 专委会 and the 78 units. */
function seed92() {
  const term = t.ok('term.save', { number: session92.term, name: '第十一届', startDate: '2023-01-10' });
  const meeting = t.ok('meeting.save', { termId: term.id, number: session92.session, name: '第三次会议', startDate: '2026-01-12' });
  const sectors = new Set(proposals92.map((p) => p.sector).filter((s): s is string => !!s));
  [...sectors].forEach((name, sort) => t.ok('sector.save', { name, sort }));
  const parties = new Set(proposals92.map((p) => p.party).filter((s): s is string => !!s));
  [...parties].forEach((name, sort) => t.ok('party.save', { name, kind: name === '无党派' ? '无党派' : '党派', sort }));
  // 团体 that file proposals (县工商联, 县妇联 …) are 党派/团体 records too
  for (const p of proposals92.filter((x) => x.kind === '党派团体' && !x.party)) t.ok('party.save', { name: p.proposer, kind: '团体', sort: 50 });
  for (const p of proposals92.filter((x) => x.kind === '专委会')) if (!t.ok('committee.list', {}).some((c) => c.name === p.proposer)) t.ok('committee.save', { name: p.proposer });
  units78.forEach((name, sort) => t.ok('unit.save', { name, kind: '政府部门', sort }));
  return { term: term.id, meeting: meeting.id };
}

/** The fixture as the rows of the 历史数据导入 sheet. */
function rows92(): HistoryRow[] {
  return proposals92.map((p, i) => ({
    row: i + 2,
    term: String(session92.term),
    session: String(session92.session),
    serial: String(p.serial),
    title: p.title,
    kind: p.kind,
    proposer: p.proposer,
    cosigners: p.cosigners.map((c) => c.name).join('、'),
    sector: p.sector ?? '',
    party: p.party ?? '',
    category: p.category,
    submittedDate: session92.submittedFrom,
    result: '立案',
    mainUnit: p.units!.find((u) => u.role === '主办')!.unit,
    coUnits: p.units!.filter((u) => u.role === '协办').map((u) => u.unit).join('、'),
    mode: p.mode,
    assignedDate: p.assignDate,
    dueDate: p.dueDate,
    answeredDate: p.answeredDate,
    replyClass: p.replyClass,
    feedback: p.feedback ?? '',
    isKey: p.key ? '是' : '否',
  }));
}

describe('the published table (domain.md) through 历史数据导入 and proposal.statistics', () => {
  it('reproduces 92 proposals, 31 主办 among 78 units, 办复率 100%, A 22 = 23.91%, B 68 = 73.91%, C 2 = 2.17%', () => {
    const ids = seed92();
    const result = t.ok('proposal.import', { rows: rows92() });
    expect(result).toEqual({ imported: 92, errors: [] });
    const stats = t.ok('proposal.statistics', { termId: ids.term, meetingId: ids.meeting });
    const s = stats.summary;
    expect(stats.scopeName).toBe('第十一届第三次会议');
    expect([s.received, s.collective, s.individual, s.filed]).toEqual([published92.received, published92.collective, published92.individual, published92.filed]);
    expect([s.mainUnits, s.units]).toEqual([published92.mainUnits, published92.units]);
    expect([s.answered, s.answerRate.text]).toEqual([published92.answered, published92.answerRate]);
    expect(s.replyClasses.A).toMatchObject({ count: 22, share: { text: '23.91%' } });
    expect(s.replyClasses.B).toMatchObject({ count: 68, share: { text: '73.91%' } });
    expect(s.replyClasses.C).toMatchObject({ count: 2, share: { text: '2.17%' } });
    expect(s.byKind).toEqual(published92.extra.byKind);
    expect(Object.fromEntries(stats.byCategory.map((r) => [r.key, r.filed]))).toEqual(published92.extra.byCategory);
    expect([s.onTime, s.onTimeRate.text]).toEqual([published92.extra.onTime, published92.extra.onTimeRate]);
    expect(s.feedback).toMatchObject({
      returned: 90,
      满意: 81,
      基本满意: 8,
      不满意: 1,
      satisfactionRate: { text: published92.extra.feedback.satisfactionRate },
      satisfiedRate: { text: published92.extra.feedback.satisfiedRate },
    });
    expect(stats.byKind.map((r) => [r.key, r.filingRate.text])).toEqual([
      ['委员个人', '100.00%'],
      ['委员联名', '100.00%'],
      ['党派团体', '100.00%'],
      ['界别', '100.00%'],
      ['专委会', '100.00%'],
    ]);
    // per unit: 主办 and 协办 counted separately, 31 units with a 主办 share
    expect(stats.units.filter((u) => u.main > 0)).toHaveLength(31);
    expect(stats.units).toHaveLength(78);
    expect(stats.paragraph).toContain('共收到提案92件，其中集体提案25件、委员个人（联名）提案67件。');
    expect(stats.paragraph).toContain('办复率100%，其中A类22件，占23.91%；B类68件，占73.91%；C类2件，占2.17%。');
    // the list agrees: numbers kept, key proposals flagged
    const list = t.ok('proposal.list', { termId: ids.term, meetingId: ids.meeting, pageSize: 5 });
    expect(list.total).toBe(92);
    expect(list.rows.map((r) => r.code)).toEqual(['11-3-001', '11-3-002', '11-3-003', '11-3-004', '11-3-005']);
    expect(t.ok('proposal.list', { termId: ids.term, isKey: true }).total).toBe(proposals92.filter((p) => p.key).length);
    expect(t.ok('proposal.get', { id: list.rows[0].id }).events.map((e) => e.action)).toEqual(['历史数据导入']);
  });

  it('imports nothing when a row is wrong, and says what is wrong on which row', () => {
    seed92();
    const rows = rows92().slice(0, 5);
    rows[1] = { ...rows[1], title: '关于'.padEnd(60, '长') };
    rows[2] = { ...rows[2], category: '财经类', replyClass: 'D' };
    rows[3] = { ...rows[3], mainUnit: '县不存在局', session: '平时', serial: '' };
    rows[4] = { ...rows[4], serial: rows[0].serial };
    const result = t.ok('proposal.import', { rows });
    expect(result.imported).toBe(0);
    expect(result.errors).toEqual([
      { row: 3, message: '案由超过50个字（60个字）' },
      { row: 4, message: '类别“财经类”不在提案类别字典中；答复类别“D”应为A、B或C' },
      { row: 5, message: '未知承办单位“县不存在局”（请先在基础数据中添加）' },
      { row: 6, message: '编号11-3-001与第2行重复' },
    ]);
    expect(t.count('proposals')).toBe(0);
    // a number already in the database is never reused
    t.ok('proposal.import', { rows: rows92().slice(0, 1) });
    const again = t.ok('proposal.import', { rows: rows92().slice(0, 2) });
    expect(again.errors).toEqual([{ row: 2, message: '编号11-3-001已存在，编号不能重复使用' }]);
    // rows without a number take max + 1
    const noNumber = t.ok('proposal.import', { rows: rows92().slice(1, 3).map((r) => ({ ...r, serial: '' })) });
    expect(noNumber.imported).toBe(2);
    expect(
      t
        .ok('proposal.list', { pageSize: 10 })
        .rows.map((r) => r.code)
        .sort(),
    ).toEqual(['11-3-001', '11-3-002', '11-3-003']);
  });
});
