/**
 * 成文日期 and other dates in documents: Arabic digits, no zero padding (GB/T 9704-2012 7.3.5),
 * e.g. 2026-03-05 → 2026年3月5日. Data keeps ISO dates; this is for printing only.
 */
export function formatChineseDate(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return `${year}年${month}月${day}日`;
}

/** 2026-03 → 2026年3月 (for 统计 periods). */
export function formatChineseMonth(isoDate: string): string {
  const { year, month } = parseIsoDate(isoDate.length === 7 ? `${isoDate}-01` : isoDate);
  return `${year}年${month}月`;
}

export function parseIsoDate(isoDate: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new RangeError(`日期格式不正确（应如2026-03-05）：${isoDate}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new RangeError(`不是有效日期：${isoDate}`);
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
