import type { PointCategory, PointLevel } from '../../../shared/domain/points/kinds';
import type { LevelMode } from '../../../shared/domain/opinion/scoring';
import type { PointRule } from '../../../shared/domain/points/rules';
import type { RankMember } from '../../../shared/domain/points/ranking';
import type { ShareMode } from '../../../shared/domain/points/share';
import type { ServiceContext } from '../context';

/** Today's date on this PC (the office's calendar day), ISO. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type RuleRow = {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  voidedAt: string | null;
  voidReason: string | null;
  ruleKey: number;
  seq: number;
  name: string;
  category: string;
  kind: string;
  level: string | null;
  levelMode: string | null;
  tag: string | null;
  points: number;
  yearlyCap: number | null;
  shareMode: string | null;
  shareRatio: number | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  note: string;
  sort: number;
};

export const ruleColumns = `id, version, created_at createdAt, updated_at updatedAt, voided_at voidedAt, void_reason voidReason, rule_key ruleKey, seq, name, category, kind, level,
  level_mode levelMode, tag, points, yearly_cap yearlyCap, share_mode shareMode, share_ratio shareRatio, effective_from effectiveFrom, effective_to effectiveTo, note, sort`;

export function ruleRows(ctx: ServiceContext, includeVoided = false): RuleRow[] {
  return ctx.app.sqlite.prepare(`select ${ruleColumns} from points_rules ${includeVoided ? '' : 'where voided_at is null'} order by sort, rule_key, seq`).all() as RuleRow[];
}

export function toPointRule(r: RuleRow): PointRule {
  return {
    id: r.id,
    ruleKey: r.ruleKey,
    seq: r.seq,
    name: r.name,
    category: r.category as PointCategory,
    kind: r.kind as PointRule['kind'],
    level: r.level as PointLevel | null,
    levelMode: r.levelMode as LevelMode | null,
    tag: r.tag,
    points: r.points,
    yearlyCap: r.yearlyCap,
    shareMode: r.shareMode as ShareMode | null,
    shareRatio: r.shareRatio,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
  };
}

/** Rule versions in force (not voided), for computing. */
export function activeRules(ctx: ServiceContext): PointRule[] {
  return ruleRows(ctx).map(toPointRule);
}

/** Years closed (结账) and not reopened. */
export function closedYears(ctx: ServiceContext): Set<number> {
  return new Set((ctx.app.sqlite.prepare('select year from points_closures where voided_at is null').all() as { year: number }[]).map((r) => r.year));
}

export interface Term {
  id: number;
  name: string;
  startDate: string;
  endDate: string | null;
}

/** The 届 asked for, or the one in office on `date` (the latest started by then, else the first). */
export function termFor(ctx: ServiceContext, termId: number | undefined, date: string): Term | null {
  const cols = 'id, name, start_date startDate, end_date endDate';
  if (termId) return (ctx.app.sqlite.prepare(`select ${cols} from terms where id = ?`).get(termId) as Term | undefined) ?? null;
  return (
    (ctx.app.sqlite.prepare(`select ${cols} from terms where voided_at is null and start_date <= ? order by start_date desc limit 1`).get(date) as Term | undefined) ??
    (ctx.app.sqlite.prepare(`select ${cols} from terms where voided_at is null order by start_date limit 1`).get() as Term | undefined) ??
    null
  );
}

export type RosterMember = RankMember & { termId: number; phone: string };

/**
 * Members of a 届 who served during the period: not voided, and 在任 or left on or after its
 * first day (a member who left in June is still ranked for the year, with what they did).
 */
export function roster(ctx: ServiceContext, termId: number, from: string): RosterMember[] {
  return ctx.app.sqlite
    .prepare(
      `select m.id, m.name, m.term_id termId, m.phone, m.sector_id sectorId, s.name sectorName, m.group_id groupId, g.name groupName, p.name partyName
       from members m left join sectors s on s.id = m.sector_id left join sector_groups g on g.id = m.group_id left join parties p on p.id = m.party_id
       where m.term_id = ? and m.voided_at is null and (m.status = '在任' or m.left_at >= ?)
       order by s.sort, m.id`,
    )
    .all(termId, from) as RosterMember[];
}
