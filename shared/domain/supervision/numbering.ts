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
import { assignDocNumber, nextDocSerial, type UsedDocNumber } from '../docNumber';

/** The per-year 发文字号 series (docNumber.ts) as the 建议书 uses it. */
export type UsedNumber = UsedDocNumber;

/** The 发文字号 year of a letter signed on `issueDate` (ISO). */
export function numberYear(issueDate: string): number {
  return parseIsoDate(issueDate).year;
}

/** 1 + the largest serial used in `year` (other years do not count). */
export const nextLetterSerial = nextDocSerial;

/** The number a letter signed on `issueDate` gets: year of the date, next serial of that year. */
export const assignLetterNumber = assignDocNumber;
