import { describe, expect, it } from 'vitest';
import {
  closeYear,
  describeRule,
  memberTotals,
  overlappingVersions,
  periodLines,
  planRuleChange,
  planRuleStop,
  rankGroups,
  rankMembers,
  ruleProblems,
  scoreFacts,
  sectorTable,
  shareCents,
  voidRefusal,
  yearPeriod,
  type Fact,
  type PointRule,
  type RankMember,
  type ScoredLine,
} from '../../../shared/domain/points';
import { rankLabel } from '../../../shared/domain/ranking';

let nextId = 1;
/** A rule version; ruleKey defaults to its own id (a first version). */
function rule(r: Partial<PointRule> & Pick<PointRule, 'kind' | 'points'>): PointRule {
  const id = r.id ?? nextId++;
  return { id, ruleKey: r.ruleKey ?? id, seq: r.seq ?? 1, name: r.name ?? r.kind, category: r.category ?? '任务', level: null, tag: null, yearlyCap: null, effectiveFrom: '2020-01-01', effectiveTo: null, ...r };
}
let sourceId = 1;
function fact(memberId: number, kind: Fact['kind'], date: string, extra: Partial<Fact> = {}): Fact {
  return { memberId, kind, date, level: null, tag: null, sourceTable: 'src', sourceId: sourceId++, label: `${kind}@${date}`, ...extra };
}
const total = (lines: ScoredLine[], memberId = 1) => memberTotals(lines).get(memberId)?.total ?? 0;
const y2025 = yearPeriod(2025);

describe('rule types: each category and matching', () => {
  const attend = rule({ kind: 'meeting.attended', points: 2, category: '固定', name: '出席会议' });
  const plenary = rule({ kind: 'meeting.attended', points: 3, category: '固定', tag: '全体会议', name: '出席全体会议加分' });
  const absent = rule({ kind: 'meeting.absent', points: -2, category: '固定', name: '无故缺席' });
  const lead = rule({ kind: 'proposal.filed.lead', points: 5, name: '立案提案（领衔）' });
  const cosign = rule({ kind: 'proposal.filed.cosign', points: 2, name: '立案提案（附议）' });
  const province = rule({ kind: 'opinion.instruction', points: 12, category: '激励', level: '省', name: '省级批示' });
  const excellent = rule({ kind: 'proposal.excellent', points: 10, category: '激励', name: '优秀提案' });
  const rules = [attend, plenary, absent, lead, cosign, province, excellent];

  it('固定积分: a meeting attended scores; a 全体会议 also matches the rule for that 会议类型', () => {
    const { lines } = scoreFacts([fact(1, 'meeting.attended', '2025-03-01', { tag: '常委会议' }), fact(1, 'meeting.attended', '2025-01-10', { tag: '全体会议' })], rules, y2025);
    expect(lines.map((l) => [l.ruleName, l.points])).toEqual([
      ['出席会议', 2],
      ['出席全体会议加分', 3],
      ['出席会议', 2],
    ]);
    expect(memberTotals(lines).get(1)!.byCategory).toEqual({ 固定: 7, 任务: 0, 激励: 0 });
  });

  it('扣分: 缺席 (absent without leave) subtracts', () => {
    const { lines } = scoreFacts([fact(1, 'meeting.attended', '2025-03-01'), fact(1, 'meeting.absent', '2025-06-01')], rules, y2025);
    expect(total(lines)).toBe(0);
  });

  it('任务积分: 领衔 and 附议 score differently', () => {
    const { lines } = scoreFacts([fact(1, 'proposal.filed.lead', '2025-02-01'), fact(2, 'proposal.filed.cosign', '2025-02-01')], rules, y2025);
    expect(total(lines, 1)).toBe(5);
    expect(total(lines, 2)).toBe(2);
  });

  it('激励积分: a level rule counts only facts of that level', () => {
    const facts = [fact(1, 'opinion.instruction', '2025-04-01', { level: '省' }), fact(1, 'opinion.instruction', '2025-05-01', { level: '市' }), fact(1, 'proposal.excellent', '2025-12-01')];
    const { lines, unmatched } = scoreFacts(facts, rules, y2025);
    expect(lines.map((l) => l.ruleName)).toEqual(['省级批示', '优秀提案']);
    expect(memberTotals(lines).get(1)!.byCategory.激励).toBe(22);
    // the 市级 批示 has no rule: it is reported as 不计分, not silently lost
    expect(unmatched.map((f) => f.level)).toEqual(['市']);
  });

  it('every line keeps the record behind it', () => {
    const f = fact(1, 'proposal.filed.lead', '2025-02-01', { sourceTable: 'proposals', sourceId: 42, label: '第012号 关于完善城区停车设施规划的建议' });
    const [line] = scoreFacts([f], rules, y2025).lines;
    expect(line).toMatchObject({ sourceTable: 'proposals', sourceId: 42, label: f.label, ruleId: lead.id, ruleKey: lead.ruleKey, rulePoints: 5, points: 5, item: '提案', capped: false });
  });

  it('points in hundredths: ten 0.1-point facts make exactly 1', () => {
    const tenth = rule({ kind: 'activity.attended', points: 0.1 });
    const facts = Array.from({ length: 10 }, (_, i) => fact(1, 'activity.attended', `2025-01-${String(i + 10)}`));
    expect(total(scoreFacts(facts, [tenth], y2025).lines)).toBe(1);
  });

  it('only facts dated in the period are counted', () => {
    const facts = [fact(1, 'proposal.filed.lead', '2024-12-31'), fact(1, 'proposal.filed.lead', '2025-06-30'), fact(1, 'proposal.filed.lead', '2025-07-01')];
    expect(total(scoreFacts(facts, rules, { from: '2025-01-01', to: '2025-06-30' }).lines)).toBe(5);
  });
});

describe('yearly caps', () => {
  const cosign = rule({ kind: 'proposal.filed.cosign', points: 2, yearlyCap: 5, name: '附议' });
  const facts = [fact(1, 'proposal.filed.cosign', '2025-01-05'), fact(1, 'proposal.filed.cosign', '2025-02-05'), fact(1, 'proposal.filed.cosign', '2025-03-05'), fact(1, 'proposal.filed.cosign', '2025-04-05')];

  it('the fact crossing the cap gets the remainder, later ones 0 and marked 已达上限', () => {
    const { lines } = scoreFacts(facts, [cosign], y2025);
    expect(lines.map((l) => [l.points, l.capped])).toEqual([
      [2, false],
      [2, false],
      [1, true],
      [0, true],
    ]);
    expect(total(lines)).toBe(5);
  });

  it('the cap is per member', () => {
    const other = facts.map((f) => ({ ...f, memberId: 2, sourceId: f.sourceId + 1000 }));
    const totals = memberTotals(scoreFacts([...facts, ...other], [cosign], y2025).lines);
    expect([totals.get(1)!.total, totals.get(2)!.total]).toEqual([5, 5]);
  });

  it('the cap starts again each calendar year', () => {
    const next = facts.map((f) => ({ ...f, date: f.date.replace('2025', '2026'), sourceId: f.sourceId + 2000 }));
    const { lines } = scoreFacts([...facts, ...next], [cosign], { from: '2025-01-01', to: '2026-12-31' });
    expect(total(lines)).toBe(10);
  });

  it('a period starting mid-year sees the cap already used since 1 January', () => {
    const q2 = scoreFacts(facts, [cosign], { from: '2025-04-01', to: '2025-06-30' });
    expect(q2.lines.map((l) => [l.date, l.points, l.capped])).toEqual([['2025-04-05', 0, true]]);
    const q1 = scoreFacts(facts, [cosign], { from: '2025-01-01', to: '2025-03-31' });
    expect(total(q1.lines) + total(q2.lines)).toBe(total(scoreFacts(facts, [cosign], y2025).lines));
  });

  it('a deduction cap limits how much is taken off', () => {
    const absent = rule({ kind: 'meeting.absent', points: -2, yearlyCap: 3, category: '固定' });
    const f = [fact(1, 'meeting.absent', '2025-01-01'), fact(1, 'meeting.absent', '2025-02-01'), fact(1, 'meeting.absent', '2025-03-01')];
    expect(scoreFacts(f, [absent], y2025).lines.map((l) => l.points)).toEqual([-2, -1, 0]);
  });

  it('the cap holds across versions of one rule, using the version in force on the date', () => {
    const v1 = rule({ kind: 'proposal.filed.cosign', points: 2, yearlyCap: 5, effectiveTo: '2025-02-28' });
    const v2 = rule({ kind: 'proposal.filed.cosign', points: 3, yearlyCap: 6, ruleKey: v1.ruleKey, seq: 2, effectiveFrom: '2025-03-01' });
    // January and February under v1: 2 + 2 = 4 used. March under v2 (3 points, cap 6): 2 left → 2, capped. April: 0.
    expect(scoreFacts(facts, [v1, v2], y2025).lines.map((l) => l.points)).toEqual([2, 2, 2, 0]);
  });
});

describe('effective dates and rule versions', () => {
  const v1 = rule({ kind: 'activity.attended', points: 2, effectiveFrom: '2024-01-01', effectiveTo: '2025-06-30', name: '参加活动' });
  const v2 = rule({ kind: 'activity.attended', points: 3, ruleKey: v1.ruleKey, seq: 2, effectiveFrom: '2025-07-01', name: '参加活动' });

  it('a change applies from its effective date and never before', () => {
    const { lines } = scoreFacts([fact(1, 'activity.attended', '2025-06-30'), fact(1, 'activity.attended', '2025-07-01')], [v1, v2], y2025);
    expect(lines.map((l) => [l.date, l.points, l.ruleId])).toEqual([
      ['2025-06-30', 2, v1.id],
      ['2025-07-01', 3, v2.id],
    ]);
  });

  it('a rule not yet in force, or already stopped, counts nothing', () => {
    const later = rule({ kind: 'speech', points: 3, effectiveFrom: '2025-09-01' });
    const stopped = rule({ kind: 'opinion.submitted', points: 1, effectiveFrom: '2020-01-01', effectiveTo: '2024-12-31' });
    const { lines, unmatched } = scoreFacts([fact(1, 'speech', '2025-08-31'), fact(1, 'opinion.submitted', '2025-01-01')], [later, stopped], y2025);
    expect(lines).toEqual([]);
    expect(unmatched).toHaveLength(2);
  });

  it('planRuleChange: a later date ends the current version the day before and adds a new one', () => {
    const current = rule({ kind: 'activity.attended', points: 2, effectiveFrom: '2025-01-01' });
    expect(planRuleChange([current], '2025-07-01', new Set())).toEqual({ ok: true, plan: { mode: 'newVersion', endVersionId: current.id, endOn: '2025-06-30', newFrom: '2025-07-01', newTo: null, seq: 2 } });
  });

  it('planRuleChange: the same date corrects the version in place while no closed year is touched', () => {
    const current = rule({ kind: 'activity.attended', points: 2, effectiveFrom: '2025-01-01' });
    expect(planRuleChange([current], '2025-01-01', new Set())).toEqual({ ok: true, plan: { mode: 'correct', versionId: current.id } });
    const refused = planRuleChange([current], '2025-01-01', new Set([2025]));
    expect(refused).toMatchObject({ ok: false });
    expect(!refused.ok && refused.message).toContain('2025年度积分已结账');
  });

  it('planRuleChange: refuses a date in a closed year or before the current version', () => {
    const current = rule({ kind: 'activity.attended', points: 2, effectiveFrom: '2024-01-01' });
    const closed = planRuleChange([current], '2024-06-01', new Set([2024]));
    expect(!closed.ok && closed.message).toBe('2024年度积分已结账，不能改动该年度适用的规则；修改请从2025年1月1日或以后生效。');
    const early = planRuleChange([current], '2023-12-31', new Set());
    expect(!early.ok && early.message).toContain('生效日期不能早于当前版本的生效日期（2024-01-01）');
  });

  it('planRuleChange after a stopped version starts a new one without touching the old', () => {
    const stopped = rule({ kind: 'activity.attended', points: 2, effectiveFrom: '2024-01-01', effectiveTo: '2024-06-30' });
    expect(planRuleChange([stopped], '2025-01-01', new Set())).toEqual({ ok: true, plan: { mode: 'newVersion', endVersionId: null, endOn: null, newFrom: '2025-01-01', newTo: null, seq: 2 } });
  });

  it('停用 and 作废 respect closed years', () => {
    const r = rule({ kind: 'activity.attended', points: 2, effectiveFrom: '2024-01-01' });
    expect(planRuleStop([r], '2025-07-01', new Set([2024]))).toEqual({ ok: true, versionId: r.id, endOn: '2025-06-30' });
    expect(planRuleStop([r], '2024-07-01', new Set([2024]))).toMatchObject({ ok: false });
    expect(planRuleStop([r], '2024-01-01', new Set())).toMatchObject({ ok: false });
    expect(voidRefusal([r], new Set([2024]))).toContain('不能作废');
    expect(voidRefusal([r], new Set([2023]))).toBeUndefined();
  });

  it('overlapping versions are found', () => {
    const a = rule({ kind: 'speech', points: 1, effectiveFrom: '2025-01-01', effectiveTo: '2025-06-30' });
    const b = rule({ kind: 'speech', points: 1, effectiveFrom: '2025-07-01', ruleKey: a.ruleKey, seq: 2 });
    const c = rule({ kind: 'speech', points: 1, effectiveFrom: '2025-06-30', ruleKey: a.ruleKey, seq: 3 });
    expect(overlappingVersions([a, b])).toEqual([]);
    expect(overlappingVersions([a, b, c]).map(([x, y]) => [x.seq, y.seq])).toEqual([
      [1, 3],
      [3, 2],
    ]);
  });
});

describe('取最高 and 累计 for levels', () => {
  const levels = { 县: 2, 市: 5, 省: 10, 全国: 20 } as const;
  const make = (mode: '取最高' | '累计') => Object.entries(levels).map(([level, points]) => rule({ kind: 'opinion.adopted', points, level: level as '县', levelMode: mode, name: `${level}采用` }));
  const report = (dates: [string, '县' | '市' | '省'][]) => dates.map(([date, level]) => fact(1, 'opinion.adopted', date, { level, sourceTable: 'opinion_reports', sourceId: 7 }));

  it('取最高: a report adopted by 县 then 省 scores 10 in the year — 2, then the difference 8', () => {
    const { lines } = scoreFacts(report([['2025-02-01', '县'], ['2025-05-01', '省']]), make('取最高'), y2025);
    expect(lines.map((l) => [l.level, l.points, l.topped])).toEqual([
      ['县', 2, false],
      ['省', 8, true],
    ]);
  });

  it('取最高: a lower level after a higher one scores 0; periods stay additive', () => {
    const facts = report([['2025-02-01', '市'], ['2025-05-01', '县'], ['2025-08-01', '省']]);
    const year = total(scoreFacts(facts, make('取最高'), y2025).lines);
    expect(year).toBe(10);
    const h1 = total(scoreFacts(facts, make('取最高'), { from: '2025-01-01', to: '2025-06-30' }).lines);
    const h2 = total(scoreFacts(facts, make('取最高'), { from: '2025-07-01', to: '2025-12-31' }).lines);
    expect([h1, h2]).toEqual([5, 5]);
  });

  it('取最高 is per calendar year: 县 in December and 省 in January both score in full', () => {
    const facts = report([['2024-12-20', '县'], ['2025-01-10', '省']]);
    const { lines } = scoreFacts(facts, make('取最高'), { from: '2024-01-01', to: '2025-12-31' });
    expect(lines.map((l) => l.points)).toEqual([2, 10]);
  });

  it('累计: every level scores in full', () => {
    expect(total(scoreFacts(report([['2025-02-01', '县'], ['2025-05-01', '省']]), make('累计'), y2025).lines)).toBe(12);
  });
});

describe('closed years are frozen', () => {
  const attend = rule({ kind: 'meeting.attended', points: 2, category: '固定', effectiveFrom: '2024-01-01' });
  const facts = [fact(1, 'meeting.attended', '2024-03-01'), fact(1, 'meeting.attended', '2024-09-01'), fact(2, 'meeting.attended', '2024-09-01'), fact(1, 'meeting.attended', '2025-03-01')];

  it('a closed year is read from its snapshot after a rule edit; open years follow the new rule', () => {
    const snapshot = closeYear(2024, facts, [attend]);
    expect(snapshot.map((l) => l.points)).toEqual([2, 2, 2]);
    const closed = new Map([[2024, snapshot]]);
    // The rule is edited: 2 → 5, even (wrongly) over its whole life; and a 2024 record is voided.
    const edited = [{ ...attend, points: 5 }];
    const remaining = facts.filter((f) => f !== facts[1]);
    const both = periodLines(remaining, edited, { from: '2024-01-01', to: '2025-12-31' }, closed);
    const t = memberTotals(both.lines);
    expect(t.get(1)!.total).toBe(2 + 2 + 5);
    expect(t.get(2)!.total).toBe(2);
    const y2024 = periodLines(remaining, edited, yearPeriod(2024), closed);
    expect(y2024.lines).toEqual(snapshot);
  });

  it('a part of a closed year reads the snapshot lines of those dates', () => {
    const closed = new Map([[2024, closeYear(2024, facts, [attend])]]);
    const h1 = periodLines([], [], { from: '2024-01-01', to: '2024-06-30' }, closed);
    expect(h1.lines.map((l) => l.date)).toEqual(['2024-03-01']);
  });

  it('without the snapshot the same edit would have changed the year (the guarantee is real)', () => {
    const edited = [{ ...attend, points: 5 }];
    expect(total(scoreFacts(facts, edited, yearPeriod(2024)).lines)).toBe(10);
  });
});

describe('rankings', () => {
  const members: RankMember[] = [
    { id: 1, name: '张伟', sectorId: 10, sectorName: '教育界', groupId: 100, groupName: '第一活动组' },
    { id: 2, name: '李娜', sectorId: 10, sectorName: '教育界', groupId: 100, groupName: '第一活动组' },
    { id: 3, name: '王芳', sectorId: 11, sectorName: '经济界', groupId: 100, groupName: '第一活动组' },
    { id: 4, name: '刘洋', sectorId: 12, sectorName: '农业界', groupId: 101, groupName: '第二活动组' },
    { id: 5, name: '陈静', sectorId: 12, sectorName: '农业界', groupId: null, groupName: null },
  ];
  const r = rule({ kind: 'activity.attended', points: 1, category: '任务' });
  const m = rule({ kind: 'meeting.attended', points: 2, category: '固定' });
  const many = (memberId: number, n: number, kind: Fact['kind'] = 'activity.attended') => Array.from({ length: n }, (_, i) => fact(memberId, kind, `2025-0${1 + (i % 9)}-0${1 + (i % 9)}`));
  // 张伟 6, 李娜 4, 王芳 4, 刘洋 2, 陈静 0
  const lines = scoreFacts([...many(1, 4), ...many(1, 1, 'meeting.attended'), ...many(2, 4), ...many(3, 2, 'meeting.attended'), ...many(4, 2)], [r, m], y2025).lines;
  const totals = memberTotals(lines);

  it('members: competition ranking 1, 2, 2, 4 with 并列, 0 points ranked last', () => {
    const rows = rankMembers(members, totals);
    expect(rows.map((x) => [x.member.name, x.total, x.rank, rankLabel(x)])).toEqual([
      ['张伟', 6, 1, '第1名'],
      ['李娜', 4, 2, '并列第2名'],
      ['王芳', 4, 2, '并列第2名'],
      ['刘洋', 2, 4, '第4名'],
      ['陈静', 0, 5, '第5名'],
    ]);
    expect(rows[0].byCategory).toEqual({ 固定: 2, 任务: 4, 激励: 0 });
  });

  it('界别 by 人均 (default) and by 总积分', () => {
    const avg = rankGroups(members, totals, 'sector');
    expect(avg.map((x) => [x.name, x.members, x.total, x.average, x.rank])).toEqual([
      ['教育界', 2, 10, 5, 1],
      ['经济界', 1, 4, 4, 2],
      ['农业界', 2, 2, 1, 3],
    ]);
    const tot = rankGroups(members, totals, 'sector', 'total');
    expect(tot.map((x) => x.name)).toEqual(['教育界', '经济界', '农业界']);
  });

  it('活动组: members without a group count under 未分组; equal averages tie', () => {
    const rows = rankGroups(members, totals, 'group');
    expect(rows.map((x) => [x.name, x.members, x.average, x.rank])).toEqual([
      ['第一活动组', 3, 4.67, 1],
      ['第二活动组', 1, 2, 2],
      ['未分组', 1, 0, 3],
    ]);
    // 李娜 (教育界) and 王芳 (经济界) alone: both 界别 average 4 → 并列第1名.
    const tie = rankGroups([members[1], members[2]], totals, 'sector');
    expect(tie.map((x) => [x.name, x.average, x.rank, x.tied])).toEqual([
      ['教育界', 4, 1, true],
      ['经济界', 4, 1, true],
    ]);
  });

  it('the 界别 scoring table: 考核项目 columns, 合计, 人均, 名次 and column sums', () => {
    const table = sectorTable(members, totals, { items: ['会议出席', '活动参加', '提案'] });
    expect(table.items).toEqual(['会议出席', '活动参加', '提案']);
    expect(table.rows.map((x) => [x.name, x.byItem['会议出席'] ?? 0, x.byItem['活动参加'] ?? 0, x.total, x.rank])).toEqual([
      ['教育界', 2, 8, 10, 1],
      ['经济界', 4, 0, 4, 2],
      ['农业界', 0, 2, 2, 3],
    ]);
    expect(table.totals).toEqual({ members: 5, total: 16, byItem: { 会议出席: 6, 活动参加: 10, 提案: 0 } });
  });
});

describe('rule validation and wording', () => {
  const base = { name: '参加活动', category: '任务' as const, kind: 'activity.attended' as const, points: 2, effectiveFrom: '2025-01-01' };
  it('accepts a good rule and names every problem in Chinese', () => {
    expect(ruleProblems(base)).toEqual([]);
    expect(ruleProblems({ ...base, level: '省' })).toEqual(['“参加活动”不分级别，不能按级别计分。']);
    expect(ruleProblems({ ...base, tag: '全体会议' })[0]).toContain('活动类型应为');
    expect(ruleProblems({ ...base, points: 1.234 })).toEqual(['每项分值最多保留两位小数。']);
    expect(ruleProblems({ ...base, yearlyCap: 0 })[0]).toContain('年度上限应大于0');
    expect(ruleProblems({ ...base, effectiveTo: '2024-12-31' })).toEqual(['停用日期不能早于生效日期。']);
    expect(ruleProblems({ ...base, kind: 'opinion.adopted', level: '省', levelMode: '取最高' })).toEqual([]);
    expect(ruleProblems({ ...base, levelMode: '取最高' })[0]).toContain('不分级别');
  });

  it('describes a rule as the 年度通报 prints it', () => {
    expect(describeRule({ kind: 'proposal.filed.cosign', points: 2, yearlyCap: 10 })).toBe('立案提案（附议）每件2分，年度最多计10分');
    expect(describeRule({ kind: 'meeting.absent', points: -2, yearlyCap: 6, tag: '全体会议' })).toBe('会议缺席（未请假）（全体会议）每次扣2分，年度最多扣6分');
    expect(describeRule({ kind: 'opinion.instruction', points: 12, level: '省' })).toBe('社情民意获批示（省级）每次12分');
  });
});

describe('联名 records: 各计全分, 均分, 第一作者全分其余按比例 (hand-computed)', () => {
  /** One record with several authors: a fact per author, in signing order. */
  const joint = (kind: Fact['kind'], date: string, memberIds: number[], extra: Partial<Fact> = {}, id = sourceId++) =>
    memberIds.map((memberId, authorIndex) => fact(memberId, kind, date, { sourceTable: 'opinion_reports', sourceId: id, authors: memberIds.length, authorIndex, ...extra }));
  const perMember = (lines: ScoredLine[]) => [...memberTotals(lines).values()].sort((a, b) => a.memberId - b.memberId).map((m) => m.total);

  it('shareCents: 均分 floors to 0.1 and gives the left-over tenths in signing order, the sum kept', () => {
    const split = (cents: number, n: number) => Array.from({ length: n }, (_, i) => shareCents(cents, '均分', null, i, n));
    expect(split(1000, 3)).toEqual([340, 330, 330]); // 10 ÷ 3
    expect(split(200, 3)).toEqual([70, 70, 60]); // 2 ÷ 3
    expect(split(500, 4)).toEqual([130, 130, 120, 120]); // 5 ÷ 4
    expect(split(100, 3)).toEqual([40, 30, 30]); // 1 ÷ 3
    expect(split(225, 2)).toEqual([115, 110]); // 2.25 ÷ 2: the odd hundredths stay with the first author
    expect(split(-300, 4)).toEqual([-80, -80, -70, -70]); // a deduction shares the same way
    for (const [c, n] of [[1000, 3], [200, 3], [700, 6], [1, 7], [99999, 11]]) expect(split(c, n).reduce((a, b) => a + b, 0)).toBe(c);
    expect(shareCents(500, '第一作者全分其余按比例', 20, 0, 3)).toBe(500);
    expect(shareCents(500, '第一作者全分其余按比例', 20, 2, 3)).toBe(100);
    expect(shareCents(500, '第一作者全分其余按比例', 33, 1, 3)).toBe(170); // 1.65 → 1.7 (half up)
    expect(shareCents(500, '各计全分', null, 2, 3)).toBe(500);
    expect(shareCents(500, '均分', null, 0, 1)).toBe(500);
  });

  it('a 3-author 社情民意: 各计全分 gives each 10, 均分 3.4 + 3.3 + 3.3 = 10', () => {
    const facts = joint('opinion.adopted', '2025-03-01', [1, 2, 3], { level: '县' });
    const full = rule({ kind: 'opinion.adopted', points: 10, level: '县', levelMode: '取最高', shareMode: '各计全分' });
    expect(perMember(scoreFacts(facts, [full], y2025).lines)).toEqual([10, 10, 10]);
    const split = { ...full, shareMode: '均分' as const };
    const { lines } = scoreFacts(facts, [split], y2025);
    expect(perMember(lines)).toEqual([3.4, 3.3, 3.3]);
    expect(lines.map((l) => l.share)).toEqual(['3人联名，均分', '3人联名，均分', '3人联名，均分']);
  });

  it('a 联名提案 counted for all proposers: 领衔 5, each 附议 20% = 1', () => {
    const facts = joint('proposal.filed', '2025-04-01', [7, 8, 9], { sourceTable: 'proposals' });
    const r = rule({ kind: 'proposal.filed', points: 5, shareMode: '第一作者全分其余按比例', shareRatio: 20 });
    const { lines } = scoreFacts(facts, [r], y2025);
    expect(perMember(lines)).toEqual([5, 1, 1]);
    expect(lines.map((l) => l.share)).toEqual(['3人联名，第一作者计全分', '3人联名，按20%计分', '3人联名，按20%计分']);
  });

  it('取最高 works on each author’s share: 县 10 then 省 20 均分 → 6.7 + 6.7 + 6.6 = 20 in the year', () => {
    const rules = [rule({ kind: 'opinion.adopted', points: 10, level: '县', levelMode: '取最高', shareMode: '均分' }), rule({ kind: 'opinion.adopted', points: 20, level: '省', levelMode: '取最高', shareMode: '均分' })];
    const id = sourceId++;
    const facts = [...joint('opinion.adopted', '2025-03-01', [1, 2, 3], { level: '县' }, id), ...joint('opinion.adopted', '2025-06-01', [1, 2, 3], { level: '省' }, id)];
    const { lines } = scoreFacts(facts, rules, y2025);
    // 县: 3.4 / 3.3 / 3.3; 省 shares 6.7 / 6.7 / 6.6, so the differences are 3.3 / 3.4 / 3.3.
    expect(lines.map((l) => [l.memberId, l.level, l.points])).toEqual([
      [1, '县', 3.4],
      [2, '县', 3.3],
      [3, '县', 3.3],
      [1, '省', 3.3],
      [2, '省', 3.4],
      [3, '省', 3.3],
    ]);
    expect(perMember(lines)).toEqual([6.7, 6.7, 6.6]);
  });

  it('the yearly cap takes each author’s share: 2 ÷ 3 twice under a cap of 1 → 0.7 + 0.3', () => {
    const r = rule({ kind: 'opinion.submitted', points: 2, yearlyCap: 1, shareMode: '均分' });
    const facts = [...joint('opinion.submitted', '2025-02-01', [1, 2, 3]), ...joint('opinion.submitted', '2025-03-01', [1, 4])];
    const { lines } = scoreFacts(facts, [r], y2025);
    expect(lines.filter((l) => l.memberId === 1).map((l) => [l.points, l.capped])).toEqual([
      [0.7, false],
      [0.3, true],
    ]);
    expect(perMember(lines)).toEqual([1, 0.7, 0.6, 1]);
  });

  it('the mode is versioned: 各计全分 until 30 June, 均分 from 1 July; a closed year keeps its snapshot', () => {
    const v1 = rule({ kind: 'opinion.submitted', points: 3, shareMode: '各计全分', effectiveFrom: '2024-01-01', effectiveTo: '2025-06-30' });
    const v2 = rule({ ruleKey: v1.ruleKey, seq: 2, kind: 'opinion.submitted', points: 3, shareMode: '均分', effectiveFrom: '2025-07-01' });
    const facts = [...joint('opinion.submitted', '2024-05-01', [1, 2]), ...joint('opinion.submitted', '2025-05-01', [1, 2]), ...joint('opinion.submitted', '2025-08-01', [1, 2])];
    const closed = new Map([[2024, closeYear(2024, facts, [v1])]]);
    // Had the change been made over the whole life of the rule, 2024 still reads its snapshot.
    const wrongly = [{ ...v2, effectiveFrom: '2024-01-01' }];
    expect(perMember(periodLines(facts, wrongly, yearPeriod(2024), closed).lines)).toEqual([3, 3]);
    expect(perMember(periodLines(facts, [v1, v2], yearPeriod(2025), closed).lines)).toEqual([3 + 1.5, 3 + 1.5]);
  });

  it('validation and wording', () => {
    const base = { name: '报送社情民意', category: '任务' as const, kind: 'opinion.submitted' as const, points: 2, effectiveFrom: '2025-01-01' };
    expect(ruleProblems({ ...base, shareMode: '均分' })).toEqual([]);
    expect(ruleProblems({ ...base, kind: 'meeting.attended', shareMode: '均分' })[0]).toContain('不需要选择联名计分方式');
    expect(ruleProblems({ ...base, shareMode: '均分', shareRatio: 50 })[0]).toContain('只有“第一作者全分其余按比例”');
    expect(ruleProblems({ ...base, shareMode: '第一作者全分其余按比例', shareRatio: 120 })[0]).toContain('0到100之间的整数');
    expect(describeRule({ ...base, shareMode: '均分' })).toBe('报送社情民意每篇2分（联名的由作者均分）');
    expect(describeRule({ kind: 'proposal.filed', points: 5, shareMode: '第一作者全分其余按比例', shareRatio: 20 })).toBe('立案提案（全体提案人）每件5分（联名的第一作者计全分，其他作者按20%计）');
  });
});
