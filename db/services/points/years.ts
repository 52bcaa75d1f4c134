import { ApiError, type MethodParsedInput } from '../../../shared/contract';
import type { ClosureRecord } from '../../../shared/contract/points';
import { closeYear, yearPeriod } from '../../../shared/domain/points/compute';
import { describeRule, inForce, roundPoints } from '../../../shared/domain/points/rules';
import { pointsClosures } from '../../schema';
import { audit } from '../audit';
import type { ServiceContext } from '../context';
import { getRecord, voidRecord } from '../records';
import { activeRules, todayIso } from './common';
import { loadFacts } from './facts';

const what = '积分年度结账';
type ClosureRow = typeof pointsClosures.$inferSelect;

const toRecord = (r: ClosureRow): ClosureRecord => ({
  id: r.id,
  version: r.version,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  voidedAt: r.voidedAt,
  voidReason: r.voidReason,
  year: r.year,
  closedBy: r.closedBy,
  note: r.note,
  memberCount: r.memberCount,
  lineCount: r.lineCount,
  total: r.total,
});

function liveClosure(ctx: ServiceContext, year: number): ClosureRow | undefined {
  const hit = ctx.app.sqlite.prepare('select id from points_closures where year = ? and voided_at is null').get(year) as { id: number } | undefined;
  return hit ? getRecord<ClosureRow>(ctx, pointsClosures, hit.id, what) : undefined;
}

/** Years with any record or closure, and the current year, newest first, each with its closure. */
export function listYears(ctx: ServiceContext) {
  const years = new Set<number>([Number(todayIso().slice(0, 4))]);
  for (const r of ctx.app.sqlite.prepare("select distinct cast(substr(date, 1, 4) as integer) y from points_events where voided_at is null").all() as { y: number }[]) years.add(r.y);
  for (const r of ctx.app.sqlite.prepare('select distinct year y from points_closures').all() as { y: number }[]) years.add(r.y);
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => {
      const c = liveClosure(ctx, year);
      return { year, closure: c ? toRecord(c) : null };
    });
}

/**
 * 结账: computes the year once more and stores every line and the roster as it is today. From now
 * on the year's points, rankings and 通报 are read from this snapshot, whatever later happens to
 * rules or records. Only a year that has ended can be closed.
 */
export function closeYearService(ctx: ServiceContext, input: MethodParsedInput<'points.year.close'>): ClosureRecord {
  const today = input.today ?? todayIso();
  if (`${input.year}-12-31` >= today) throw new ApiError('TRANSITION', `${input.year}年度尚未结束（今天是${today}），年度结束后才能结账。`);
  if (liveClosure(ctx, input.year)) throw new ApiError('TRANSITION', `${input.year}年度已经结账。`);
  const rules = activeRules(ctx);
  const facts = loadFacts(ctx, `${input.year}-01-01`, `${input.year}-12-31`);
  const lines = closeYear(input.year, facts, rules);
  const period = yearPeriod(input.year);
  const inYear = rules.filter((r) => r.effectiveFrom <= period.to && (r.effectiveTo == null || r.effectiveTo >= period.from));
  const members = ctx.app.sqlite
    .prepare(
      `select m.id, m.term_id termId, m.name, m.sector_id sectorId, s.name sectorName, m.group_id groupId, g.name groupName, p.name partyName
       from members m join terms t on t.id = m.term_id left join sectors s on s.id = m.sector_id left join sector_groups g on g.id = m.group_id left join parties p on p.id = m.party_id
       where m.voided_at is null and t.voided_at is null and t.start_date <= ? and (t.end_date is null or t.end_date >= ?) and (m.status = '在任' or m.left_at >= ?)
       order by t.start_date, s.sort, m.id`,
    )
    .all(period.to, period.from, period.from) as { id: number; termId: number; name: string; sectorId: number | null; sectorName: string | null; groupId: number | null; groupName: string | null; partyName: string | null }[];
  const total = roundPoints(lines.reduce((s, l) => s + Math.round(l.points * 100), 0) / 100);
  const info = ctx.app.sqlite
    .prepare('insert into points_closures (year, closed_by, note, member_count, line_count, total, rules) values (?, ?, ?, ?, ?, ?, ?)')
    .run(input.year, ctx.actor, input.note, members.length, lines.length, total, JSON.stringify(inYear.map((r) => ({ ...r, description: describeRule(r), inForceAtEnd: inForce(r, period.to) }))));
  const closureId = Number(info.lastInsertRowid);
  const insertLine = ctx.app.sqlite.prepare(
    `insert into points_closure_lines (closure_id, member_id, kind, date, level, tag, source_table, source_id, label, rule_id, rule_key, rule_name, category, item, rule_points, points, capped, topped, share)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const l of lines)
    insertLine.run(closureId, l.memberId, l.kind, l.date, l.level ?? null, l.tag ?? null, l.sourceTable, l.sourceId, l.label, l.ruleId, l.ruleKey, l.ruleName, l.category, l.item, l.rulePoints, l.points, l.capped ? 1 : 0, l.topped ? 1 : 0, l.share);
  const insertMember = ctx.app.sqlite.prepare(
    'insert into points_closure_members (closure_id, member_id, term_id, name, sector_id, sector_name, group_id, group_name, party_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const m of members) insertMember.run(closureId, m.id, m.termId, m.name, m.sectorId, m.sectorName, m.groupId, m.groupName, m.partyName);
  const row = getRecord<ClosureRow>(ctx, pointsClosures, closureId, what);
  audit(ctx, { summary: `${input.year}年度积分结账（${members.length}名委员，${lines.length}条计分记录，合计${total}分）`, entity: what, entityId: closureId, after: toRecord(row) });
  return toRecord(row);
}

export function reopenYear(ctx: ServiceContext, input: MethodParsedInput<'points.year.reopen'>): ClosureRecord {
  const c = liveClosure(ctx, input.year);
  if (!c) throw new ApiError('TRANSITION', `${input.year}年度尚未结账。`);
  const row = voidRecord<ClosureRow>(ctx, pointsClosures, { id: c.id, version: c.version, reason: input.reason }, what, (r) => `${r.year}年度`);
  return toRecord(row);
}
