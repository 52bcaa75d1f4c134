/**
 * GB/T 9704-2012 fonts and sizes. The names are the ones the standard (and every office PC) uses;
 * machines without them substitute through a fontconfig alias (resources/fonts/fonts.conf), so the
 * .docx must always name these, never the fallbacks.
 */
export const FONT = {
  /** 标题, 信函发文机关标志 */
  xiaobiaosong: '方正小标宋简体',
  /** 正文, 三级/四级标题, 版记 */
  fangsong: '仿宋_GB2312',
  /** 一级标题 “一、”, 表头 */
  heiti: '黑体',
  /** 二级标题 “（一）” */
  kaiti: '楷体_GB2312',
  /** 页码 */
  songti: '宋体',
  /** ascii/hAnsi for digits and Latin letters */
  latin: 'Times New Roman',
} as const;

/** Chinese point sizes (号) as Word half-points (w:sz = 2 × pt). */
export const SIZE = {
  /** 初号 42 pt */
  chu: 84,
  /** 一号 26 pt */
  yi: 52,
  /** 二号 22 pt: 标题 */
  er: 44,
  /** 三号 16 pt: 正文 */
  san: 32,
  /** 四号 14 pt: 版记, 页码, 表格 */
  si: 28,
  /** 小四 12 pt: dense tables */
  xiaosi: 24,
} as const;

/** Character spacing on body runs: −0.25 pt (w:spacing w:val="-5") so 28 characters fill the 156 mm line. */
export const BODY_CHAR_SPACING = -5;

/** Official red for 信函 发文机关标志 and its double lines. */
export const RED = 'FF0000';

export const TWIPS_PER_MM = 1440 / 25.4;
/** mm → twips, rounded to the nearest twip (docx's own helpers floor). */
export const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);

/** Width of one full-width character in twips for a size in half-points (1 em = sz × 10 twips). */
export const em = (halfPoints: number): number => halfPoints * 10;

const HALF_WIDTH = /[\u0020-\u007e\u00a0-\u00ff\uff61-\uff9f]/;

/** Display width of a string in em: CJK and full-width punctuation 1, ASCII and half-width 0.5. */
export function textWidthEm(text: string): number {
  let w = 0;
  for (const ch of text) w += HALF_WIDTH.test(ch) ? 0.5 : 1;
  return w;
}

const CJK = /[\u3000-\u9fff\uff00-\uff60]/;
const LATIN = /[0-9A-Za-z]/;

/**
 * Places where Word and LibreOffice put a quarter-em of space between Chinese and Latin letters or
 * digits (w:autoSpaceDE / w:autoSpaceDN, on by default): 2026年3月5日 has five.
 */
export function autoSpaceCount(text: string): number {
  const chars = [...text];
  let n = 0;
  for (let i = 1; i < chars.length; i++) {
    const [a, b] = [chars[i - 1], chars[i]];
    if ((CJK.test(a) && LATIN.test(b)) || (LATIN.test(a) && CJK.test(b))) n++;
  }
  return n;
}

/**
 * Estimated width in twips of text set at `halfPoints` with `charSpacing` (twips) added to every
 * character, including the automatic space between Chinese and Latin text.
 */
export function textWidthTwips(text: string, halfPoints: number, charSpacing = 0): number {
  return Math.round((textWidthEm(text) + autoSpaceCount(text) / 4) * em(halfPoints) + [...text].length * charSpacing);
}

/** The font attributes written on every run: the GB/T East Asian font, Times New Roman for Latin. */
export function runFonts(eastAsia: string, latin: string = FONT.latin) {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia };
}
