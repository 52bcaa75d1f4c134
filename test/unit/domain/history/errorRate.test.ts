import { describe, expect, it } from 'vitest';
import { checkProofCounts, errorRate, formatRate, meetsTarget, proofQuality } from '../../../../shared/domain/history/errorRate';

describe('差错率 per 10,000 characters', () => {
  it('computes errors ÷ 字数 × 10,000 with two decimals', () => {
    expect(errorRate(3, 12_000)).toBe(2.5);
    expect(errorRate(1, 30_000)).toBe(0.33);
    expect(errorRate(0.5, 5000)).toBe(1);
    expect(formatRate(2.5)).toBe('万分之2.50');
  });

  it('meets the ≤ 1/10,000 target at exactly 1 and not above', () => {
    expect(meetsTarget(errorRate(1, 10_000))).toBe(true);
    expect(meetsTarget(errorRate(1.1, 10_000))).toBe(false);
  });

  it('judges an article by its last round plus errors left unfixed earlier', () => {
    const q = proofQuality([
      { round: '二校', chars: 5000, errorsFound: 4, errorsFixed: 3 },
      { round: '一校', chars: 5000, errorsFound: 20, errorsFixed: 20 },
      { round: '三校', chars: 5000, errorsFound: 0, errorsFixed: 0 },
    ]);
    expect(q.rounds.map((r) => [r.round, r.rate, r.meetsTarget])).toEqual([
      ['一校', 40, false],
      ['二校', 8, false],
      ['三校', 0, true],
    ]);
    expect(q.unfixed).toBe(1);
    expect(q.rate).toBe(2);
    expect(q.meetsTarget).toBe(false);
    expect(q.complete).toBe(true);
    expect(proofQuality([]).rate).toBeNull();
  });

  it('validates the numbers a proofreader enters', () => {
    expect(checkProofCounts(5000, 2.5, 2)).toBeUndefined();
    expect(checkProofCounts(0, 1, 1)).toBe('校对字数应为正整数。');
    expect(checkProofCounts(5000, 0.25, 0)).toContain('最多保留一位小数');
    expect(checkProofCounts(5000, 1, 2)).toBe('改正差错数不能多于发现差错数。');
  });
});
