import { describe, expect, it } from 'vitest';
import { formatChineseDate, formatChineseMonth, parseIsoDate } from '../../../shared/domain/chineseDate';

describe('formatChineseDate (成文日期)', () => {
  it('uses Arabic digits without zero padding', () => {
    expect(formatChineseDate('2026-03-05')).toBe('2026年3月5日');
    expect(formatChineseDate('2025-12-31')).toBe('2025年12月31日');
    expect(formatChineseDate('2026-10-01')).toBe('2026年10月1日');
  });

  it('accepts 29 February only in leap years', () => {
    expect(formatChineseDate('2024-02-29')).toBe('2024年2月29日');
    expect(formatChineseDate('2000-02-29')).toBe('2000年2月29日');
    expect(() => formatChineseDate('2026-02-29')).toThrow(/有效日期/);
    expect(() => formatChineseDate('1900-02-29')).toThrow(/有效日期/);
  });

  it.each(['2026-13-01', '2026-00-10', '2026-04-31', '2026-01-00', '2026-3-5', '20260305', '', '2026-03-05T00:00:00Z'])(
    'rejects %j',
    (s) => {
      expect(() => formatChineseDate(s)).toThrow();
    },
  );

  it('formats months and parses parts', () => {
    expect(formatChineseMonth('2026-03')).toBe('2026年3月');
    expect(formatChineseMonth('2026-11-20')).toBe('2026年11月');
    expect(parseIsoDate('2026-03-05')).toEqual({ year: 2026, month: 3, day: 5 });
  });
});
