/**
 * 三校 error rate (差错率), the way publishers state it: errors per 10,000 characters (万分之几).
 * The target is at most 1/10,000 (图书编校质量合格线, domain.md).
 *
 * Rules (stated here once; the UI and the 校对记录单 quote them):
 * - rate = 差错数 ÷ 字数 × 10,000, shown with two decimals, e.g. 3 errors in 12,000 characters = 万分之2.50.
 * - 字数 is the article's word count by countWords() (wordCount.ts) at the time of the round.
 * - 差错数 may be fractional in steps of 0.1: the industry counts e.g. a 标点 error as 0.5 and a
 *   格式 error as 0.1 (the proofreader enters the weighted total).
 * - Each 校次 has its own rate (errors found in that round). The article's quality figure is the rate
 *   of its last round (三校): what 一校 and 二校 left behind, the best estimate of what reaches print.
 *   Errors found but not fixed in any round (发现 − 改正) count against it as well.
 */
export const ERROR_RATE_TARGET = 1;
export const PER = 10_000;

export function errorRate(errors: number, chars: number): number {
  if (!(chars > 0)) return 0;
  return Math.round((errors * PER * 100) / chars) / 100;
}

export function meetsTarget(rate: number, target = ERROR_RATE_TARGET): boolean {
  return rate <= target + 1e-9;
}

/** 万分之2.50 — how the rate is written in 校对记录单 and on screen. */
export function formatRate(rate: number): string {
  return `万分之${rate.toFixed(2)}`;
}

export const targetLabel = `≤万分之${ERROR_RATE_TARGET}`;

/** A round's numbers make sense (Chinese message or undefined). */
export function checkProofCounts(chars: number, errorsFound: number, errorsFixed: number): string | undefined {
  if (!Number.isInteger(chars) || chars <= 0) return '校对字数应为正整数。';
  for (const [label, v] of [
    ['发现差错数', errorsFound],
    ['改正差错数', errorsFixed],
  ] as const) {
    if (!Number.isFinite(v) || v < 0) return `${label}不能为负数。`;
    if (Math.abs(Math.round(v * 10) - v * 10) > 1e-6) return `${label}最多保留一位小数（如标点差错计0.5）。`;
  }
  if (errorsFixed > errorsFound + 1e-9) return '改正差错数不能多于发现差错数。';
  return undefined;
}

export interface ProofRoundFigures {
  round: string;
  chars: number;
  errorsFound: number;
  errorsFixed: number;
}

export interface ProofQuality {
  /** Per-round rate of errors found. */
  rounds: (ProofRoundFigures & { rate: number; meetsTarget: boolean })[];
  /** 发现 − 改正 over all rounds. */
  unfixed: number;
  /** The quality figure: last round's found + unfixed from earlier rounds, per 10,000 of its 字数. */
  rate: number | null;
  meetsTarget: boolean | null;
  /** All three rounds recorded. */
  complete: boolean;
}

const roundOrder = ['一校', '二校', '三校'];

export function proofQuality(rounds: readonly ProofRoundFigures[]): ProofQuality {
  const sorted = [...rounds].sort((a, b) => roundOrder.indexOf(a.round) - roundOrder.indexOf(b.round));
  const withRates = sorted.map((r) => {
    const rate = errorRate(r.errorsFound, r.chars);
    return { ...r, rate, meetsTarget: meetsTarget(rate) };
  });
  const unfixedEarlier = sorted.slice(0, -1).reduce((s, r) => s + (r.errorsFound - r.errorsFixed), 0);
  const last = sorted[sorted.length - 1];
  const unfixed = round1(sorted.reduce((s, r) => s + (r.errorsFound - r.errorsFixed), 0));
  const rate = last ? errorRate(last.errorsFound + unfixedEarlier, last.chars) : null;
  return { rounds: withRates, unfixed, rate, meetsTarget: rate === null ? null : meetsTarget(rate), complete: roundOrder.every((r) => sorted.some((s) => s.round === r)) };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
