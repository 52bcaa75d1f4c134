import { ApiError, type MethodParsedInput } from '../../../shared/contract';
import type { ScoredLineRecord } from '../../../shared/contract/points';
import { emptyMemberPoints, memberTotals, periodLines, yearsOf, type Period, type ScoredLine } from '../../../shared/domain/points/compute';
import { factKinds, pointItems, type Fact, type FactKind, type PointCategory } from '../../../shared/domain/points/kinds';
import { rankMembers, sectorTable } from '../../../shared/domain/points/ranking';
import type { ServiceContext } from '../context';
import { activeRules, roster, termFor, type RosterMember } from './common';
import { loadFacts, missingModules } from './facts';

/** Closed years of the period: their snapshot lines and roster. */
function closedSnapshots(ctx: ServiceContext, years: readonly number[]) {
  const lines = new Map<number, ScoredLine[]>();
  const rosters = new Map<number, RosterMember[]>();
  for (const year of years) {
    const closure = ctx.app.sqlite.prepare('select id from points_closures where year = ? and voided_at is null').get(year) as { id: number } | undefined;
    if (!closure) continue;
    const rows = ctx.app.sqlite
      .prepare(
        `select member_id memberId, kind, date, level, tag, source_table sourceTable, source_id sourceId, label, rule_id ruleId, rule_key ruleKey, rule_name ruleName,
           category, item, rule_points rulePoints, points, capped, topped, share from points_closure_lines where closure_id = ? order by id`,
      )
      .all(closure.id) as (Omit<ScoredLine, 'capped' | 'topped'> & { capped: number; topped: number })[];
    lines.set(
      year,
      rows.map((r) => ({ ...r, capped: !!r.capped, topped: !!r.topped })),
    );
    rosters.set(
      year,
      ctx.app.sqlite
        .prepare(
          `select member_id id, term_id termId, name, '' phone, sector_id sectorId, sector_name sectorName, group_id groupId, group_name groupName, party_name partyName
           from points_closure_members where closure_id = ? order by rowid`,
        )
        .all(closure.id) as RosterMember[],
    );
  }
  return { lines, rosters };
}

export interface PeriodResult {
  period: Period;
  lines: ScoredLine[];
  unmatched: Fact[];
  closedYears: number[];
  closedRosters: Map<number, RosterMember[]>;
}

/** Every scored line of the period: open years computed now, closed years read from their snapshot. */
export function computePeriod(ctx: ServiceContext, period: Period): PeriodResult {
  const years = yearsOf(period);
  const { lines: closed, rosters } = closedSnapshots(ctx, years);
  const open = years.filter((y) => !closed.has(y));
  // Facts from 1 January of the first open year: earlier facts of that year use up yearly caps.
  const facts = open.length ? loadFacts(ctx, `${open[0]}-01-01`, period.to) : [];
  const result = periodLines(facts, open.length ? activeRules(ctx) : [], period, closed);
  return { period, ...result, closedYears: [...closed.keys()], closedRosters: rosters };
}

const closedYear = (r: PeriodResult) => (d: string) => r.closedYears.includes(Number(d.slice(0, 4)));

export function lineRecord(l: ScoredLine, closed: boolean): ScoredLineRecord {
  const info = factKinds[l.kind as FactKind];
  return {
    memberId: l.memberId,
    kind: l.kind,
    kindLabel: info?.label ?? l.kind,
    module: info?.module ?? '活动会议',
    date: l.date,
    level: l.level ?? null,
    tag: l.tag ?? null,
    sourceTable: l.sourceTable,
    sourceId: l.sourceId,
    label: l.label,
    ruleId: l.ruleId,
    ruleKey: l.ruleKey,
    ruleName: l.ruleName,
    category: l.category as PointCategory,
    item: l.item,
    rulePoints: l.rulePoints,
    points: l.points,
    capped: l.capped,
    topped: l.topped,
    share: l.share ?? null,
    closed,
  };
}

/**
 * The members ranked for a period: the 届's roster; when the whole period lies in one closed year,
 * the roster as it was when that year was closed (界别 and 活动组 then).
 */
function rankedMembers(ctx: ServiceContext, result: PeriodResult, termId: number | undefined) {
  const term = termFor(ctx, termId, result.period.to);
  if (termId && !term) throw new ApiError('NOT_FOUND', '届次不存在。');
  const years = yearsOf(result.period);
  const frozen = years.length === 1 ? result.closedRosters.get(years[0]) : undefined;
  const members = frozen ? frozen.filter((m) => !term || m.termId === term.id) : term ? roster(ctx, term.id, result.period.from) : [];
  return { term, members };
}

function periodInfo(result: PeriodResult, term: { id: number; name: string } | null, members: readonly { id: number }[]) {
  const ids = new Set(members.map((m) => m.id));
  return {
    from: result.period.from,
    to: result.period.to,
    termId: term?.id ?? null,
    termName: term?.name ?? null,
    closedYears: result.closedYears,
    unmatched: result.unmatched.filter((f) => ids.has(f.memberId)).length,
    missingModules,
  };
}

/** 考核项目 of the rules that count in the period (columns of the tables), plus any with points. */
function periodItems(ctx: ServiceContext, result: PeriodResult): string[] {
  const items = new Set<string>();
  for (const r of activeRules(ctx)) if (touchesRange(r.effectiveFrom, r.effectiveTo, result.period)) items.add(factKinds[r.kind].item);
  for (const l of result.lines) items.add(l.item);
  return [...pointItems.filter((i) => items.has(i)), ...[...items].filter((i) => !pointItems.includes(i))];
}

function touchesRange(from: string, to: string | null | undefined, p: Period) {
  return from <= p.to && (to == null || to >= p.from);
}

export function memberPoints(ctx: ServiceContext, input: MethodParsedInput<'points.member'>) {
  const member = ctx.app.sqlite
    .prepare(`select m.id, m.name, m.term_id termId, s.name sectorName, g.name groupName from members m left join sectors s on s.id = m.sector_id left join sector_groups g on g.id = m.group_id where m.id = ?`)
    .get(input.memberId) as { id: number; name: string; termId: number; sectorName: string | null; groupName: string | null } | undefined;
  if (!member) throw new ApiError('NOT_FOUND', '委员不存在。');
  const result = computePeriod(ctx, input);
  const { term, members } = rankedMembers(ctx, result, member.termId);
  const totals = memberTotals(result.lines);
  const mine = totals.get(member.id) ?? emptyMemberPoints(member.id);
  const ranked = rankMembers(members, totals);
  const me = ranked.find((r) => r.member.id === member.id);
  const isClosed = closedYear(result);
  return {
    ...periodInfo(result, term, members),
    memberId: member.id,
    name: member.name,
    sectorName: me?.member.sectorName ?? member.sectorName,
    groupName: me?.member.groupName ?? member.groupName,
    total: mine.total,
    byCategory: mine.byCategory,
    byItem: mine.byItem,
    rank: me?.rank ?? null,
    tied: me?.tied ?? false,
    of: ranked.length,
    lines: mine.lines.map((l) => lineRecord(l, isClosed(l.date))),
    unmatchedFacts: result.unmatched
      .filter((f) => f.memberId === member.id)
      .map((f) => ({ kind: f.kind, kindLabel: factKinds[f.kind].label, date: f.date, level: f.level ?? null, tag: f.tag ?? null, sourceTable: f.sourceTable, sourceId: f.sourceId, label: f.label })),
  };
}

export function memberRanking(ctx: ServiceContext, input: MethodParsedInput<'points.ranking.members'>) {
  const result = computePeriod(ctx, input);
  const { term, members } = rankedMembers(ctx, result, input.termId);
  const rows = rankMembers(members, memberTotals(result.lines)).map((r) => ({
    rank: r.rank,
    tied: r.tied,
    memberId: r.member.id,
    name: r.member.name,
    sectorId: r.member.sectorId,
    sectorName: r.member.sectorName,
    groupId: r.member.groupId,
    groupName: r.member.groupName,
    partyName: r.member.partyName ?? null,
    total: r.total,
    byCategory: r.byCategory,
    byItem: r.byItem,
    items: r.items,
  }));
  return { ...periodInfo(result, term, members), items: periodItems(ctx, result), rows };
}

export function groupRanking(ctx: ServiceContext, input: MethodParsedInput<'points.ranking.groups'>) {
  const result = computePeriod(ctx, input);
  const { term, members } = rankedMembers(ctx, result, input.termId);
  const totals = memberTotals(result.lines);
  const table = sectorTable(members, totals, { by: input.by, order: input.order, items: periodItems(ctx, result) });
  return { ...periodInfo(result, term, members), items: table.items, rows: table.rows, totals: table.totals };
}
