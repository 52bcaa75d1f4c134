import { describe, expect, it } from 'vitest';
import { formatDocNumber, parseDocNumber } from '../../../shared/domain/docNumber';

describe('formatDocNumber (发文字号)', () => {
  it('writes 机关代字〔年份〕序号号 with full-width brackets, no 第 and no leading zeros', () => {
    expect(formatDocNumber('永政协监', 2026, 3)).toBe('永政协监〔2026〕3号');
    expect(formatDocNumber('永政协提', 2025, 12)).toBe('永政协提〔2025〕12号');
    expect(formatDocNumber(' 永政协社 ', 2026, 105)).toBe('永政协社〔2026〕105号');
  });

  it('never pads or adds 第', () => {
    const s = formatDocNumber('永政协监', 2026, 7);
    expect(s).not.toMatch(/第|〔2026〕0/);
    expect(s).toContain('〔');
    expect(s).not.toMatch(/[[\]()（）]/);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects serial %s', (serial) => {
    expect(() => formatDocNumber('永政协监', 2026, serial)).toThrow(/序号/);
  });

  it('rejects a bad year or prefix', () => {
    expect(() => formatDocNumber('永政协监', 26, 1)).toThrow(/年份/);
    expect(() => formatDocNumber('永政协监', 2026.5, 1)).toThrow(/年份/);
    expect(() => formatDocNumber('', 2026, 1)).toThrow(/机关代字/);
    expect(() => formatDocNumber('永政协监〔', 2026, 1)).toThrow(/机关代字/);
  });

  it('parses what it writes', () => {
    expect(parseDocNumber('永政协监〔2026〕3号')).toEqual({ prefix: '永政协监', year: 2026, serial: 3 });
    expect(parseDocNumber('永政协监[2026]3号')).toBeUndefined();
    expect(parseDocNumber('永政协监〔2026〕03号')).toBeUndefined();
    expect(parseDocNumber('永政协监〔2026〕第3号')).toBeUndefined();
  });
});
