import { describe, expect, it } from 'vitest';
import { defaultOpinionScoring } from '../../../shared/domain/opinion/scoring';
import { computeRanking, computeTotals, creditsOf, groupTotals, percent, quarterOf, quarterPeriod, quarterTotals, yearPeriod, type FactMember, type ReportFact } from '../../../shared/domain/opinion/statistics';

const 教育界 = { id: 1, name: '教育界' };
const 经济界 = { id: 2, name: '经济界' };
const 民盟 = { id: 10, name: '民盟' };
const 民建 = { id: 11, name: '民建' };
const m = (id: number, name: string, sector: { id: number; name: string }, party: { id: number; name: string } | null): FactMember => ({
  id,
  name,
  sectorId: sector.id,
  sectorName: sector.name,
  partyId: party?.id ?? null,
  partyName: party?.name ?? null,
});
const 张 = m(100, '张明', 教育界, 民盟);
const 李 = m(101, '李华', 教育界, 民盟);
const 王 = m(102, '王芳', 经济界, 民建);

function fact(id: number, patch: Partial<ReportFact>): ReportFact {
  return { id, authorKind: '委员个人', submittedAt: null, printedAt: null, topic: null, members: [], sector: null, party: null, adoptions: [], instructions: [], sendUps: [], transfers: [], feedbacks: [], ...patch };
}

const facts: ReportFact[] = [
  // 1: 张, adopted in 2026 by 县 and 省, printed, sent to 市 and 省, two 批示 (县 and 省).
  fact(1, {
    members: [张],
    submittedAt: '2026-02-03',
    printedAt: '2026-03-01',
    topic: { id: 7, title: '城区停车' },
    adoptions: [
      { level: '县', date: '2026-02-10' },
      { level: '省', date: '2026-05-20' },
    ],
    sendUps: [
      { level: '市', date: '2026-03-05' },
      { level: '省', date: '2026-03-06' },
    ],
    instructions: [
      { level: '县', date: '2026-03-10' },
      { level: '省', date: '2026-06-01' },
    ],
  }),
  // 2: 张 + 李 (联名, both 教育界/民盟), adopted by 县, a 转办 with 反馈.
  fact(2, { authorKind: '委员联名', members: [张, 李], submittedAt: '2026-04-02', adoptions: [{ level: '县', date: '2026-04-10' }], printedAt: '2026-04-20', transfers: [{ date: '2026-04-25' }], feedbacks: [{ date: '2026-05-25' }] }),
  // 3: 王, not adopted.
  fact(3, { members: [王], submittedAt: '2026-07-01', rejectedAt: '2026-07-05' }),
  // 4: the 经济界 itself, kept.
  fact(4, { authorKind: '界别', sector: 经济界, submittedAt: '2026-10-09', keptAt: '2026-10-12' }),
  // 5: 民建 as a party, submitted in December 2025, adopted by 县 in January 2026.
  fact(5, { authorKind: '党派团体', party: 民建, submittedAt: '2025-12-28', adoptions: [{ level: '县', date: '2026-01-05' }] }),
  // 6: a draft never submitted (no dates) counts nowhere.
  fact(6, { members: [王] }),
];

describe('totals for a period (each event by its own date)', () => {
  const t = computeTotals(facts, yearPeriod(2026));
  it('counts received, adopted by level, 印发, sent up, 批示 件数 and 人次', () => {
    expect(t).toMatchObject({ received: 4, adopted: 3, rejected: 1, kept: 1, printed: 2, sentUp: 1, instructed: 1, transferred: 1, feedback: 1 });
    expect(t.adoptedByLevel).toEqual({ 县: 3, 市: 0, 省: 1, 全国: 0 });
    expect(t.sentUpByLevel).toEqual({ 市: 1, 省: 1, 全国: 0 });
    expect(t.instructionsByLevel).toEqual({ 县: 1, 市: 0, 省: 1, 全国: 0 });
    expect(t.instructedByLevel).toEqual({ 县: 1, 市: 0, 省: 1, 全国: 0 });
    expect(t.adoptionRate).toBe(75);
  });
  it('the year before sees only its own events', () => {
    expect(computeTotals(facts, yearPeriod(2025))).toMatchObject({ received: 1, adopted: 0 });
  });
  it('quarters add up to the year', () => {
    const qs = quarterTotals(facts, 2026);
    expect(qs.map((q) => q.totals.received)).toEqual([1, 1, 1, 1]);
    expect(qs.map((q) => q.label)).toEqual(['第一季度', '第二季度', '第三季度', '第四季度']);
    for (const key of ['received', 'adopted', 'printed', 'sentUp'] as const) expect(qs.reduce((s, q) => s + q.totals[key], 0), key).toBe(t[key]);
    // 批示人次 add up; 批示件数 do not: report 1 had a 批示 in Q1 and another in Q2.
    expect(qs.reduce((s, q) => s + q.totals.instructionsByLevel.县 + q.totals.instructionsByLevel.省, 0)).toBe(2);
    expect(qs.map((q) => q.totals.instructed)).toEqual([1, 1, 0, 0]);
    expect(qs[1].totals.adoptedByLevel.省).toBe(1);
  });
  it('period helpers', () => {
    expect(quarterOf('2026-03-31')).toBe(1);
    expect(quarterOf('2026-04-01')).toBe(2);
    expect(quarterOf('2026-12-31')).toBe(4);
    expect(quarterPeriod(2026, 3)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(percent(22, 92)).toBe(23.91);
    expect(percent(1, 0)).toBe(0);
  });
});

describe('groupings credit a report once per entity', () => {
  it('a 联名 report by two 教育界 members counts once for 教育界 and once for 民盟', () => {
    expect(creditsOf(facts[1], 'sector').map((c) => c.name)).toEqual(['教育界']);
    expect(creditsOf(facts[1], 'party').map((c) => c.name)).toEqual(['民盟']);
    expect(creditsOf(facts[1], 'member').map((c) => c.name)).toEqual(['张明', '李华']);
  });
  it('per 界别, 党派, 委员 and 选题', () => {
    const p = yearPeriod(2026);
    const sectors = groupTotals(facts, p, 'sector');
    expect(sectors.map((g) => [g.name, g.totals.received, g.totals.adopted])).toEqual([
      ['教育界', 2, 2],
      ['经济界', 2, 0],
    ]);
    const parties = groupTotals(facts, p, 'party');
    expect(parties.map((g) => [g.name, g.totals.received, g.totals.adopted])).toEqual([
      ['民盟', 2, 2],
      ['民建', 1, 1],
    ]);
    expect(groupTotals(facts, p, 'member').map((g) => [g.name, g.totals.received])).toEqual([
      ['张明', 2],
      ['李华', 1],
      ['王芳', 1],
    ]);
    expect(groupTotals(facts, p, 'topic').map((g) => [g.name, g.totals.instructed])).toEqual([['城区停车', 1]]);
    expect(groupTotals(facts, p, 'authorKind').map((g) => g.name).sort()).toEqual(['党派团体', '委员个人', '委员联名', '界别'].sort());
  });
});

describe('ranking', () => {
  const p = yearPeriod(2026);
  it('members: points from the scoring rules, 联名 each full points by default', () => {
    const rows = computeRanking(facts, p, 'member', defaultOpinionScoring);
    // 张: #1 1 + 省10 + 省批示12 = 23; #2 1 + 县2 = 3 → 26. 李: 3. 王: 1.
    expect(rows.map((r) => [r.name, r.points, r.rank, r.tied])).toEqual([
      ['张明', 26, 1, false],
      ['李华', 3, 2, false],
      ['王芳', 1, 3, false],
    ]);
    expect(rows[0]).toMatchObject({ received: 2, adopted: 2, adoptedAbove: 1, instructed: 1, submittedPoints: 2, adoptionPoints: 12, instructionPoints: 12, sectorName: '教育界', partyName: '民盟' });
  });
  it('均分 shares a 联名 report: 张 and 李 get 1.5 each from #2', () => {
    const rows = computeRanking(facts, p, 'member', { ...defaultOpinionScoring, coAuthorMode: '均分' });
    expect(rows.find((r) => r.name === '张明')!.points).toBe(24.5);
    expect(rows.find((r) => r.name === '李华')!.points).toBe(1.5);
  });
  it('ties share a rank', () => {
    const rows = computeRanking(facts, p, 'member', { ...defaultOpinionScoring, adoption: { 县: 0, 市: 0, 省: 0, 全国: 0 }, instruction: { 县: 0, 市: 0, 省: 0, 全国: 0 } });
    expect(rows.map((r) => [r.name, r.points, r.rank])).toEqual([
      ['张明', 2, 1],
      ['李华', 1, 2],
      ['王芳', 1, 2],
    ]);
    expect(rows[1].tied && rows[2].tied).toBe(true);
  });
  it('界别 and 党派: a report once per entity, its own reports included; events outside the period do not count', () => {
    const sectors = computeRanking(facts, p, 'sector', defaultOpinionScoring);
    // 教育界: #1 23 + #2 3 = 26; 经济界: #3 1 + #4 1 = 2.
    expect(sectors.map((r) => [r.name, r.points])).toEqual([
      ['教育界', 26],
      ['经济界', 2],
    ]);
    const parties = computeRanking(facts, p, 'party', defaultOpinionScoring);
    // 民建: #3 1 + #5 (submitted 2025, adopted 2026: 2) = 3.
    expect(parties.map((r) => [r.name, r.points])).toEqual([
      ['民盟', 26],
      ['民建', 3],
    ]);
    expect(computeRanking(facts, yearPeriod(2025), 'party', defaultOpinionScoring).map((r) => [r.name, r.points])).toEqual([['民建', 1]]);
  });
});
