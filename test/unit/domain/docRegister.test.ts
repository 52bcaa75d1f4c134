import { describe, expect, it } from 'vitest';
import { describeSerials, duplicateNumbers, serialGaps, type RegisteredNumber } from '../../../shared/domain/docRegister';

const n = (series: string, year: number, serial: number, prefix = '永政协监'): RegisteredNumber => ({ series, year, serial, docNumber: `${prefix}〔${year}〕${serial}号` });

describe('发文登记 checks', () => {
  it('finds the serials nothing holds, per series and year, and leaves complete years out', () => {
    const rows = [n('监', 2026, 1), n('监', 2026, 4), n('监', 2026, 2), n('监', 2025, 1), n('监', 2025, 2), n('办', 2026, 3, '永政协办'), n('监', 2026, 7)];
    expect(serialGaps(rows)).toEqual([
      { series: '监', year: 2026, missing: [3, 5, 6] },
      { series: '办', year: 2026, missing: [1, 2] },
    ]);
    expect(serialGaps([n('监', 2026, 1), n('监', 2026, 2)])).toEqual([]);
    expect(serialGaps([])).toEqual([]);
  });

  it('names a 发文字号 held twice, once', () => {
    expect(duplicateNumbers([n('监', 2026, 1), n('监', 2026, 2), n('监', 2026, 1), n('监', 2026, 1)])).toEqual(['永政协监〔2026〕1号']);
    expect(duplicateNumbers([n('监', 2026, 1), n('监', 2025, 1)])).toEqual([]);
  });

  it('writes missing serials as a register note does', () => {
    expect(describeSerials([3])).toBe('3号');
    expect(describeSerials([3, 4])).toBe('3号、4号');
    expect(describeSerials([2, 3, 4, 7])).toBe('2—4号、7号');
    expect(describeSerials([1, 2, 3, 5, 6, 9])).toBe('1—3号、5号、6号、9号');
  });
});
