/**
 * 民主监督建议书 deadlines and the 台账 counts. Working days skip weekends and the office's holiday
 * table (workdays.ts); a period starts the day after the event, so the N-th working day after
 * 送达 is the last day for the unit's 整改反馈 (configurable, default 30 working days).
 *
 * - 整改反馈期限: 送达日期 + feedbackWorkdays working days, for every item of the letter.
 * - 重新整改 (评估 不满意): a new report within redoWorkdays working days after the 评估.
 * - 逾期 (overdue), per item:
 *   · no report yet (待反馈 / 重新整改) and today is after the item's deadline; or
 *   · reported 整改中 with a promised 完成时间 that has passed, and no report of completion since.
 *   On the last day itself an item is not overdue yet.
 */
import { addWorkdays, compareDates, daysBetween, type HolidayCalendar } from '../workdays';
import { DEFAULT_MAX_ROUNDS } from './machine';
import type { EvaluationResult, ItemState, ItemStatus, LetterStage, LetterStatus, Progress } from './status';

export interface SupervisionRules {
  /** 整改反馈 within this many working days after 送达. */
  feedbackWorkdays: number;
  /** After a 不满意 评估, a new report within this many working days. */
  redoWorkdays: number;
  /** 整改 rounds per item: after this many 不满意 the result stands. */
  maxRounds: number;
}

export const defaultSupervisionRules: SupervisionRules = { feedbackWorkdays: 30, redoWorkdays: 20, maxRounds: DEFAULT_MAX_ROUNDS };

export function supervisionRules(rules?: Partial<SupervisionRules>): SupervisionRules {
  const r = { ...defaultSupervisionRules, ...rules };
  const labels: Record<keyof SupervisionRules, string> = { feedbackWorkdays: '整改反馈期限（工作日）', redoWorkdays: '重新整改期限（工作日）', maxRounds: '整改轮次上限' };
  for (const key of Object.keys(labels) as (keyof SupervisionRules)[]) {
    const v = r[key];
    if (!Number.isInteger(v) || v < 1) throw new RangeError(`${labels[key]}应为正整数：${v}`);
  }
  return r;
}

/** Last day for the unit's 整改反馈: the feedbackWorkdays-th (default 30th) working day after 送达. */
export function feedbackDueDate(servedDate: string, calendar: HolidayCalendar, rules?: Partial<SupervisionRules>): string {
  return addWorkdays(servedDate, supervisionRules(rules).feedbackWorkdays, calendar);
}

/** Last day for a new report after a 不满意 评估: the redoWorkdays-th (default 20th) working day after it. */
export function redoDueDate(evaluationDate: string, calendar: HolidayCalendar, rules?: Partial<SupervisionRules>): string {
  return addWorkdays(evaluationDate, supervisionRules(rules).redoWorkdays, calendar);
}

/** What the 台账 needs to know about one item. */
export interface ItemFacts {
  status: ItemStatus;
  /** 整改进度 of the latest report, null before any. */
  progress: Progress | null;
  /** The current deadline for a report (送达 + N, or 评估 + N after 不满意); null before 送达. */
  feedbackDue: string | null;
  /** 完成时间 of the latest report: planned when 整改中, actual when 已完成. */
  completionDate: string | null;
  evaluation?: EvaluationResult | null;
}

const awaitingReport = (status: ItemStatus) => status === '待反馈' || status === '重新整改';

/** The 台账's 整改情况 of one item today (see the file comment for 逾期). */
export function itemState(item: ItemFacts, letterStatus: LetterStatus, today: string): ItemState {
  if (letterStatus !== '整改中' && letterStatus !== '已结项') return '未送达';
  if (awaitingReport(item.status)) {
    return item.feedbackDue && compareDates(today, item.feedbackDue) > 0 && letterStatus === '整改中' ? '逾期' : '待反馈';
  }
  if (item.progress === '已完成') return '已完成';
  if (letterStatus === '整改中' && item.completionDate && compareDates(today, item.completionDate) > 0) return '逾期';
  return '整改中';
}

/** The date an overdue item was due: its report deadline, or the promised 完成时间. */
export function overdueSince(item: ItemFacts, letterStatus: LetterStatus, today: string): string | null {
  if (itemState(item, letterStatus, today) !== '逾期') return null;
  return awaitingReport(item.status) ? item.feedbackDue : item.completionDate;
}

/** Calendar days past the due date (0 when not overdue). */
export function itemOverdueDays(item: ItemFacts, letterStatus: LetterStatus, today: string): number {
  const since = overdueSince(item, letterStatus, today);
  return since ? daysBetween(since, today) : 0;
}

export interface ItemCounts {
  total: number;
  /** 已完成 */
  done: number;
  /** 整改中 (reported, on time) */
  inProgress: number;
  /** 待反馈 (not reported, not yet due) */
  awaiting: number;
  /** 逾期 */
  overdue: number;
  /** items with an 评估 result, and the results */
  evaluated: number;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
}

/** The 台账 counts of one letter's items today. */
export function countItems(items: readonly ItemFacts[], letterStatus: LetterStatus, today: string): ItemCounts {
  const c: ItemCounts = { total: items.length, done: 0, inProgress: 0, awaiting: 0, overdue: 0, evaluated: 0, satisfied: 0, basicallySatisfied: 0, unsatisfied: 0 };
  for (const item of items) {
    const state = itemState(item, letterStatus, today);
    if (state === '已完成') c.done += 1;
    else if (state === '整改中') c.inProgress += 1;
    else if (state === '逾期') c.overdue += 1;
    else if (state === '待反馈') c.awaiting += 1;
    if (item.status === '已评估') {
      c.evaluated += 1;
      if (item.evaluation === '满意') c.satisfied += 1;
      else if (item.evaluation === '基本满意') c.basicallySatisfied += 1;
      else if (item.evaluation === '不满意') c.unsatisfied += 1;
    }
  }
  return c;
}

/**
 * The 台账 stage: the status, with 整改中 split into 整改中 (some item has no report or is in
 * 重新整改), 待评估 (all reported, some not evaluated), 待回头看 (all evaluated, no 回头看 yet) and
 * 待结项 (all evaluated and 回头看 done).
 */
export function letterStage(status: LetterStatus, items: readonly Pick<ItemFacts, 'status'>[], reviews: number): LetterStage {
  if (status !== '整改中') return status;
  if (items.some((i) => awaitingReport(i.status))) return '整改中';
  if (items.some((i) => i.status !== '已评估')) return '待评估';
  return reviews > 0 ? '待结项' : '待回头看';
}
