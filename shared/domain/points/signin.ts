/**
 * Reading a sign-in sheet (签到表): the words clerks write in the 出席情况 and 发言 columns.
 * A blank 出席情况 means the member did not sign in (缺席); anything unrecognised is a row error,
 * never a guess.
 */
import type { AttendanceStatus } from './kinds';

const statusWords: Record<string, AttendanceStatus> = {
  出席: '出席',
  到: '出席',
  已到: '出席',
  到会: '出席',
  签到: '出席',
  已签到: '出席',
  参加: '出席',
  '√': '出席',
  '✓': '出席',
  '✔': '出席',
  请假: '请假',
  假: '请假',
  事假: '请假',
  病假: '请假',
  公假: '请假',
  缺席: '缺席',
  缺: '缺席',
  未到: '缺席',
  未签到: '缺席',
  '×': '缺席',
  '': '缺席',
};

/** 出席 / 请假 / 缺席 from what the sheet says, or null when the word is not one of them. */
export function parseAttendanceStatus(text: string): AttendanceStatus | null {
  const t = text.replace(/\s+/g, '');
  return Object.hasOwn(statusWords, t) ? statusWords[t] : null;
}

/** 是 / 否 columns (发言): 是, √, 有, 发言 → true; blank, 否, 无 → false; null otherwise. */
export function parseYesNo(text: string): boolean | null {
  const t = text.replace(/\s+/g, '');
  if (['是', '√', '✓', '✔', '有', '发言', 'Y', 'y', '1'].includes(t)) return true;
  if (['', '否', '无', '×', 'N', 'n', '0'].includes(t)) return false;
  return null;
}

/** Phone numbers as typed in sheets: spaces and dashes dropped. */
export const normalizePhone = (text: string) => text.replace(/[\s-]/g, '');
