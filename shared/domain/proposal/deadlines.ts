/**
 * 提案 deadlines. All periods start the day after the event (交办日, 答复日) and a month period that
 * ends on a day off ends on the next working day (workdays.dueDate); the rules are configurable
 * (office settings) with the defaults below.
 *
 * - 办理期限: 交办日 + 3 months; 延期 may push it to at most 交办日 + 6 months in total.
 * - 会办: 协办 units send their opinion to the 主办 within 1 month of 交办.
 * - 签收 / 申退: within 5 working days after 交办 (the 5th working day is the last day).
 * - 重新办理 (答复退回 or 不满意): a new answer within 1 month (domain.md is silent; this is the
 *   usual provincial rule, configurable).
 * - 回头看 for B-class answers: the date the answer promises (列入计划的完成时间) when given,
 *   otherwise 6 months after the answer.
 */
import { ApiError } from '../../contract/errors';
import { formatChineseDate } from '../chineseDate';
import { addWorkdays, compareDates, daysBetween, dueDate, type HolidayCalendar } from '../workdays';
import { isAwaitingReply, type ProposalStatus, type ReplyClass } from './status';

export interface DeadlineRules {
  /** 办理期限 in months after 交办. */
  replyMonths: number;
  /** The longest 办理期限 with 延期, in months after 交办. */
  maxReplyMonths: number;
  /** 会办 units' opinion to the 主办, months after 交办. */
  coHandlerMonths: number;
  /** 签收 or 申退 within this many working days after 交办. */
  signWorkdays: number;
  /** A 重新办理 answer within this many months of the return. */
  redoMonths: number;
  /** B-class 回头看, months after the answer when it names no date. */
  followUpMonths: number;
}

export const defaultDeadlineRules: DeadlineRules = {
  replyMonths: 3,
  maxReplyMonths: 6,
  coHandlerMonths: 1,
  signWorkdays: 5,
  redoMonths: 1,
  followUpMonths: 6,
};

function rulesWith(rules?: Partial<DeadlineRules>): DeadlineRules {
  const r = { ...defaultDeadlineRules, ...rules };
  for (const [key, value] of Object.entries(r)) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`期限设置“${key}”应为正整数：${value}`);
  }
  if (r.maxReplyMonths < r.replyMonths) throw new RangeError('延期后的最长办理期限不能短于办理期限。');
  return r;
}

/** 办理期限: 交办日 + replyMonths (default 3), rolled to a working day. */
export function replyDueDate(assignDate: string, calendar: HolidayCalendar, rules?: Partial<DeadlineRules>): string {
  return dueDate(assignDate, rulesWith(rules).replyMonths, calendar);
}

/** The latest 办理期限 any 延期 may reach: 交办日 + maxReplyMonths (default 6), rolled to a working day. */
export function maxReplyDueDate(assignDate: string, calendar: HolidayCalendar, rules?: Partial<DeadlineRules>): string {
  return dueDate(assignDate, rulesWith(rules).maxReplyMonths, calendar);
}

/** 会办 units' opinion to the 主办: 交办日 + coHandlerMonths (default 1), rolled to a working day. */
export function coHandlerDueDate(assignDate: string, calendar: HolidayCalendar, rules?: Partial<DeadlineRules>): string {
  return dueDate(assignDate, rulesWith(rules).coHandlerMonths, calendar);
}

/** Last day to 签收 or 申退: the signWorkdays-th (default 5th) working day after 交办. */
export function signDeadline(assignDate: string, calendar: HolidayCalendar, rules?: Partial<DeadlineRules>): string {
  return addWorkdays(assignDate, rulesWith(rules).signWorkdays, calendar);
}

/** A 重新办理 answer is due redoMonths (default 1) after the return (答复退回 or 不满意). */
export function redoDueDate(returnDate: string, calendar: HolidayCalendar, rules?: Partial<DeadlineRules>): string {
  return dueDate(returnDate, rulesWith(rules).redoMonths, calendar);
}

export type ExtensionCheck = { ok: true; dueDate: string } | { ok: false; message: string };

/**
 * 延期: the new due date must be later than the current one and not later than the longest
 * allowed (交办日 + 6 months, rolled to a working day). A new date on a day off is moved to the
 * next working day first (and must still fit).
 */
export function checkExtension(
  assignDate: string,
  currentDue: string,
  requestedDue: string,
  calendar: HolidayCalendar,
  rules?: Partial<DeadlineRules>,
): ExtensionCheck {
  const r = rulesWith(rules);
  const limit = maxReplyDueDate(assignDate, calendar, r);
  const wanted = dueDate(requestedDue, 0, calendar);
  if (compareDates(wanted, currentDue) <= 0) {
    return { ok: false, message: `延期后的办理期限应晚于当前期限（${formatChineseDate(currentDue)}）。` };
  }
  if (compareDates(wanted, limit) > 0) {
    return {
      ok: false,
      message: `办理期限自交办之日起最长${r.maxReplyMonths}个月，最迟只能延至${formatChineseDate(limit)}（交办日期${formatChineseDate(assignDate)}）。`,
    };
  }
  return { ok: true, dueDate: wanted };
}

/** checkExtension that throws ApiError('VALIDATION') with the Chinese message. */
export function extendDueDate(
  assignDate: string,
  currentDue: string,
  requestedDue: string,
  calendar: HolidayCalendar,
  rules?: Partial<DeadlineRules>,
): string {
  const r = checkExtension(assignDate, currentDue, requestedDue, calendar, rules);
  if (!r.ok) throw new ApiError('VALIDATION', r.message);
  return r.dueDate;
}

/** 延期 expressed as a total number of months after 交办 (e.g. 4, 5 or 6). */
export function extensionByMonths(
  assignDate: string,
  currentDue: string,
  totalMonths: number,
  calendar: HolidayCalendar,
  rules?: Partial<DeadlineRules>,
): ExtensionCheck {
  const r = rulesWith(rules);
  if (!Number.isInteger(totalMonths) || totalMonths < 1) return { ok: false, message: '延期月数应为正整数。' };
  if (totalMonths > r.maxReplyMonths) {
    return { ok: false, message: `办理期限自交办之日起最长${r.maxReplyMonths}个月，不能延至${totalMonths}个月。` };
  }
  return checkExtension(assignDate, currentDue, dueDate(assignDate, totalMonths, calendar), calendar, r);
}

/** What isOverdue needs to know. */
export interface DeadlineFacts {
  status: ProposalStatus;
  /** The current 办理期限 (after any 延期 or 重新办理), or null before 交办. */
  dueDate: string | null | undefined;
}

/**
 * Overdue (催办 applies): still waiting for the unit's answer (已交办, 已签收, 答复退回,
 * 不满意重办) and today is after the due date. On the due date itself it is not overdue yet.
 * An answer waiting for the office's 审核 (已答复) or a 申退 waiting for the office is not the
 * unit's delay and is not overdue.
 */
export function isOverdue(proposal: DeadlineFacts, today: string): boolean {
  if (!proposal.dueDate || !isAwaitingReply(proposal.status)) return false;
  return compareDates(today, proposal.dueDate) > 0;
}

/** Calendar days past the due date (0 when not overdue). */
export function overdueDays(proposal: DeadlineFacts, today: string): number {
  return isOverdue(proposal, today) ? daysBetween(proposal.dueDate as string, today) : 0;
}

/** Calendar days left until the due date (0 on the day, negative when overdue); null without a due date. */
export function daysLeft(proposal: Pick<DeadlineFacts, 'dueDate'>, today: string): number | null {
  return proposal.dueDate ? daysBetween(today, proposal.dueDate) : null;
}

/** 签收 overdue: still 已交办 (neither 签收 nor 申退) after the signing window. */
export function isSignOverdue(
  proposal: { status: ProposalStatus; assignDate: string | null | undefined },
  today: string,
  calendar: HolidayCalendar,
  rules?: Partial<DeadlineRules>,
): boolean {
  if (proposal.status !== '已交办' || !proposal.assignDate) return false;
  return compareDates(today, signDeadline(proposal.assignDate, calendar, rules)) > 0;
}

/** 按期: answered on or before the due date. null while not answered or without a due date. */
export function isAnsweredOnTime(proposal: { dueDate?: string | null; answeredDate?: string | null }): boolean | null {
  if (!proposal.answeredDate || !proposal.dueDate) return null;
  return compareDates(proposal.answeredDate, proposal.dueDate) <= 0;
}

/**
 * 回头看 date for a B-class answer (正在解决或列入计划): the completion date the answer promises
 * when there is one and it is after the answer (rolled to a working day), otherwise answer date + followUpMonths (default 6).
 * null for A and C answers.
 */
export function followUpDate(
  answer: { replyClass: ReplyClass | null | undefined; answeredDate: string; plannedDate?: string | null },
  calendar: HolidayCalendar,
  rules?: Partial<DeadlineRules>,
): string | null {
  if (answer.replyClass !== 'B') return null;
  if (answer.plannedDate && compareDates(answer.plannedDate, answer.answeredDate) > 0) return dueDate(answer.plannedDate, 0, calendar);
  return dueDate(answer.answeredDate, rulesWith(rules).followUpMonths, calendar);
}
