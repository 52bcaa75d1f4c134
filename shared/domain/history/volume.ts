/**
 * 编辑成辑: how a volume (辑) is named and what it takes to place articles in it and to send it to
 * the printer (付印).
 */
import { canEnterVolume, type ArticleStatus, type VolumeStatus } from './status';
import { proofQuality, formatRate, targetLabel, type ProofRoundFigures } from './errorRate';

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 34 → 三十四, 105 → 一百零五 (辑次 on covers are written this way). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`辑次应为0到9999的整数：${n}`);
  if (n < 10) return digits[n];
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
  const units = ['', '十', '百', '千'];
  const parts = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i];
    if (d === 0) {
      zero = true;
      return;
    }
    if (zero && out) out += '零';
    zero = false;
    out += digits[d] + unit;
  });
  return out;
}

/** 第34辑 in lists and data; the cover writes 第三十四辑. */
export function volumeLabel(number: number): string {
  return `第${number}辑`;
}
export function volumeCoverLabel(number: number): string {
  return `第${chineseNumeral(number)}辑`;
}

/** Parses what a manifest or a clerk writes for a volume: 3, 第3辑, 第三辑, 三. */
export function parseVolumeNumber(text: string): number | undefined {
  const t = text.trim().replace(/^第/, '').replace(/辑$/, '').trim();
  if (/^\d{1,4}$/.test(t)) return Number(t) || undefined;
  const n = parseChineseNumeral(t);
  return n && n > 0 ? n : undefined;
}

function parseChineseNumeral(t: string): number | undefined {
  if (!t || !/^[零〇一二两三四五六七八九十百千]+$/.test(t)) return undefined;
  const value: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const unit: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  let total = 0;
  let current = 0;
  for (const ch of t) {
    if (ch in value) current = value[ch];
    else {
      total += (current || (ch === '十' ? 1 : 0)) * unit[ch];
      current = 0;
    }
  }
  return total + current;
}

export interface ArrangedArticle {
  id: number;
  title: string;
  status: ArticleStatus;
  /** The volume it is in now, if any. */
  volumeId: number | null;
}

/** Why an article may not be placed in this volume (Chinese), or undefined. */
export function placementProblem(article: ArrangedArticle, volumeId: number, volumeName: (id: number) => string = (id) => `另一辑（${id}）`): string | undefined {
  if (article.volumeId !== null && article.volumeId !== volumeId) return `《${article.title}》已编入${volumeName(article.volumeId)}，不能同时编入两辑。`;
  if (!canEnterVolume(article.status)) return `《${article.title}》尚未通过终审（当前状态“${article.status}”），不能编入辑中。`;
  return undefined;
}

export interface PrintCheckArticle {
  title: string;
  status: ArticleStatus;
  proofs: readonly ProofRoundFigures[];
}

/**
 * 付印 check: every article has finished 三校 (blocking); articles whose error rate misses the
 * target are listed as warnings the editor must acknowledge.
 */
export function printCheck(articles: readonly PrintCheckArticle[]): { blocking: string[]; warnings: string[] } {
  const blocking: string[] = [];
  const warnings: string[] = [];
  if (!articles.length) blocking.push('本辑还没有编入稿件。');
  for (const a of articles) {
    if (a.status !== '三校完成') {
      blocking.push(`《${a.title}》尚未完成三校（当前状态“${a.status}”）。`);
      continue;
    }
    const q = proofQuality(a.proofs);
    if (q.rate !== null && !q.meetsTarget) warnings.push(`《${a.title}》差错率${formatRate(q.rate)}，未达到${targetLabel}的要求。`);
  }
  return { blocking, warnings };
}

export interface UnprintVolume {
  number: number;
  title: string;
  status: VolumeStatus;
  imported: boolean;
  voidedAt: string | null;
}

/**
 * 撤销付印 (a volume sent to the printer by mistake, or with a late correction): why it is refused,
 * or undefined. The volume machine has no state after 已付印 (印成/发行 is not recorded), so a 付印
 * volume of the office's own can always be taken back to 编辑中; an old volume brought into the
 * archive was never 付印 here and cannot be.
 */
export function unprintProblem(v: UnprintVolume): string | undefined {
  const name = `${volumeLabel(v.number)}《${v.title}》`;
  if (v.voidedAt) return `${name}已作废，请先恢复。`;
  if (v.imported) return `${name}是入库的历史资料，没有付印记录，不能撤销付印。`;
  if (v.status !== '已付印') return `${name}尚未付印（当前状态“${v.status}”），无需撤销。`;
  return undefined;
}
