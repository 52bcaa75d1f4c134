/**
 * The 民主监督建议书 lifecycle as two data tables, in the same shape as the 提案 machine
 * (proposal/machine.ts): a transition table, per-action info, guards with Chinese refusals, and
 * availableActions / checkTransition / transition that only read the table.
 *
 * The letter (建议书):
 *   起草 ─提交审核→ 待审核 ─审核通过→ 待签发 ─签发→ 已签发 ─送达→ 整改中 ─结项→ 已结项
 *   待审核 / 待签发 ─退回修改→ 起草;  整改中 ─回头看→ 整改中;  整改中 ─催办→ 整改中 (needs an overdue item, reminders.ts);
 *   起草 / 待审核 / 待签发 ─作废→ 已作废 (a 签发 letter holds its number and is never voided).
 *   提交审核 needs a complete draft (title, 主送, at least one item with 问题 and 建议);
 *   结项 needs every item 已评估 and at least one 回头看.
 *   签发 assigns the 发文字号 (numbering.ts); 送达 starts the 整改 deadline (deadlines.ts).
 *
 * One item (问题 + 建议), while its letter is 整改中:
 *   待反馈 ─整改反馈→ 已反馈 ─评估(满意/基本满意)→ 已评估
 *   已反馈 ─评估(不满意)→ 重新整改 ─整改反馈→ 已反馈 (a new round with a new deadline; after
 *   maxRounds rounds a 不满意 is final: 已评估);
 *   已反馈 / 已评估 ─整改反馈→ itself (the unit reports progress again, e.g. 整改中 → 已完成);
 *   any item ─回头看→ itself (the group's finding is recorded).
 */
import { ApiError } from '../../contract/errors';
import { formatChineseDate } from '../chineseDate';
import { compareDates } from '../workdays';
import {
  evaluationResults,
  itemStatuses,
  letterStatuses,
  progressValues,
  reviewResults,
  type EvaluationResult,
  type ItemStatus,
  type LetterStatus,
  type Progress,
  type ReviewResult,
} from './status';

// ---------------------------------------------------------------------------------------------
// A small table-driven machine, instantiated twice below (letter and item).

/** Where a step leads: a status, the same status, or a branch on the 评估 result. */
export type Target<S extends string> = S | { same: true } | { byResult: Record<EvaluationResult, S> };

export interface Rule<S extends string, A extends string, G extends string> {
  from: S;
  action: A;
  to: Target<S>;
  guard?: G;
}

export interface ActionInfo<N extends string> {
  needs: readonly N[];
  description: string;
  /** Whether the action asks for confirmation in the UI (irreversible steps). */
  confirm?: boolean;
}

export interface AvailableAction<A extends string, N extends string> {
  action: A;
  needs: N[];
  description: string;
  confirm: boolean;
  /** False when a guard refuses it now; `reason` says why. */
  allowed: boolean;
  reason?: string;
}

export type Check<S extends string, A extends string> = { ok: true; from: S; action: A; to: S } | { ok: false; message: string; allowed: A[] };

interface MachineSpec<S extends string, A extends string, G extends string, N extends string, C, P> {
  what: string;
  statuses: readonly S[];
  actions: readonly A[];
  table: readonly Rule<S, A, G>[];
  info: Record<A, ActionInfo<N>>;
  guard: (guard: G, context: C) => string | undefined;
  payload: (action: A, payload: P, context: C) => string | undefined;
  resolve: (rule: Rule<S, A, G>, payload: P, context: C) => S;
}

function machine<S extends string, A extends string, G extends string, N extends string, C, P>(spec: MachineSpec<S, A, G, N, C, P>) {
  const rulesFrom = (status: S) => spec.table.filter((r) => r.from === status);
  const findRule = (status: S, action: A) => spec.table.find((r) => r.from === status && r.action === action);

  function availableActions(status: S, context: C): AvailableAction<A, N>[] {
    return rulesFrom(status).map((rule) => {
      const info = spec.info[rule.action];
      const refused = rule.guard ? spec.guard(rule.guard, context) : undefined;
      return { action: rule.action, needs: [...info.needs], description: info.description, confirm: !!info.confirm, allowed: !refused, ...(refused ? { reason: refused } : {}) };
    });
  }
  const allowedActions = (status: S, context: C) => availableActions(status, context).filter((a) => a.allowed).map((a) => a.action);

  function checkTransition(status: S, action: A, payload: P, context: C): Check<S, A> {
    if (!(spec.statuses as readonly string[]).includes(status)) return { ok: false, message: `未知的${spec.what}状态“${status}”。`, allowed: [] };
    const allowed = allowedActions(status, context);
    if (!(spec.actions as readonly string[]).includes(action)) return { ok: false, message: `未知的操作“${action}”。`, allowed };
    const rule = findRule(status, action);
    if (!rule) return { ok: false, message: refusedMessage(spec.what, status, action), allowed };
    if (rule.guard) {
      const refused = spec.guard(rule.guard, context);
      if (refused) return { ok: false, message: refused, allowed };
    }
    const missing = spec.payload(action, payload, context);
    if (missing) return { ok: false, message: missing, allowed };
    return { ok: true, from: status, action, to: spec.resolve(rule, payload, context) };
  }

  function transition(status: S, action: A, payload: P, context: C): S {
    const result = checkTransition(status, action, payload, context);
    if (!result.ok) throw new ApiError('TRANSITION', result.message);
    return result.to;
  }
  return { rulesFrom, findRule, availableActions, allowedActions, checkTransition, transition };
}

export function refusedMessage(what: string, status: string, action: string): string {
  return `${what}当前状态为“${status}”，不能执行“${action}”。`;
}

const same = { same: true } as const;
const isDate = (s: string | undefined | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);
const filled = (s: string | undefined | null) => !!s && !!s.trim();

// ---------------------------------------------------------------------------------------------
// The letter.

export const letterActions = ['提交审核', '审核通过', '退回修改', '签发', '送达', '催办', '回头看', '结项', '作废'] as const;
export type LetterAction = (typeof letterActions)[number];

export type LetterNeed = 'person' | 'date' | 'reason' | 'receiver';
export type LetterGuard = 'complete' | 'closable' | 'overdue';

export const letterActionInfo: Record<LetterAction, ActionInfo<LetterNeed> & { personLabel?: string; dateLabel?: string; reasonLabel?: string }> = {
  提交审核: { needs: [], description: '起草完成，提交审核' },
  审核通过: { needs: ['person', 'date'], personLabel: '审核人', dateLabel: '审核日期', description: '审核通过，送领导签发' },
  退回修改: { needs: ['reason'], reasonLabel: '退回意见', description: '退回起草人修改' },
  签发: { needs: ['person', 'date'], personLabel: '签发人', dateLabel: '成文日期', description: '签发并编发文字号（编号后不能更改、不能作废）', confirm: true },
  送达: { needs: ['date', 'receiver'], dateLabel: '送达日期', description: '送达被监督单位并抄送督查室，开始计算整改反馈期限', confirm: true },
  催办: { needs: ['person', 'date'], personLabel: '催办人', dateLabel: '催办日期', description: '对逾期的条目催办（电话、函件或现场），函件催办可打印催办函' },
  回头看: { needs: ['date'], dateLabel: '回头看日期', description: '监督小组回头看，记录各条落实情况' },
  结项: { needs: ['date'], dateLabel: '结项日期', description: '整改评估和回头看已完成，结项', confirm: true },
  作废: { needs: ['reason'], reasonLabel: '作废原因', description: '作废（记录保留；签发后不能作废）', confirm: true },
};

/** THE letter table. */
export const letterTransitionTable: readonly Rule<LetterStatus, LetterAction, LetterGuard>[] = [
  { from: '起草', action: '提交审核', to: '待审核', guard: 'complete' },
  { from: '待审核', action: '审核通过', to: '待签发' },
  { from: '待审核', action: '退回修改', to: '起草' },
  { from: '待签发', action: '签发', to: '已签发', guard: 'complete' },
  { from: '待签发', action: '退回修改', to: '起草' },
  { from: '已签发', action: '送达', to: '整改中' },
  { from: '整改中', action: '催办', to: same, guard: 'overdue' },
  { from: '整改中', action: '回头看', to: same },
  { from: '整改中', action: '结项', to: '已结项', guard: 'closable' },
  ...(['起草', '待审核', '待签发'] as const).map((from): Rule<LetterStatus, LetterAction, LetterGuard> => ({ from, action: '作废', to: '已作废' })),
];

export interface DraftItem {
  title?: string | null;
  problem?: string | null;
  suggestion?: string | null;
}

/** Facts about the letter that guards and date checks need. */
export interface LetterContext {
  title?: string | null;
  mainUnit?: string | null;
  items?: readonly DraftItem[];
  /** 成文日期 once 签发; 送达 cannot be earlier. */
  issueDate?: string | null;
  /** 送达日期 once 送达; 回头看 and 结项 cannot be earlier. */
  servedDate?: string | null;
  /** Item statuses (for 结项). */
  itemStatuses?: readonly ItemStatus[];
  /** Number of 回头看 records (for 结项). */
  reviews?: number;
  /** Items overdue on the day of the step (for 催办). */
  overdueItems?: number;
}

export interface LetterPayload {
  person?: string;
  date?: string;
  reason?: string;
  receiver?: string;
}

/**
 * Refusal for an incomplete draft: a title, a 主送 unit and at least one item, each with its
 * 事项标题, 存在问题 and 意见建议. Returns the Chinese message or undefined.
 */
export function checkDraft(context: Pick<LetterContext, 'title' | 'mainUnit' | 'items'>): string | undefined {
  if (!filled(context.title)) return '请填写建议书标题。';
  if (!filled(context.mainUnit)) return '请选择主送单位（被监督单位）。';
  const items = context.items ?? [];
  if (!items.length) return '建议书至少要有一条问题和建议。';
  for (const [i, item] of items.entries()) {
    const n = `第${i + 1}条`;
    if (!filled(item.title)) return `${n}缺少事项标题。`;
    if (!filled(item.problem)) return `${n}缺少存在问题。`;
    if (!filled(item.suggestion)) return `${n}缺少意见建议。`;
  }
  return undefined;
}

/** 结项 needs every item 已评估 and at least one 回头看. */
export function checkClosable(context: Pick<LetterContext, 'itemStatuses' | 'reviews'>): string | undefined {
  const statuses = context.itemStatuses ?? [];
  if (!statuses.length) return '建议书没有问题和建议条目，不能结项。';
  const open = statuses.map((s, i) => ({ s, n: i + 1 })).filter((x) => x.s !== '已评估');
  if (open.length) return `第${open.map((x) => x.n).join('、')}条尚未完成整改评估，不能结项。`;
  if (!context.reviews) return '结项前须至少开展一次“回头看”。';
  return undefined;
}

function letterPayloadProblem(action: LetterAction, payload: LetterPayload, context: LetterContext): string | undefined {
  const info = letterActionInfo[action];
  for (const need of info.needs) {
    if (need === 'person' && !filled(payload.person)) return `请填写${info.personLabel}。`;
    if (need === 'reason' && !filled(payload.reason)) return `请填写${info.reasonLabel}。`;
    if (need === 'receiver' && !filled(payload.receiver)) return '请填写签收人。';
    if (need === 'date' && !isDate(payload.date)) return `请填写${info.dateLabel}。`;
  }
  const notBefore = (earliest: string | null | undefined, what: string) =>
    earliest && payload.date && compareDates(payload.date, earliest) < 0 ? `${info.dateLabel}不能早于${what}（${formatChineseDate(earliest)}）。` : undefined;
  if (action === '送达') return notBefore(context.issueDate, '成文日期');
  if (action === '回头看' || action === '结项' || action === '催办') return notBefore(context.servedDate, '送达日期');
  return undefined;
}

const letterMachine = machine<LetterStatus, LetterAction, LetterGuard, LetterNeed, LetterContext, LetterPayload>({
  what: '建议书',
  statuses: letterStatuses,
  actions: letterActions,
  table: letterTransitionTable,
  info: letterActionInfo,
  guard: (guard, context) => (guard === 'complete' ? checkDraft(context) : guard === 'closable' ? checkClosable(context) : context.overdueItems ? undefined : '没有逾期的条目，无需催办。'),
  payload: letterPayloadProblem,
  resolve: (rule) => (typeof rule.to === 'string' ? rule.to : rule.from),
});

export const letterAvailableActions = (status: LetterStatus, context: LetterContext = {}) => letterMachine.availableActions(status, context);
export const letterAllowedActions = (status: LetterStatus, context: LetterContext = {}) => letterMachine.allowedActions(status, context);
export const checkLetterTransition = (status: LetterStatus, action: LetterAction, payload: LetterPayload = {}, context: LetterContext = {}) =>
  letterMachine.checkTransition(status, action, payload, context);
/** The letter's next status, or throws ApiError('TRANSITION') with the Chinese message. */
export const letterTransition = (status: LetterStatus, action: LetterAction, payload: LetterPayload = {}, context: LetterContext = {}) =>
  letterMachine.transition(status, action, payload, context);

export function isLetterAction(value: unknown): value is LetterAction {
  return typeof value === 'string' && (letterActions as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------------------------
// One item.

export const itemActions = ['整改反馈', '评估', '回头看'] as const;
export type ItemAction = (typeof itemActions)[number];
export type ItemNeed = 'date' | 'measures' | 'progress' | 'result' | 'reviewResult';
export type ItemGuard = 'letterOpen';

export const itemActionInfo: Record<ItemAction, ActionInfo<ItemNeed>> = {
  整改反馈: { needs: ['date', 'measures', 'progress'], description: '登记被监督单位的整改措施、进度和完成时间' },
  评估: { needs: ['date', 'result'], description: '评估整改情况：满意、基本满意或不满意（不满意则重新整改）' },
  回头看: { needs: ['reviewResult'], description: '登记回头看时该条的落实情况' },
};

/** How many 整改 rounds an item gets: after the second 不满意 the result stands (已评估). */
export const DEFAULT_MAX_ROUNDS = 2;

/** THE item table. */
export const itemTransitionTable: readonly Rule<ItemStatus, ItemAction, ItemGuard>[] = [
  { from: '待反馈', action: '整改反馈', to: '已反馈', guard: 'letterOpen' },
  { from: '重新整改', action: '整改反馈', to: '已反馈', guard: 'letterOpen' },
  { from: '已反馈', action: '整改反馈', to: same, guard: 'letterOpen' },
  { from: '已评估', action: '整改反馈', to: same, guard: 'letterOpen' },
  { from: '已反馈', action: '评估', to: { byResult: { 满意: '已评估', 基本满意: '已评估', 不满意: '重新整改' } }, guard: 'letterOpen' },
  ...itemStatuses.map((from): Rule<ItemStatus, ItemAction, ItemGuard> => ({ from, action: '回头看', to: same, guard: 'letterOpen' })),
];

export interface ItemContext {
  /** The letter's status: items move only while it is 整改中. */
  letterStatus?: LetterStatus;
  /** 送达日期: no 整改反馈 before it. */
  servedDate?: string | null;
  /** The latest 整改反馈 date: 评估 cannot be earlier. */
  lastFeedbackDate?: string | null;
  /** 整改轮次: 1, or 2 after a 不满意. */
  round?: number;
  maxRounds?: number;
}

export interface ItemPayload {
  date?: string;
  measures?: string;
  progress?: Progress;
  /** 完成时间: the actual date when 已完成 (required), the planned date when 整改中 (optional). */
  completionDate?: string | null;
  result?: EvaluationResult;
  reviewResult?: ReviewResult;
}

function itemPayloadProblem(action: ItemAction, payload: ItemPayload, context: ItemContext): string | undefined {
  for (const need of itemActionInfo[action].needs) {
    if (need === 'date' && !isDate(payload.date)) return action === '评估' ? '请填写评估日期。' : '请填写反馈日期。';
    if (need === 'measures' && !filled(payload.measures)) return '请填写整改措施。';
    if (need === 'progress' && !(progressValues as readonly string[]).includes(payload.progress ?? '')) return '请选择整改进度：整改中或已完成。';
    if (need === 'result' && !(evaluationResults as readonly string[]).includes(payload.result ?? '')) return '请选择评估结果：满意、基本满意或不满意。';
    if (need === 'reviewResult' && !(reviewResults as readonly string[]).includes(payload.reviewResult ?? '')) return '请选择落实情况：已落实、基本落实或未落实。';
  }
  if (action === '整改反馈') {
    const date = payload.date as string;
    if (context.servedDate && compareDates(date, context.servedDate) < 0) return `反馈日期不能早于送达日期（${formatChineseDate(context.servedDate)}）。`;
    const done = payload.completionDate;
    if (payload.progress === '已完成') {
      if (!isDate(done)) return '整改已完成的，请填写完成时间。';
      if (compareDates(done, date) > 0) return '整改已完成的，完成时间不能晚于反馈日期。';
    } else if (done) {
      if (!isDate(done)) return '完成时间应为日期。';
      if (compareDates(done, date) < 0) return '整改中的事项，计划完成时间不能早于反馈日期。';
    }
  }
  if (action === '评估' && context.lastFeedbackDate && compareDates(payload.date as string, context.lastFeedbackDate) < 0) {
    return `评估日期不能早于最近一次整改反馈（${formatChineseDate(context.lastFeedbackDate)}）。`;
  }
  return undefined;
}

function resolveItem(rule: Rule<ItemStatus, ItemAction, ItemGuard>, payload: ItemPayload, context: ItemContext): ItemStatus {
  const to = rule.to;
  if (typeof to === 'string') return to;
  if ('same' in to) return rule.from;
  const result = payload.result as EvaluationResult;
  if (result === '不满意' && (context.round ?? 1) >= (context.maxRounds ?? DEFAULT_MAX_ROUNDS)) return '已评估';
  return to.byResult[result];
}

const itemMachine = machine<ItemStatus, ItemAction, ItemGuard, ItemNeed, ItemContext, ItemPayload>({
  what: '该条',
  statuses: itemStatuses,
  actions: itemActions,
  table: itemTransitionTable,
  info: itemActionInfo,
  guard: (_guard, context) =>
    context.letterStatus === undefined || context.letterStatus === '整改中' ? undefined : `建议书状态为“${context.letterStatus}”，只有送达后、结项前才能登记整改反馈、评估和回头看。`,
  payload: itemPayloadProblem,
  resolve: resolveItem,
});

export const itemAvailableActions = (status: ItemStatus, context: ItemContext = {}) => itemMachine.availableActions(status, context);
export const itemAllowedActions = (status: ItemStatus, context: ItemContext = {}) => itemMachine.allowedActions(status, context);
export const checkItemTransition = (status: ItemStatus, action: ItemAction, payload: ItemPayload = {}, context: ItemContext = {}) =>
  itemMachine.checkTransition(status, action, payload, context);
/** The item's next status, or throws ApiError('TRANSITION') with the Chinese message. */
export const itemTransition = (status: ItemStatus, action: ItemAction, payload: ItemPayload = {}, context: ItemContext = {}) =>
  itemMachine.transition(status, action, payload, context);
