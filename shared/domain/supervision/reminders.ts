/**
 * 催办 of a 民主监督建议书's overdue items (逾期: no 整改反馈 by the deadline, or a promised
 * 完成时间 passed — deadlines.ts). The office reminds the unit by 电话, 函件 or 现场; a 函件 is a
 * 催办函 in 信函格式 (shared/docs/supervision/reminder.ts).
 *
 * - Only items overdue on the 催办 date can be reminded; the days overdue are working days
 *   (weekends and the office's holiday table skipped), counted as of that date and kept with the
 *   record so a reprint says the same.
 * - The unit is asked to report by a new date (要求反馈日期), by default the 10th working day after the 催办.
 * - A 函件 may take its own 发文字号 from the same 监 series as the 建议书 (numbering.ts): the
 *   机关代字 is the office's one register for 民主监督 documents, so the serial is shared and never
 *   reused; 电话/现场 催办 send no document and take no number.
 */
import { formatChineseDate } from '../chineseDate';
import { addWorkdays, compareDates, workdaysBetween, type HolidayCalendar } from '../workdays';
import { itemState, overdueSince, type ItemFacts } from './deadlines';
import type { LetterStatus } from './status';

export const reminderWays = ['电话', '函件', '现场'] as const;
export type ReminderWay = (typeof reminderWays)[number];

/** Why an item is overdue: no report by the deadline, or the promised 完成时间 has passed. */
export const overdueKinds = ['逾期未反馈', '逾期未完成'] as const;
export type OverdueKind = (typeof overdueKinds)[number];

/** Default 要求反馈日期: this many working days after the 催办. */
export const REMINDER_REPLY_WORKDAYS = 10;

export function reminderReplyBy(date: string, calendar: HolidayCalendar, workdays = REMINDER_REPLY_WORKDAYS): string {
  return addWorkdays(date, workdays, calendar);
}

export interface OverdueFact {
  /** The date the item was due: its report deadline or the promised 完成时间. */
  dueDate: string;
  kind: OverdueKind;
  /** Working days after dueDate up to and including `asOf`. */
  workdays: number;
}

/** How an item is overdue on `asOf` (null when it is not). */
export function overdueFact(item: ItemFacts, letterStatus: LetterStatus, asOf: string, calendar: HolidayCalendar): OverdueFact | null {
  const since = overdueSince(item, letterStatus, asOf);
  if (!since) return null;
  const kind: OverdueKind = item.status === '待反馈' || item.status === '重新整改' ? '逾期未反馈' : '逾期未完成';
  return { dueDate: since, kind, workdays: workdaysBetween(since, asOf, calendar) };
}

/** What the letter machine does not check (its 催办 step checks the status, 催办人 and the date against 送达). */
export interface ReminderRequest {
  letterStatus: LetterStatus;
  date: string;
  replyBy: string;
  way: ReminderWay;
  /** Give the 函件 a 发文字号. */
  numbered: boolean;
  items: readonly { seq: number; facts: ItemFacts }[];
}

/** Why a 催办 cannot be recorded (Chinese), or undefined. */
export function checkReminder(r: ReminderRequest): string | undefined {
  if (!r.items.length) return '请选择要催办的逾期条目。';
  if (compareDates(r.replyBy, r.date) <= 0) return '要求反馈日期应晚于催办日期。';
  if (r.numbered && r.way !== '函件') return '只有函件催办才编发文字号。';
  const notYet = r.items.filter((i) => itemState(i.facts, r.letterStatus, r.date) !== '逾期').map((i) => i.seq);
  if (notYet.length) return `第${notYet.join('、')}条在${formatChineseDate(r.date)}尚未逾期，不能催办。`;
  return undefined;
}
