/**
 * Points from facts and rules, for any period.
 *
 * - A fact scores under every rule version that matches it (kind, level, 细分类型) and is in force
 *   on the fact's date; so a rule change applies from its effective date and never before.
 * - The yearly cap is per rule (across its versions), per member, per calendar year. Facts use it
 *   up in date order (then by record), from 1 January, even when the period starts later: the
 *   points of 1 April–30 June are what those facts earned with the cap already used by January–March.
 *   The fact that crosses the cap gets the remainder; later ones get 0 and are marked 已达上限.
 *   The cap uses the version in force on the fact's date.
 * - 取最高 (rules of kinds with levels): within one calendar year, a record (e.g. one 社情民意)
 *   scored at several levels by 取最高 rules earns its highest level once — a later, higher level
 *   earns only the difference (补差: 县级2分, then 省级 10 − 2 = 8分), a lower one 0. This keeps
 *   periods additive (Q1 + Q2 = the half year). 累计 rules score every level in full.
 * - A closed year (结账) is never recomputed: its lines come from the snapshot taken when it was
 *   closed (closeYear), whatever happened to rules or records afterwards.
 * - 联名 records: a rule's share mode (各计全分 / 均分 / 第一作者全分其余按比例, share.ts) gives
 *   each author their share first; the yearly cap and 取最高 then work on that share.
 * Sums are kept in hundredths, so 0.1 + 0.2 is 0.3.
 */
import { compareFacts, factKinds, pointCategories, type Fact, type PointCategory } from './kinds';
import { fromCents, ruleMatches, toCents, yearOf, type PointRule } from './rules';
import { shareCents, shareNote } from './share';

export interface Period {
  /** Inclusive ISO dates. */
  from: string;
  to: string;
}

export const yearPeriod = (year: number): Period => ({ from: `${year}-01-01`, to: `${year}-12-31` });

export function periodProblem(p: Period): string | undefined {
  if (p.to < p.from) return '统计截止日期不能早于开始日期。';
  return undefined;
}

/** Calendar years the period touches. */
export function yearsOf(p: Period): number[] {
  const out: number[] = [];
  for (let y = yearOf(p.from); y <= yearOf(p.to); y++) out.push(y);
  return out;
}

export const inPeriod = (date: string, p: Period) => date >= p.from && date <= p.to;

/** One fact scored under one rule: the record behind a point. */
export interface ScoredLine extends Fact {
  ruleId: number;
  ruleKey: number;
  ruleName: string;
  category: PointCategory;
  /** 考核项目 (from the fact kind). */
  item: string;
  /** The rule's points per item. */
  rulePoints: number;
  /** Points awarded after the yearly cap. */
  points: number;
  /** The yearly cap cut this line (partly or to 0). */
  capped: boolean;
  /** 取最高: a lower level of the same record already scored; this line earns the difference (or 0). */
  topped: boolean;
  /** A 联名 record's share under the rule (“3人联名，均分”); null for a record with one author. */
  share: string | null;
}

export interface ScoreResult {
  lines: ScoredLine[];
  /** Facts in the period no rule counts (shown as 不计分). */
  unmatched: Fact[];
}

/**
 * Scores the facts dated in the period. Pass every fact from 1 January of the period's first year
 * (earlier ones are ignored; facts between 1 January and the period's start only use up caps).
 */
export function scoreFacts(facts: readonly Fact[], rules: readonly PointRule[], period: Period): ScoreResult {
  const start = `${period.from.slice(0, 4)}-01-01`;
  const sorted = facts.filter((f) => f.date >= start && f.date <= period.to).sort(compareFacts);
  const byKind = new Map<string, PointRule[]>();
  for (const r of rules) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r]);
  const used = new Map<string, number>();
  const highest = new Map<string, number>();
  const lines: ScoredLine[] = [];
  const unmatched: Fact[] = [];
  for (const fact of sorted) {
    const matching = (byKind.get(fact.kind) ?? []).filter((r) => ruleMatches(r, fact)).sort((a, b) => a.ruleKey - b.ruleKey || a.seq - b.seq);
    const counted = inPeriod(fact.date, period);
    if (matching.length === 0) {
      if (counted) unmatched.push(fact);
      continue;
    }
    for (const rule of matching) {
      const authors = fact.authors ?? 1;
      const index = fact.authorIndex ?? 0;
      const per = shareCents(toCents(rule.points), rule.shareMode, rule.shareRatio, index, authors);
      let award = per;
      let capped = false;
      let topped = false;
      if (rule.levelMode === '取最高' && per > 0) {
        const key = `${fact.memberId}|${fact.kind}|${fact.sourceTable}|${fact.sourceId}|${yearOf(fact.date)}`;
        const given = highest.get(key) ?? 0;
        award = Math.max(0, per - given);
        topped = given > 0;
        highest.set(key, given + award);
      }
      if (rule.yearlyCap != null) {
        const key = `${rule.ruleKey}|${fact.memberId}|${yearOf(fact.date)}`;
        const already = used.get(key) ?? 0;
        const room = Math.max(0, toCents(rule.yearlyCap) - already);
        if (Math.abs(award) > room) {
          award = Math.sign(award) * room;
          capped = true;
        }
        used.set(key, already + Math.abs(award));
      }
      if (!counted) continue;
      lines.push({
        ...fact,
        ruleId: rule.id,
        ruleKey: rule.ruleKey,
        ruleName: rule.name,
        category: rule.category,
        item: factKinds[fact.kind].item,
        rulePoints: rule.points,
        points: fromCents(award),
        capped,
        topped,
        share: shareNote(rule.shareMode, rule.shareRatio, index, authors),
      });
    }
  }
  return { lines, unmatched };
}

/**
 * The lines of a period with closed years taken from their snapshots: open years are computed
 * from facts and the current rules, closed years are read back exactly as they were closed.
 */
export function periodLines(facts: readonly Fact[], rules: readonly PointRule[], period: Period, closed: ReadonlyMap<number, readonly ScoredLine[]>): ScoreResult {
  const live = scoreFacts(facts, rules, period);
  const isClosed = (date: string) => closed.has(yearOf(date));
  const lines = live.lines.filter((l) => !isClosed(l.date));
  for (const y of yearsOf(period)) {
    const snapshot = closed.get(y);
    if (snapshot) lines.push(...snapshot.filter((l) => inPeriod(l.date, period)));
  }
  lines.sort((a, b) => compareFacts(a, b) || a.ruleKey - b.ruleKey);
  return { lines, unmatched: live.unmatched.filter((f) => !isClosed(f.date)) };
}

/** 结账: the year's lines as they stand now; stored, they are the year's points for ever. */
export function closeYear(year: number, facts: readonly Fact[], rules: readonly PointRule[]): ScoredLine[] {
  return scoreFacts(facts, rules, yearPeriod(year)).lines;
}

export interface MemberPoints {
  memberId: number;
  total: number;
  byCategory: Record<PointCategory, number>;
  byItem: Record<string, number>;
  /** Lines behind the points (including 0-point capped ones). */
  lines: ScoredLine[];
}

const emptyCategories = (): Record<PointCategory, number> => Object.fromEntries(pointCategories.map((c) => [c, 0])) as Record<PointCategory, number>;

/** Lines summed per member. Members without lines are absent (the caller adds them with 0). */
export function memberTotals(lines: readonly ScoredLine[]): Map<number, MemberPoints> {
  const cents = new Map<number, { total: number; cat: Record<string, number>; item: Record<string, number>; lines: ScoredLine[] }>();
  for (const l of lines) {
    let m = cents.get(l.memberId);
    if (!m) cents.set(l.memberId, (m = { total: 0, cat: {}, item: {}, lines: [] }));
    const c = toCents(l.points);
    m.total += c;
    m.cat[l.category] = (m.cat[l.category] ?? 0) + c;
    m.item[l.item] = (m.item[l.item] ?? 0) + c;
    m.lines.push(l);
  }
  const out = new Map<number, MemberPoints>();
  for (const [memberId, m] of cents) {
    const byCategory = emptyCategories();
    for (const [k, v] of Object.entries(m.cat)) byCategory[k as PointCategory] = fromCents(v);
    out.set(memberId, {
      memberId,
      total: fromCents(m.total),
      byCategory,
      byItem: Object.fromEntries(Object.entries(m.item).map(([k, v]) => [k, fromCents(v)])),
      lines: m.lines,
    });
  }
  return out;
}

export function emptyMemberPoints(memberId: number): MemberPoints {
  return { memberId, total: 0, byCategory: emptyCategories(), byItem: {}, lines: [] };
}
