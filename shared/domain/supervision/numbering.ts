/**
 * 民主监督建议书 发文字号: 机关代字〔年份〕序号号 (永政协监〔2026〕3号), assigned at 签发.
 * - The year is the year of the 成文日期 (a 2025 topic whose letter is signed on 2026-01-06 is 〔2026〕1号).
 * - The serial runs per year from 1: 1 + the largest serial ever used that year, so a number is
 *   never reused (a signed letter cannot be voided, and the database keeps every serial).
 * - The serial does not restart when the office changes its 机关代字 mid-year: it counts letters
 *   of the year, whatever prefix they carried.
 * - No leading zeros and no 第 (formatDocNumber).
 */
import { parseIsoDate } from '../chineseDate';
import { formatDocNumber } from '../docNumber';

export interface UsedNumber {
  year: number;
  serial: number;
}

/** The 发文字号 year of a letter signed on `issueDate` (ISO). */
export function numberYear(issueDate: string): number {
  return parseIsoDate(issueDate).year;
}

/** 1 + the largest serial used in `year` (other years do not count). */
export function nextLetterSerial(used: Iterable<UsedNumber>, year: number): number {
  let max = 0;
  for (const u of used) {
    if (!Number.isInteger(u.serial) || u.serial < 1) throw new RangeError(`发文序号应为正整数：${u.serial}`);
    if (u.year === year && u.serial > max) max = u.serial;
  }
  return max + 1;
}

export interface AssignedNumber {
  year: number;
  serial: number;
  docNumber: string;
}

/** The number a letter signed on `issueDate` gets: year of the date, next serial of that year. */
export function assignLetterNumber(prefix: string, issueDate: string, used: Iterable<UsedNumber>): AssignedNumber {
  const year = numberYear(issueDate);
  const serial = nextLetterSerial(used, year);
  return { year, serial, docNumber: formatDocNumber(prefix, year, serial) };
}
