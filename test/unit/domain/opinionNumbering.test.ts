import { describe, expect, it } from 'vitest';
import { checkIssueNumber, formatIssueNumber, formatReceiveNo, issueLabel, nextIssueNumber, nextNumber, type IssueNumberRef } from '../../../shared/domain/opinion/numbering';

describe('《社情民意》 期号', () => {
  const history: IssueNumberRef[] = [
    { id: 1, year: 2025, term: 11, number: 1, total: 101 },
    { id: 2, year: 2025, term: 11, number: 2, total: 102 },
    { id: 3, year: 2025, term: 11, number: 12, total: 112 },
  ];

  it('starts every year at 第1期 while 总第N期 keeps running', () => {
    expect(nextIssueNumber(history, { scope: '每年', year: 2025 })).toEqual({ number: 13, total: 113 });
    expect(nextIssueNumber(history, { scope: '每年', year: 2026 })).toEqual({ number: 1, total: 113 });
    const with2026 = [...history, { id: 4, year: 2026, term: 11, number: 1, total: 113 }];
    expect(nextIssueNumber(with2026, { scope: '每年', year: 2026 })).toEqual({ number: 2, total: 114 });
    // A late 2025 issue composed in January still continues 2025's series.
    expect(nextIssueNumber(with2026, { scope: '每年', year: 2025 })).toEqual({ number: 13, total: 114 });
  });

  it('numbers per 届 when the office does so: the series runs across years and restarts with a new 届', () => {
    const refs: IssueNumberRef[] = [
      { year: 2024, term: 11, number: 30 },
      { year: 2025, term: 11, number: 31 },
    ];
    expect(nextIssueNumber(refs, { scope: '每届', year: 2026, term: 11 }).number).toBe(32);
    expect(nextIssueNumber(refs, { scope: '每届', year: 2027, term: 12 }).number).toBe(1);
    expect(() => nextIssueNumber(refs, { scope: '每届', year: 2027 })).toThrow('按届编期号时须指定届次。');
  });

  it('a voided draft frees its number (it was never printed); the printed ones are never handed out again', () => {
    const refs: IssueNumberRef[] = [
      { year: 2026, number: 1, total: 1 },
      { year: 2026, number: 2, total: 2, voided: true },
    ];
    expect(nextIssueNumber(refs, { scope: '每年', year: 2026 })).toEqual({ number: 2, total: 2 });
    expect(nextIssueNumber([], { scope: '每年', year: 2026 })).toEqual({ number: 1, total: 1 });
  });

  it('a typed 期号 must be free in its year', () => {
    expect(checkIssueNumber(history, { scope: '每年', year: 2025 }, 2)).toBe('2025年已有第2期，期号不能重复。');
    expect(checkIssueNumber(history, { scope: '每年', year: 2025 }, 2, 2)).toBeUndefined();
    expect(checkIssueNumber(history, { scope: '每年', year: 2026 }, 2)).toBeUndefined();
    expect(checkIssueNumber(history, { scope: '每届', year: 2026, term: 11 }, 12)).toBe('本届已有第12期，期号不能重复。');
    expect(checkIssueNumber(history, { scope: '每年', year: 2025 }, 0)).toBe('期号应为正整数。');
    expect(checkIssueNumber(history, { scope: '每年', year: 2025 }, 1.5)).toBe('期号应为正整数。');
  });

  it('prints 第N期, 2026年第N期 and 总第N期', () => {
    expect(formatIssueNumber(5)).toBe('第5期');
    expect(issueLabel({ year: 2026, number: 5, total: 128 })).toBe('2026年第5期');
    expect(issueLabel({ year: 2026, number: 5, total: 128 }, { withTotal: true })).toBe('2026年第5期（总第128期）');
    expect(issueLabel({ year: 2026, number: 5 }, { scope: '每届', termName: '第十一届' })).toBe('第十一届第5期');
    expect(() => formatIssueNumber(0)).toThrow(RangeError);
  });
});

describe('收稿编号', () => {
  it('is max + 1 of every number ever given in the year', () => {
    expect(nextNumber([])).toBe(1);
    expect(nextNumber([3, null, 1, undefined, 7])).toBe(8);
    expect(() => nextNumber([0])).toThrow(RangeError);
  });
  it('prints three digits at least', () => {
    expect(formatReceiveNo(2026, 7)).toBe('2026-007');
    expect(formatReceiveNo(2026, 1234)).toBe('2026-1234');
  });
});
