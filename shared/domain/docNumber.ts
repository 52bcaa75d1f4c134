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
