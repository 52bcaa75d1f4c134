import { parseIsoDate } from './chineseDate';

/**
 * 发文字号 (GB/T 9704-2012 7.2.4): 机关代字〔年份〕序号号, e.g. 永政协监〔2026〕3号.
 * Full-width 六角括号 〔〕, the year in four Arabic digits, no 第, no leading zeros.
 */
export function formatDocNumber(prefix: string, year: number, serial: number): string {
  const p = prefix.trim();
  if (!p) throw new RangeError('机关代字不能为空');
  if (/[〔〕[\]()（）]/.test(p)) throw new RangeError(`机关代字不应包含括号：${p}`);
  if (!Number.isInteger(year) || year < 1949 || year > 9999) throw new RangeError(`年份不正确：${year}`);
  if (!Number.isInteger(serial) || serial < 1) throw new RangeError(`发文序号应为正整数：${serial}`);
  return `${p}〔${year}〕${serial}号`;
}

const docNumberPattern = /^([\u4e00-\u9fa5]+)〔(\d{4})〕([1-9]\d*)号$/;

/** The parts of a 发文字号 written by formatDocNumber, or undefined when the text is not one. */
export function parseDocNumber(text: string): { prefix: string; year: number; serial: number } | undefined {
  const m = docNumberPattern.exec(text.trim());
  if (!m) return undefined;
  return { prefix: m[1], year: Number(m[2]), serial: Number(m[3]) };
}

/** A 发文字号 already given out in a series: its year and serial (voided documents keep theirs). */
export interface UsedDocNumber {
  year: number;
  serial: number;
}

/**
 * 1 + the largest serial used in `year` (other years do not count): a series runs per year from 1
 * and a number, once given, is never given again.
 */
export function nextDocSerial(used: Iterable<UsedDocNumber>, year: number): number {
  let max = 0;
  for (const u of used) {
    if (!Number.isInteger(u.serial) || u.serial < 1) throw new RangeError(`发文序号应为正整数：${u.serial}`);
    if (u.year === year && u.serial > max) max = u.serial;
  }
  return max + 1;
}

export interface AssignedDocNumber {
  year: number;
  serial: number;
  docNumber: string;
}

/** The 发文字号 of a document dated `isoDate`: the year of that date, the next serial of that year. */
export function assignDocNumber(prefix: string, isoDate: string, used: Iterable<UsedDocNumber>): AssignedDocNumber {
  const { year } = parseIsoDate(isoDate);
  const serial = nextDocSerial(used, year);
  return { year, serial, docNumber: formatDocNumber(prefix, year, serial) };
}
