/**
 * 联名 (joint) items: one record with several member authors — a 社情民意 signed by several
 * members, a 联名提案 (领衔 + 附议) counted under “立案提案（全体提案人）”. A rule of such a kind
 * says how the record's points reach its authors (共享计分方式), versioned with the rule:
 *
 * - 各计全分: every author gets the rule's points (what the office did before this option).
 * - 均分: the rule's points are divided among the authors, each share to one decimal, and the
 *   shares add up to exactly the rule's points. Method (largest remainder in tenths): everyone
 *   gets the equal share rounded down to 0.1, and the tenths left over go one each to the authors
 *   in signing order (第一作者 first). 10分 ÷ 3 = 3.4 + 3.3 + 3.3; 2分 ÷ 3 = 0.7 + 0.7 + 0.6.
 *   Rounding each share half up instead would not keep the sum (3.3 × 3 = 9.9; 0.7 × 3 = 2.1 — a
 *   report would be worth more than the rule says), and random or by-name tie-breaks would not be
 *   reproducible; the signing order is the order the office itself prints. A rule worth an odd
 *   number of hundredths (2.25 ÷ 2) leaves the last hundredths with the 第一作者 (1.15 + 1.1).
 * - 第一作者全分其余按比例: the first author (领衔人, the first signature) gets the full points,
 *   every other author `ratio`% of them, to one decimal (half up): 5分, 20% → 5 + 1 + 1.
 *
 * A record with one author scores in full under every mode. Shares are taken before the yearly
 * cap and 取最高 (compute.ts), so those work on each author's own share.
 */
export const shareModes = ['各计全分', '均分', '第一作者全分其余按比例'] as const;
export type ShareMode = (typeof shareModes)[number];

/** Default percentage the other authors get under 第一作者全分其余按比例. */
export const DEFAULT_SHARE_RATIO = 50;

/** The authors of the record a fact comes from, and this member's place among them (0 = first). */
export interface FactAuthors {
  /** Member authors of the record (≥ 1). */
  authors?: number;
  /** 0-based signing order; 0 = 第一作者 / 领衔. */
  authorIndex?: number;
}

/**
 * The share (in hundredths) of `cents` that author `index` of `count` gets. Works on the absolute
 * value, so a deduction is shared the same way.
 */
export function shareCents(cents: number, mode: ShareMode | null | undefined, ratio: number | null | undefined, index: number, count: number): number {
  if (!mode || mode === '各计全分' || count <= 1) return cents;
  if (!Number.isInteger(count) || !Number.isInteger(index) || index < 0 || index >= count) throw new RangeError(`作者序号不正确：第${index + 1}位，共${count}位`);
  const sign = cents < 0 ? -1 : 1;
  const whole = Math.abs(cents);
  if (mode === '均分') {
    const base = Math.floor(whole / count / 10) * 10;
    const rest = whole - base * count;
    const tenths = Math.floor(rest / 10);
    const share = base + (index < tenths ? 10 : 0) + (index === 0 ? rest % 10 : 0);
    return sign * share + 0;
  }
  if (index === 0) return cents;
  const r = ratio ?? DEFAULT_SHARE_RATIO;
  return sign * Math.round((whole * r) / 1000) * 10 + 0;
}

/** What the 计分明细 line says about the share: “3人联名，均分”, “4人联名，第一作者”. */
export function shareNote(mode: ShareMode | null | undefined, ratio: number | null | undefined, index: number, count: number): string | null {
  if (!mode || count <= 1) return null;
  if (mode === '各计全分') return `${count}人联名，各计全分`;
  if (mode === '均分') return `${count}人联名，均分`;
  return index === 0 ? `${count}人联名，第一作者计全分` : `${count}人联名，按${ratio ?? DEFAULT_SHARE_RATIO}%计分`;
}

/** The rule wording for the mode: “（联名的由作者均分）”; nothing for 各计全分. */
export function describeShare(mode: ShareMode | null | undefined, ratio: number | null | undefined): string {
  if (mode === '均分') return '（联名的由作者均分）';
  if (mode === '第一作者全分其余按比例') return `（联名的第一作者计全分，其他作者按${ratio ?? DEFAULT_SHARE_RATIO}%计）`;
  return '';
}
