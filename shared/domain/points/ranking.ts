/**
 * Rankings of members, 界别 and 活动组, and the 界别 scoring table (seed 002: one row per 界别,
 * one column per 考核项目, 合计 and 名次).
 *
 * Ties: standard competition ranking (1, 2, 2, 4) from shared/domain/ranking.ts — equal scores
 * share a rank printed 并列第2名, the next rank skips; within a tie the list is in pinyin order.
 * Scores compare at two decimals.
 *
 * - Members: by 总积分. Every member passed in is ranked, 0 points included.
 * - 界别 / 活动组: by 人均积分 (total ÷ members, two decimals) by default, because a 界别 of 20
 *   members would otherwise always beat one of 5; by 总积分 on request. A member without a 活动组
 *   counts under 未分组; empty groups (no members) are left out.
 */
import { rankWithTies } from '../ranking';
import { pointCategories, pointItems, type PointCategory } from './kinds';
import { emptyMemberPoints, type MemberPoints } from './compute';
import { fromCents, toCents } from './rules';

export interface RankMember {
  id: number;
  name: string;
  sectorId: number | null;
  sectorName: string | null;
  groupId: number | null;
  groupName: string | null;
  partyName?: string | null;
}

export interface MemberRankRow {
  rank: number;
  tied: boolean;
  member: RankMember;
  total: number;
  byCategory: Record<PointCategory, number>;
  byItem: Record<string, number>;
  /** Lines that scored (points ≠ 0). */
  items: number;
}

export function rankMembers(members: readonly RankMember[], totals: ReadonlyMap<number, MemberPoints>): MemberRankRow[] {
  const rows = members.map((member) => {
    const p = totals.get(member.id) ?? emptyMemberPoints(member.id);
    return { member, total: p.total, byCategory: p.byCategory, byItem: p.byItem, items: p.lines.filter((l) => l.points !== 0).length };
  });
  return rankWithTies(rows, [(r) => r.total], (r) => r.member.name).map(({ item, rank, tied }) => ({ ...item, rank, tied }));
}

export const groupDimensions = ['sector', 'group'] as const;
export type GroupDimension = (typeof groupDimensions)[number];
export const groupDimensionLabels: Record<GroupDimension, string> = { sector: '界别', group: '活动组' };
export const rankOrders = ['average', 'total'] as const;
export type RankOrder = (typeof rankOrders)[number];
export const rankOrderLabels: Record<RankOrder, string> = { average: '人均积分', total: '总积分' };

export const UNGROUPED = '未分组';

export interface GroupRankRow {
  rank: number;
  tied: boolean;
  id: number | null;
  name: string;
  members: number;
  total: number;
  average: number;
  byCategory: Record<PointCategory, number>;
  byItem: Record<string, number>;
}

function keyOf(m: RankMember, by: GroupDimension): { id: number | null; name: string } {
  return by === 'sector' ? { id: m.sectorId, name: m.sectorName ?? UNGROUPED } : { id: m.groupId, name: m.groupName ?? UNGROUPED };
}

/** Sums per 界别 or 活动组, in hundredths. */
function groupSums(members: readonly RankMember[], totals: ReadonlyMap<number, MemberPoints>, by: GroupDimension) {
  const groups = new Map<string, { id: number | null; name: string; members: number; total: number; cat: Record<string, number>; item: Record<string, number> }>();
  for (const m of members) {
    const k = keyOf(m, by);
    const key = `${k.id ?? ''}|${k.name}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ...k, members: 0, total: 0, cat: {}, item: {} }));
    g.members++;
    const p = totals.get(m.id);
    if (!p) continue;
    g.total += toCents(p.total);
    for (const [c, v] of Object.entries(p.byCategory)) g.cat[c] = (g.cat[c] ?? 0) + toCents(v);
    for (const [i, v] of Object.entries(p.byItem)) g.item[i] = (g.item[i] ?? 0) + toCents(v);
  }
  return [...groups.values()];
}

/** Average to two decimals, half up. */
const average = (totalCents: number, n: number) => (n === 0 ? 0 : Math.round(totalCents / n) / 100);

export function rankGroups(members: readonly RankMember[], totals: ReadonlyMap<number, MemberPoints>, by: GroupDimension, order: RankOrder = 'average'): GroupRankRow[] {
  const rows = groupSums(members, totals, by).map((g) => ({
    id: g.id,
    name: g.name,
    members: g.members,
    total: fromCents(g.total),
    average: average(g.total, g.members),
    byCategory: Object.fromEntries(pointCategories.map((c) => [c, fromCents(g.cat[c] ?? 0)])) as Record<PointCategory, number>,
    byItem: Object.fromEntries(Object.entries(g.item).map(([k, v]) => [k, fromCents(v)])),
  }));
  const keys = order === 'average' ? [(r: (typeof rows)[number]) => r.average, (r: (typeof rows)[number]) => r.total] : [(r: (typeof rows)[number]) => r.total];
  return rankWithTies(rows, keys, (r) => r.name).map(({ item, rank, tied }) => ({ ...item, rank, tied }));
}

export interface SectorTable {
  /** 考核项目 columns, in catalog order, only those with a rule (or points) in the period. */
  items: string[];
  rows: GroupRankRow[];
  /** Column sums. */
  totals: { members: number; total: number; byItem: Record<string, number> };
}

/**
 * The 界别 scoring table (界别工作考核表 in seed 002): 界别 × 考核项目 with 人数, 合计, 人均 and
 * 名次 — ranked by `order` like rankGroups. `items` are the columns to show (e.g. the items of the
 * rules in force); items with points are always shown.
 */
export function sectorTable(members: readonly RankMember[], totals: ReadonlyMap<number, MemberPoints>, options: { order?: RankOrder; by?: GroupDimension; items?: readonly string[] } = {}): SectorTable {
  const rows = rankGroups(members, totals, options.by ?? 'sector', options.order ?? 'average');
  const present = new Set<string>(options.items ?? []);
  for (const r of rows) for (const [k, v] of Object.entries(r.byItem)) if (v !== 0) present.add(k);
  const items = [...pointItems.filter((i) => present.has(i)), ...[...present].filter((i) => !pointItems.includes(i))];
  const byItem: Record<string, number> = {};
  for (const i of items) byItem[i] = fromCents(rows.reduce((s, r) => s + toCents(r.byItem[i] ?? 0), 0));
  return {
    items,
    rows,
    totals: { members: rows.reduce((s, r) => s + r.members, 0), total: fromCents(rows.reduce((s, r) => s + toCents(r.total), 0)), byItem },
  };
}
