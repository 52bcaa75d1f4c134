/**
 * Working days (工作日) and month-based periods on ISO dates ('YYYY-MM-DD'), computed in UTC.
 *
 * The holiday table is data the office edits (节假日 in 基础数据), one row per date:
 * - 放假: a day off, normally a weekday (listing a weekend day as 放假 is harmless);
 * - 调休上班: a make-up working day on a weekend.
 * Any other Monday–Friday is a working day; any other Saturday/Sunday is not.
 *
 * Period rules follow 民法典 第二百零一条至第二百零三条, which is how the office already counts:
 * - the start day is not counted (a period starts the next day): addWorkdays(d, 5) is the 5th
 *   working day after d, and addMonths(d, 3) is the corresponding day three months later;
 * - a month period ends on the corresponding day of the last month, or on that month's last day
 *   when there is no corresponding day (2026-11-30 + 3 months = 2027-02-28);
 * - when the last day of a period falls on a day off, the period ends on the next working day
 *   (dueDate rolls forward, never back: a deadline is never shortened by a holiday).
 */
import { parseIsoDate } from './chineseDate';

export type HolidayKind = '放假' | '调休上班';

export interface HolidayEntry {
  date: string;
  kind: HolidayKind;
  /** e.g. 国庆节, 春节调休; informative only. */
  name?: string;
}

/** The office's holiday table; order does not matter. */
export type HolidayCalendar = readonly HolidayEntry[];

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) for an ISO date; throws a Chinese RangeError on a bad date. */
export function toDayNumber(isoDate: string): number {
  const cached = dayNumbers.get(isoDate);
  if (cached !== undefined) return cached;
  const { year, month, day } = parseIsoDate(isoDate);
  const n = Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
  // Statistics compare the same few hundred dates thousands of times; only valid dates are remembered.
  if (dayNumbers.size >= 20_000) dayNumbers.clear();
  dayNumbers.set(isoDate, n);
  return n;
}
const dayNumbers = new Map<string, number>();

/** The ISO date of a day number (inverse of toDayNumber). */
export function fromDayNumber(dayNumber: number): string {
  const d = new Date(dayNumber * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(isoDate: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(isoDate) + 4) % 7) + 7) % 7;
}

export function isWeekend(isoDate: string): boolean {
  const w = dayOfWeek(isoDate);
  return w === 0 || w === 6;
}

/** date + n calendar days (n may be negative). */
export function addDays(isoDate: string, n: number): string {
  assertInteger(n, '天数');
  return fromDayNumber(toDayNumber(isoDate) + n);
}

/** Calendar days from a to b (b − a); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** -1, 0 or 1; both dates are validated. */
export function compareDates(a: string, b: string): number {
  const d = toDayNumber(a) - toDayNumber(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/**
 * date + n months with end-of-month clamping (民法典 第二百零二条): 2026-01-31 + 1 = 2026-02-28,
 * 2026-11-30 + 3 = 2027-02-28, 2028-02-29 + 12 = 2029-02-28. n may be negative.
 */
export function addMonths(isoDate: string, n: number): string {
  assertInteger(n, '月数');
  const { year, month, day } = parseIsoDate(isoDate);
  const total = year * 12 + (month - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A compiled holiday table: date → kind. Conflicting duplicate rows are refused. */
function compile(calendar: HolidayCalendar): Map<string, HolidayKind> {
  const map = new Map<string, HolidayKind>();
  for (const entry of calendar) {
    toDayNumber(entry.date); // validates
    if (entry.kind !== '放假' && entry.kind !== '调休上班') throw new RangeError(`节假日类型不正确：${String(entry.kind)}（应为“放假”或“调休上班”）`);
    const seen = map.get(entry.date);
    if (seen && seen !== entry.kind) throw new RangeError(`节假日表中${entry.date}既是“放假”又是“调休上班”，请修正。`);
    map.set(entry.date, entry.kind);
  }
  return map;
}

function workdayIn(isoDate: string, table: Map<string, HolidayKind>): boolean {
  const kind = table.get(isoDate);
  if (kind === '放假') return false;
  if (kind === '调休上班') return true;
  return !isWeekend(isoDate);
}

/** A working day: Monday–Friday unless listed as 放假, or a weekend day listed as 调休上班. */
export function isWorkday(isoDate: string, calendar: HolidayCalendar): boolean {
  toDayNumber(isoDate);
  return workdayIn(isoDate, compile(calendar));
}

/** The date itself when it is a working day, otherwise the first working day after it. */
export function nextWorkday(isoDate: string, calendar: HolidayCalendar): string {
  const table = compile(calendar);
  let n = toDayNumber(isoDate);
  while (!workdayIn(fromDayNumber(n), table)) n += 1;
  return fromDayNumber(n);
}

/**
 * The n-th working day after date (the date itself is not counted, whether or not it is a
 * working day). n = 0 returns the date unchanged; a negative n counts back (the n-th working
 * day before date).
 */
export function addWorkdays(isoDate: string, n: number, calendar: HolidayCalendar): string {
  assertInteger(n, '工作日数');
  const table = compile(calendar);
  let day = toDayNumber(isoDate);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  while (left > 0) {
    day += step;
    if (workdayIn(fromDayNumber(day), table)) left -= 1;
  }
  return fromDayNumber(day);
}

/**
 * Working days after a up to and including b (a < d ≤ b), so that
 * workdaysBetween(a, addWorkdays(a, n)) === n. Negative when b is before a; 0 when equal.
 */
export function workdaysBetween(a: string, b: string, calendar: HolidayCalendar): number {
  const table = compile(calendar);
  const from = toDayNumber(a);
  const to = toDayNumber(b);
  if (from === to) return 0;
  const [lo, hi, sign] = from < to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let d = lo + 1; d <= hi; d++) if (workdayIn(fromDayNumber(d), table)) count += 1;
  return sign * count;
}

/**
 * Last day of a period of `months` months starting after `startDate` (e.g. 交办日 + 3 months):
 * addMonths with end-of-month clamping, then, when that day is not a working day, the next
 * working day (民法典 第二百零三条: a period ending on a holiday ends the day after the holiday).
 */
export function dueDate(startDate: string, months: number, calendar: HolidayCalendar): string {
  return nextWorkday(addMonths(startDate, months), calendar);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function assertInteger(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what}应为整数：${n}`);
}
