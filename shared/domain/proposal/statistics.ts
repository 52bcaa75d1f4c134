/**
 * 提案 statistics as the annual 提案工作报告 quotes them (domain.md, 提案 → Statistics).
 * Input is a plain array of facts the service reads from the database; nothing here queries.
 *
 * Definitions:
 * - 收到 (received): every proposal that was submitted: all statuses except 暂存 and 已作废.
 *   不予立案, 已并案 and proposals still in 预审/审查 are received.
 * - 立案: the fact's `filed` flag when given, otherwise a status reached only after 立案.
 *   立案率 = 立案 / 收到.
 * - 已答复: a 立案 proposal with the date of an answer the office accepted (答复审核通过).
 *   办复率 = 已答复 / 立案; 按期办复率 = answered on or before the due date / 立案.
 * - A/B/C share = the class's count / all answered.
 * - 满意率 = (满意 + 基本满意) / 征询意见表 returned; 满意 alone is reported as well.
 *   `feedback` is the latest returned result (the second round's after 不满意重办).
 * - Units: counted over 立案 proposals. 主办单位数 = distinct units that 主办 at least one;
 *   承办单位数 = distinct units with any role. Per unit, 主办 and 协办 are counted separately, and
 *   a unit appears at most once per proposal (as 主办 if listed both ways): a 会办 share never
 *   counts twice. The overall rates count proposals, not unit shares.
 *
 * Percentages: two decimals, rounded half up on exact integers: formatPercent(22, 92) = '23.91%',
 * formatPercent(92, 92) = '100.00%'. A rate with denominator 0 is undefined and shows as '—'
 * (not '0.00%', which would claim a measured rate); its `value` is null. The report paragraph
 * drops trailing zeros (办复率100%, 62.5%) and leaves out a sentence whose denominator is 0.
 */
import { formatChineseDate } from '../chineseDate';
import { compareDates } from '../workdays';
import {
  filedStatuses,
  isCollective,
  proposerKinds,
  replyClasses,
  type AssignMode,
  type FeedbackResult,
  type ProposalStatus,
  type ProposerKind,
  type ReplyClass,
  type UnitRole,
} from './status';

export interface UnitAssignmentFact {
  unit: string;
  role: UnitRole;
  /** This unit's own answer date (分办); defaults to the proposal's answeredDate. */
  answeredDate?: string | null;
}

export interface ProposalFact {
  id: string | number;
  kind: ProposerKind;
  category: string;
  /** 界别 of the 领衔 member, or the 界别/党派团体 that filed it. */
  sector?: string | null;
  /** 党派 of the 领衔 member (中国共产党, 民革 … 无党派), or the 党派 that filed it. */
  party?: string | null;
  status: ProposalStatus;
  /** 立案 flag; when absent it follows the status. */
  filed?: boolean;
  mode?: AssignMode | null;
  units?: readonly UnitAssignmentFact[];
  dueDate?: string | null;
  /** Date of the answer the office accepted; null until 答复审核通过. */
  answeredDate?: string | null;
  replyClass?: ReplyClass | null;
  /** Latest 征询意见 returned, null when the form has not come back. */
  feedback?: FeedbackResult | null;
  /** 重点提案. */
  key?: boolean;
  /** A 不予立案 proposal converted to 社情民意 or 委员来信. */
  convertedTo?: '社情民意' | '委员来信' | null;
}

export interface Rate {
  numerator: number;
  denominator: number;
  /** Percent with two decimals (23.91), null when the denominator is 0. */
  value: number | null;
  /** '23.91%', or '—' when the denominator is 0. */
  text: string;
}

export const NO_RATE = '—';

/** Percent in hundredths (basis points), rounded half up, exact for integers. */
function basisPoints(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator * 10000 + denominator) / (2 * denominator));
}

function assertCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what}应为非负整数：${n}`);
}

/** numerator / denominator as a percent with two decimals; '—' when the denominator is 0. */
export function formatPercent(numerator: number, denominator: number): string {
  return rate(numerator, denominator).text;
}

export function rate(numerator: number, denominator: number): Rate {
  assertCount(numerator, '分子');
  assertCount(denominator, '分母');
  if (denominator === 0) return { numerator, denominator, value: null, text: NO_RATE };
  const bp = basisPoints(numerator, denominator);
  return { numerator, denominator, value: bp / 100, text: `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}%` };
}

/** For prose, trailing zeros dropped: '100.00%' → '100%', '62.50%' → '62.5%', '23.91%' and '—' stay. */
export function percentInText(r: Rate): string {
  return r.text.replace(/(\.\d*?)0+%$/, '$1%').replace(/\.%$/, '%');
}

export function isReceived(f: ProposalFact): boolean {
  return f.status !== '暂存' && f.status !== '已作废';
}
export function isFiled(f: ProposalFact): boolean {
  return isReceived(f) && (f.filed ?? filedStatuses.includes(f.status));
}
export function isAnswered(f: ProposalFact): boolean {
  return isFiled(f) && !!f.answeredDate;
}
export function isOnTime(f: ProposalFact): boolean {
  return isAnswered(f) && !!f.dueDate && compareDates(f.answeredDate as string, f.dueDate) <= 0;
}

export interface FeedbackSummary {
  returned: number;
  满意: number;
  基本满意: number;
  不满意: number;
  /** (满意 + 基本满意) / returned. */
  satisfactionRate: Rate;
  /** 满意 / returned. */
  satisfiedRate: Rate;
}

export interface ProposalSummary {
  received: number;
  /** 集体提案 (党派团体, 界别, 专委会) received. */
  collective: number;
  /** 委员个人 and 委员联名 received. */
  individual: number;
  byKind: Record<ProposerKind, number>;
  filed: number;
  filingRate: Rate;
  /** 不予立案 received. */
  notFiled: number;
  convertedToOpinion: number;
  convertedToLetter: number;
  merged: number;
  /** Still in 预审 or 审查 (待预审, 退回修改, 待审查). */
  undecided: number;
  /** 重点提案 among the 立案 ones. */
  key: number;
  /** Distinct 主办 units of 立案 proposals. */
  mainUnits: number;
  /** Distinct units (主办 or 协办) of 立案 proposals. */
  units: number;
  answered: number;
  answerRate: Rate;
  onTime: number;
  onTimeRate: Rate;
  replyClasses: Record<ReplyClass, { count: number; share: Rate }>;
  feedback: FeedbackSummary;
}

/** Units of one proposal, at most once each (主办 wins over 协办). */
function unitShares(f: ProposalFact): Map<string, UnitAssignmentFact> {
  const shares = new Map<string, UnitAssignmentFact>();
  for (const a of f.units ?? []) {
    const name = a.unit.trim();
    if (!name) continue;
    const seen = shares.get(name);
    if (!seen || (seen.role === '协办' && a.role === '主办')) shares.set(name, { ...a, unit: name });
  }
  return shares;
}

export function feedbackSummary(facts: readonly ProposalFact[]): FeedbackSummary {
  const answered = facts.filter(isAnswered);
  const count = (r: FeedbackResult) => answered.filter((f) => f.feedback === r).length;
  const s = { 满意: count('满意'), 基本满意: count('基本满意'), 不满意: count('不满意') };
  const returned = s.满意 + s.基本满意 + s.不满意;
  return { returned, ...s, satisfactionRate: rate(s.满意 + s.基本满意, returned), satisfiedRate: rate(s.满意, returned) };
}

export function proposalSummary(facts: readonly ProposalFact[]): ProposalSummary {
  const received = facts.filter(isReceived);
  const filed = received.filter(isFiled);
  const answered = filed.filter(isAnswered);
  const byKind = Object.fromEntries(proposerKinds.map((k) => [k, received.filter((f) => f.kind === k).length])) as Record<ProposerKind, number>;
  const collective = received.filter((f) => isCollective(f.kind)).length;
  const notFiledFacts = received.filter((f) => !isFiled(f) && f.status === '不予立案');
  const mainUnits = new Set<string>();
  const allUnits = new Set<string>();
  for (const f of filed) {
    for (const share of unitShares(f).values()) {
      allUnits.add(share.unit);
      if (share.role === '主办') mainUnits.add(share.unit);
    }
  }
  const onTime = answered.filter(isOnTime).length;
  const classes = Object.fromEntries(
    replyClasses.map((c) => {
      const count = answered.filter((f) => f.replyClass === c).length;
      return [c, { count, share: rate(count, answered.length) }];
    }),
  ) as ProposalSummary['replyClasses'];
  return {
    received: received.length,
    collective,
    individual: received.length - collective,
    byKind,
    filed: filed.length,
    filingRate: rate(filed.length, received.length),
    notFiled: notFiledFacts.length,
    convertedToOpinion: notFiledFacts.filter((f) => f.convertedTo === '社情民意').length,
    convertedToLetter: notFiledFacts.filter((f) => f.convertedTo === '委员来信').length,
    merged: received.filter((f) => !isFiled(f) && f.status === '已并案').length,
    undecided: received.filter((f) => !isFiled(f) && (f.status === '待预审' || f.status === '退回修改' || f.status === '待审查')).length,
    key: filed.filter((f) => f.key).length,
    mainUnits: mainUnits.size,
    units: allUnits.size,
    answered: answered.length,
    answerRate: rate(answered.length, filed.length),
    onTime,
    onTimeRate: rate(onTime, filed.length),
    replyClasses: classes,
    feedback: feedbackSummary(facts),
  };
}

export type Dimension = 'kind' | 'proposerGroup' | 'category' | 'sector' | 'party';
export const dimensionLabels: Record<Dimension, string> = {
  kind: '提案者类型',
  proposerGroup: '集体/个人',
  category: '类别',
  sector: '界别',
  party: '党派',
};
/** The row key when a fact has no value for the dimension. */
export const UNSPECIFIED = '未填写';

export interface FilingRow {
  key: string;
  received: number;
  filed: number;
  /** 立案 / 收到 of this row. */
  filingRate: Rate;
  answered: number;
  /** 已答复 / 立案 of this row. */
  answerRate: Rate;
}

function keyOf(f: ProposalFact, dimension: Dimension): string {
  switch (dimension) {
    case 'kind':
      return f.kind;
    case 'proposerGroup':
      return isCollective(f.kind) ? '集体提案' : '委员个人（联名）提案';
    case 'category':
      return f.category?.trim() || UNSPECIFIED;
    case 'sector':
      return f.sector?.trim() || UNSPECIFIED;
    case 'party':
      return f.party?.trim() || UNSPECIFIED;
  }
}

/**
 * 立案数 and 立案率 (and 办复) split by a dimension. Keys listed in `order` come first, in that
 * order, and appear even with no proposal (rates '—'); other keys follow in order of first
 * appearance. For 'kind' and 'proposerGroup' the natural order is the default.
 */
export function filingBy(facts: readonly ProposalFact[], dimension: Dimension, order?: readonly string[]): FilingRow[] {
  const defaultOrder = dimension === 'kind' ? proposerKinds : dimension === 'proposerGroup' ? ['集体提案', '委员个人（联名）提案'] : [];
  const keys: string[] = [...(order ?? defaultOrder)];
  const groups = new Map<string, ProposalFact[]>(keys.map((k) => [k, []]));
  for (const f of facts) {
    if (!isReceived(f)) continue;
    const k = keyOf(f, dimension);
    if (!groups.has(k)) {
      groups.set(k, []);
      keys.push(k);
    }
    groups.get(k)!.push(f);
  }
  return keys.map((key) => {
    const list = groups.get(key)!;
    const filed = list.filter(isFiled).length;
    const answered = list.filter(isAnswered).length;
    return { key, received: list.length, filed, filingRate: rate(filed, list.length), answered, answerRate: rate(answered, filed) };
  });
}

export interface UnitRow {
  unit: string;
  /** 立案 proposals this unit 主办. */
  main: number;
  mainAnswered: number;
  mainOnTime: number;
  /** 立案 proposals this unit 协办 (会办/分办 shares), not counting those it also 主办. */
  co: number;
  coAnswered: number;
  total: number;
  answered: number;
  /** (mainAnswered + coAnswered) / (main + co). */
  answerRate: Rate;
  /** 按期 among its 主办 ones / main. */
  mainOnTimeRate: Rate;
  /** Reply classes of the proposals it 主办. */
  replyClasses: Record<ReplyClass, number>;
  /** 征询意见 returned for answered proposals it 主办, and 满意 + 基本满意 among them. */
  feedbackReturned: number;
  satisfied: number;
  /** satisfied / feedbackReturned. */
  satisfactionRate: Rate;
  /** A suggested 优秀承办单位 (isExcellentUnitCandidate); the office decides. */
  candidate: boolean;
}

/**
 * Suggested 优秀承办单位: it 主办 at least one proposal, answered every one of them on time
 * (按期办复率 100%) and every returned 征询意见 is 满意 or 基本满意 (满意率 100%, at least one returned).
 */
export function isExcellentUnitCandidate(row: Pick<UnitRow, 'main' | 'mainOnTime' | 'feedbackReturned' | 'satisfied'>): boolean {
  return row.main > 0 && row.mainOnTime === row.main && row.feedbackReturned > 0 && row.satisfied === row.feedbackReturned;
}

/**
 * Per 承办单位: 主办 and 协办 counted separately, each unit at most once per proposal. Sorted by
 * 主办 count, then total, then first appearance.
 */
export function unitStatistics(facts: readonly ProposalFact[]): UnitRow[] {
  const rows = new Map<string, UnitRow & { first: number }>();
  facts.filter(isFiled).forEach((f) => {
    for (const share of unitShares(f).values()) {
      let row = rows.get(share.unit);
      if (!row) {
        row = {
          unit: share.unit,
          main: 0,
          mainAnswered: 0,
          mainOnTime: 0,
          co: 0,
          coAnswered: 0,
          total: 0,
          answered: 0,
          answerRate: rate(0, 0),
          mainOnTimeRate: rate(0, 0),
          replyClasses: { A: 0, B: 0, C: 0 },
          feedbackReturned: 0,
          satisfied: 0,
          satisfactionRate: rate(0, 0),
          candidate: false,
          first: rows.size,
        };
        rows.set(share.unit, row);
      }
      const answeredDate = share.answeredDate ?? (isAnswered(f) ? f.answeredDate : null);
      if (share.role === '主办') {
        row.main += 1;
        if (answeredDate) {
          row.mainAnswered += 1;
          if (f.dueDate && compareDates(answeredDate, f.dueDate) <= 0) row.mainOnTime += 1;
          if (f.replyClass && isAnswered(f)) row.replyClasses[f.replyClass] += 1;
          if (f.feedback && isAnswered(f)) {
            row.feedbackReturned += 1;
            if (f.feedback !== '不满意') row.satisfied += 1;
          }
        }
      } else {
        row.co += 1;
        if (answeredDate) row.coAnswered += 1;
      }
    }
  });
  return [...rows.values()]
    .map(({ first, ...row }) => ({
      first,
      row: {
        ...row,
        total: row.main + row.co,
        answered: row.mainAnswered + row.coAnswered,
        answerRate: rate(row.mainAnswered + row.coAnswered, row.main + row.co),
        mainOnTimeRate: rate(row.mainOnTime, row.main),
        satisfactionRate: rate(row.satisfied, row.feedbackReturned),
        candidate: isExcellentUnitCandidate(row),
      },
    }))
    .sort((a, b) => b.row.main - a.row.main || b.row.total - a.row.total || a.first - b.first)
    .map((x) => x.row);
}

export interface ReportOptions {
  /** How the paragraph names the period: 本次会议 (default), 闭会期间, 今年以来 … */
  scope?: string;
  /** 截至 date for the answer figures (ISO). */
  asOf?: string | null;
  /** Category order for the 立案 breakdown (the 提案类别 dictionary order). */
  categoryOrder?: readonly string[];
}

function categoryLabel(category: string): string {
  return category.endsWith('类') ? category : `${category}类`;
}

/**
 * The statistics paragraph of the 提案工作报告, e.g. “本次会议共收到提案92件，其中集体提案25件、
 * 委员个人（联名）提案67件。经审查，立案92件，立案率100%。…办复率100%，其中A类22件，占23.91%；
 * B类68件，占73.91%；C类2件，占2.17%。…” Sentences whose figures do not exist yet are left out.
 */
export function reportParagraph(facts: readonly ProposalFact[], options: ReportOptions = {}): string {
  const scope = options.scope ?? '本次会议';
  const s = proposalSummary(facts);
  if (s.received === 0) return `${scope}尚未收到提案。`;
  const out: string[] = [];
  out.push(`${scope}共收到提案${s.received}件，其中集体提案${s.collective}件、委员个人（联名）提案${s.individual}件。`);

  const decision = [`经审查，立案${s.filed}件，立案率${percentInText(s.filingRate)}`];
  if (s.notFiled) {
    const conv = [
      s.convertedToOpinion ? `转为社情民意${s.convertedToOpinion}件` : '',
      s.convertedToLetter ? `转为委员来信${s.convertedToLetter}件` : '',
    ].filter(Boolean);
    decision.push(`不予立案${s.notFiled}件${conv.length ? `（其中${conv.join('、')}）` : ''}`);
  }
  if (s.merged) decision.push(`并案处理${s.merged}件`);
  if (s.undecided) decision.push(`尚在审查${s.undecided}件`);
  out.push(`${decision.join('；')}。`);
  if (s.filed === 0) return out.join('');

  const cats = filingBy(facts, 'category', options.categoryOrder).filter((r) => r.filed > 0);
  if (cats.length) out.push(`立案提案中，${cats.map((r) => `${categoryLabel(r.key)}${r.filed}件`).join('、')}。`);
  if (s.key) out.push(`确定重点提案${s.key}件。`);
  if (s.units) out.push(`立案提案交由${s.units}个承办单位办理，其中主办单位${s.mainUnits}个。`);

  const asOf = options.asOf ? `截至${formatChineseDate(options.asOf)}，` : '';
  if (s.answered === 0) {
    out.push(`${asOf}尚无办理答复。`);
    return out.join('');
  }
  const head = s.answered === s.filed ? `${asOf}立案提案已全部办复，办复率${percentInText(s.answerRate)}` : `${asOf}已办复${s.answered}件，办复率${percentInText(s.answerRate)}`;
  const classes = replyClasses
    .filter((c) => s.replyClasses[c].count > 0)
    .map((c) => `${c}类${s.replyClasses[c].count}件，占${percentInText(s.replyClasses[c].share)}`);
  out.push(`${head}${classes.length ? `，其中${classes.join('；')}` : ''}。`);
  out.push(`按期办复${s.onTime}件，按期办复率${percentInText(s.onTimeRate)}。`);

  const fb = s.feedback;
  if (fb.returned) {
    out.push(
      `收回征询意见表${fb.returned}份，其中满意${fb.满意}件、基本满意${fb.基本满意}件、不满意${fb.不满意}件，` +
        `满意率（含基本满意）${percentInText(fb.satisfactionRate)}，其中满意占${percentInText(fb.satisfiedRate)}。`,
    );
  }
  return out.join('');
}
