/**
 * 社情民意 statistics and rankings from flat facts (the service loads them; the formulas live here).
 *
 * Definitions (each event counts in the period its own date falls in):
 * - 收到 (received): reports 报送 in the period (not voided).
 * - 采用: reports with a 县级采用 dated in the period (审查 采用); 市/省/全国 采用 likewise per level.
 * - 不采用 / 留存: reports so decided, by the 审查 date.
 * - 印发: reports printed in an issue of 《社情民意》 whose 印发日期 is in the period.
 * - 报送上级: reports sent up at least once in the period (市/省/全国 counted per level: a report
 *   sent to 市 and 省 counts once in the total, once in each level).
 * - 批示: reports with at least one 批示 in the period (件数); 批示 by level counts every 批示
 *   (人次), so a report with a 县级 and a 市级 批示 is one 件 and one in each level.
 * - 转办 / 反馈: reports with a 转办 (反馈) dated in the period.
 * Groupings: a report counts once for each of its member authors, once for each 界别 and 党派
 * it is credited to (a 界别/党派团体 report itself, or its authors' 界别 and 党派; a 联名 report
 * by two members of one 界别 counts once for that 界别) and once for its 重点选题.
 */
import { rankWithTies } from '../ranking';
import { memberShare, reportPoints, type OpinionScoring } from './scoring';
import { opinionLevels, upperLevels, type OpinionAuthorKind, type OpinionLevel, type UpperLevel } from './status';

export interface Period {
  /** Inclusive ISO dates. */
  from: string;
  to: string;
}

export interface FactMember {
  id: number;
  name: string;
  sectorId: number | null;
  sectorName: string | null;
  partyId: number | null;
  partyName: string | null;
}

export interface ReportFact {
  id: number;
  authorKind: OpinionAuthorKind;
  submittedAt: string | null;
  /** 审查 decision date for 不采用 / 留存. */
  rejectedAt?: string | null;
  keptAt?: string | null;
  printedAt: string | null;
  topic: { id: number; title: string } | null;
  members: readonly FactMember[];
  /** The 界别 / 党派团体 that reported it (for those kinds). */
  sector: { id: number; name: string } | null;
  party: { id: number; name: string } | null;
  adoptions: readonly { level: OpinionLevel; date: string }[];
  instructions: readonly { level: OpinionLevel; date: string }[];
  sendUps: readonly { level: UpperLevel; date: string }[];
  transfers: readonly { date: string }[];
  feedbacks: readonly { date: string }[];
}

export interface OpinionTotals {
  received: number;
  adopted: number;
  rejected: number;
  kept: number;
  printed: number;
  sentUp: number;
  instructed: number;
  transferred: number;
  feedback: number;
  adoptedByLevel: Record<OpinionLevel, number>;
  sentUpByLevel: Record<UpperLevel, number>;
  /** 批示人次 per level. */
  instructionsByLevel: Record<OpinionLevel, number>;
  /** 批示件数 per level (reports with at least one 批示 of the level). */
  instructedByLevel: Record<OpinionLevel, number>;
  /** 采用率 = 采用 / 收到, percent with two decimals (0 when nothing received). */
  adoptionRate: number;
}

export const inPeriod = (date: string | null | undefined, p: Period) => !!date && date.slice(0, 10) >= p.from && date.slice(0, 10) <= p.to;

export const yearPeriod = (year: number): Period => ({ from: `${year}-01-01`, to: `${year}-12-31` });

export const quarterLabels = ['第一季度', '第二季度', '第三季度', '第四季度'] as const;

export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): Period {
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  const starts = ['01-01', '04-01', '07-01', '10-01'];
  return { from: `${year}-${starts[quarter - 1]}`, to: `${year}-${ends[quarter - 1]}` };
}

/** 1–4 for an ISO date. */
export function quarterOf(date: string): 1 | 2 | 3 | 4 {
  const month = Number(date.slice(5, 7));
  if (!(month >= 1 && month <= 12)) throw new RangeError(`日期格式不正确：${date}`);
  return Math.ceil(month / 3) as 1 | 2 | 3 | 4;
}

/** Percent with two decimals: 22/92 → 23.91. */
export function percent(part: number, whole: number): number {
  return whole ? Math.round((part / whole) * 10000) / 100 : 0;
}

const zeroLevels = <L extends string>(levels: readonly L[]) => Object.fromEntries(levels.map((l) => [l, 0])) as Record<L, number>;

export function computeTotals(facts: readonly ReportFact[], p: Period): OpinionTotals {
  const t: OpinionTotals = {
    received: 0,
    adopted: 0,
    rejected: 0,
    kept: 0,
    printed: 0,
    sentUp: 0,
    instructed: 0,
    transferred: 0,
    feedback: 0,
    adoptedByLevel: zeroLevels(opinionLevels),
    sentUpByLevel: zeroLevels(upperLevels),
    instructionsByLevel: zeroLevels(opinionLevels),
    instructedByLevel: zeroLevels(opinionLevels),
    adoptionRate: 0,
  };
  for (const f of facts) {
    if (inPeriod(f.submittedAt, p)) t.received++;
    if (inPeriod(f.rejectedAt, p)) t.rejected++;
    if (inPeriod(f.keptAt, p)) t.kept++;
    if (inPeriod(f.printedAt, p)) t.printed++;
    const adopted = new Set(f.adoptions.filter((a) => inPeriod(a.date, p)).map((a) => a.level));
    for (const l of adopted) t.adoptedByLevel[l]++;
    const sent = new Set(f.sendUps.filter((s) => inPeriod(s.date, p)).map((s) => s.level));
    if (sent.size) t.sentUp++;
    for (const l of sent) t.sentUpByLevel[l]++;
    const instructions = f.instructions.filter((i) => inPeriod(i.date, p));
    if (instructions.length) t.instructed++;
    for (const i of instructions) t.instructionsByLevel[i.level]++;
    for (const l of new Set(instructions.map((i) => i.level))) t.instructedByLevel[l]++;
    if (f.transfers.some((x) => inPeriod(x.date, p))) t.transferred++;
    if (f.feedbacks.some((x) => inPeriod(x.date, p))) t.feedback++;
  }
  t.adopted = t.adoptedByLevel.县;
  t.adoptionRate = percent(t.adopted, t.received);
  return t;
}

export type GroupBy = 'member' | 'sector' | 'party' | 'topic' | 'authorKind';
export const groupLabels: Record<GroupBy, string> = { member: '委员', sector: '界别', party: '党派团体', topic: '重点选题', authorKind: '报送者类型' };

export interface GroupKey {
  key: string;
  id: number | null;
  name: string;
}

/** The entities a report is credited to for a grouping (each once). */
export function creditsOf(f: ReportFact, by: GroupBy): GroupKey[] {
  const out = new Map<string, GroupKey>();
  const add = (id: number | null, name: string | null) => {
    if (id === null || !name) return;
    out.set(`${by}:${id}`, { key: `${by}:${id}`, id, name });
  };
  switch (by) {
    case 'member':
      for (const m of f.members) add(m.id, m.name);
      break;
    case 'sector':
      if (f.sector) add(f.sector.id, f.sector.name);
      for (const m of f.members) add(m.sectorId, m.sectorName);
      break;
    case 'party':
      if (f.party) add(f.party.id, f.party.name);
      for (const m of f.members) add(m.partyId, m.partyName);
      break;
    case 'topic':
      if (f.topic) add(f.topic.id, f.topic.title);
      break;
    case 'authorKind':
      out.set(`authorKind:${f.authorKind}`, { key: `authorKind:${f.authorKind}`, id: null, name: f.authorKind });
      break;
  }
  return [...out.values()];
}

export interface GroupTotals extends GroupKey {
  totals: OpinionTotals;
}

/** Totals per member / 界别 / 党派 / 选题 / 报送者类型, largest 收到 first (only groups with activity). */
export function groupTotals(facts: readonly ReportFact[], p: Period, by: GroupBy): GroupTotals[] {
  const groups = new Map<string, { key: GroupKey; facts: ReportFact[] }>();
  for (const f of facts) {
    for (const k of creditsOf(f, by)) {
      const g = groups.get(k.key) ?? { key: k, facts: [] };
      g.facts.push(f);
      groups.set(k.key, g);
    }
  }
  const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');
  return [...groups.values()]
    .map((g) => ({ ...g.key, totals: computeTotals(g.facts, p) }))
    .filter((g) => g.totals.received + g.totals.adopted + g.totals.printed + g.totals.sentUp + g.totals.instructed > 0)
    .sort((a, b) => b.totals.received - a.totals.received || b.totals.adopted - a.totals.adopted || collator.compare(a.name, b.name));
}

/** One row per quarter of the year. */
export function quarterTotals(facts: readonly ReportFact[], year: number): { quarter: 1 | 2 | 3 | 4; label: string; totals: OpinionTotals }[] {
  return ([1, 2, 3, 4] as const).map((q) => ({ quarter: q, label: quarterLabels[q - 1], totals: computeTotals(facts, quarterPeriod(year, q)) }));
}

export type RankBy = 'member' | 'sector' | 'party';

export interface RankingRow {
  key: string;
  id: number | null;
  name: string;
  /** For members: their 界别 and 党派 (for the printed list). */
  sectorName?: string | null;
  partyName?: string | null;
  rank: number;
  tied: boolean;
  received: number;
  adopted: number;
  /** Reports adopted above the county (市/省/全国). */
  adoptedAbove: number;
  instructed: number;
  points: number;
  submittedPoints: number;
  adoptionPoints: number;
  instructionPoints: number;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The ranking for a period: points from scoring.ts credited to each member (share per the
 * co-author rule) or each 界别 / 党派 (full points once per report), ranked with ties.
 * Entities with neither a report nor points in the period are left out.
 */
export function computeRanking(facts: readonly ReportFact[], p: Period, by: RankBy, rules: OpinionScoring): RankingRow[] {
  const rows = new Map<string, Omit<RankingRow, 'rank' | 'tied'>>();
  for (const f of facts) {
    const points = reportPoints(
      {
        submitted: inPeriod(f.submittedAt, p),
        adoptionLevels: f.adoptions.filter((a) => inPeriod(a.date, p)).map((a) => a.level),
        instructionLevels: f.instructions.filter((i) => inPeriod(i.date, p)).map((i) => i.level),
      },
      rules,
    );
    const received = inPeriod(f.submittedAt, p);
    const adoptedLevels = new Set(f.adoptions.filter((a) => inPeriod(a.date, p)).map((a) => a.level));
    const instructed = f.instructions.some((i) => inPeriod(i.date, p));
    if (!received && points.total === 0 && !adoptedLevels.size && !instructed) continue;
    const credits = creditsOf(f, by);
    const share = by === 'member' && credits.length ? memberShare(credits.length, rules) : 1;
    for (const c of credits) {
      const member = by === 'member' ? f.members.find((m) => m.id === c.id) : undefined;
      const row = rows.get(c.key) ?? {
        key: c.key,
        id: c.id,
        name: c.name,
        ...(member ? { sectorName: member.sectorName, partyName: member.partyName } : {}),
        received: 0,
        adopted: 0,
        adoptedAbove: 0,
        instructed: 0,
        points: 0,
        submittedPoints: 0,
        adoptionPoints: 0,
        instructionPoints: 0,
      };
      if (received) row.received++;
      if (adoptedLevels.has('县')) row.adopted++;
      if ([...adoptedLevels].some((l) => l !== '县')) row.adoptedAbove++;
      if (instructed) row.instructed++;
      row.submittedPoints += points.submitted * share;
      row.adoptionPoints += points.adoption * share;
      row.instructionPoints += points.instruction * share;
      row.points += points.total * share;
      rows.set(c.key, row);
    }
  }
  const list = [...rows.values()].map((r) => ({
    ...r,
    points: round2(r.points),
    submittedPoints: round2(r.submittedPoints),
    adoptionPoints: round2(r.adoptionPoints),
    instructionPoints: round2(r.instructionPoints),
  }));
  return rankWithTies(list, [(r) => r.points], (r) => r.name).map(({ item, rank, tied }) => ({ ...item, rank, tied }));
}
