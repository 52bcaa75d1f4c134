import { describe, expect, it } from 'vitest';
import { chineseNumeral, headingNumber, letterHeadSize, scaleWidths, splitTitle, textWidthEm, textWidthTwips } from '../../../shared/docs';
import { autoSpaceCount } from '../../../shared/docs/typography';

describe('splitTitle (标题回行)', () => {
  it('keeps a title that fits one line (20 characters of 2号)', () => {
    expect(splitTitle('关于加快推进农村生活污水治理的建议')).toEqual(['关于加快推进农村生活污水治理的建议']);
    expect(splitTitle('关于城区老旧小区改造工作的民主监督建议书')).toHaveLength(1);
  });

  it('splits a long title into lines of nearly equal length, never over 20 characters', () => {
    const title = '关于做好政协永安县第十一届委员会第三次会议提案交办办理工作的通知';
    const lines = splitTitle(title);
    expect(lines.join('')).toBe(title);
    expect(lines).toEqual(['关于做好政协永安县第十一届委员会', '第三次会议提案交办办理工作的通知']);
    const long = '关于进一步加强和改进新时代县级政协提案办理协商工作推动提案办理质量和实效全面提升的实施意见';
    const three = splitTitle(long);
    expect(three).toHaveLength(3);
    expect(three.join('')).toBe(long);
    const widths = three.map(textWidthEm);
    expect(Math.max(...widths)).toBeLessThanOrEqual(20);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(3);
  });

  it('never starts a line with closing punctuation or splits a number', () => {
    const lines = splitTitle('关于印发《政协永安县委员会2026年度民主监督工作计划》和《派驻民主监督小组工作规则》的通知');
    for (const line of lines) {
      expect(line).not.toMatch(/^[，。、》）]/u);
      expect(line).not.toMatch(/[《（]$/u);
    }
    expect(lines.join('')).toContain('2026');
    expect(lines.some((l) => l.includes('2026'))).toBe(true);
  });
});

describe('scaleWidths (表格列宽)', () => {
  it('scales to exactly 8844 twips, the rounding remainder on the last column', () => {
    const w = scaleWidths([1, 1, 1]);
    expect(w.reduce((a, b) => a + b, 0)).toBe(8844);
    expect(w).toEqual([2948, 2948, 2948]);
    const odd = scaleWidths([7, 11, 42, 20, 20]);
    expect(odd.reduce((a, b) => a + b, 0)).toBe(8844);
    expect(odd.slice(0, 4)).toEqual([619, 972, 3714, 1768]);
    expect(scaleWidths([3, 3, 3], 1000)).toEqual([333, 333, 334]);
  });

  it('rejects empty or non-positive widths', () => {
    expect(() => scaleWidths([])).toThrow();
    expect(() => scaleWidths([1, 0])).toThrow();
    expect(() => scaleWidths([1, Number.NaN])).toThrow();
  });
});

describe('结构层次序数', () => {
  it('counts in Chinese for 一、 and （一）', () => {
    expect([1, 2, 9, 10, 11, 19, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '二', '九', '十', '十一', '十九', '二十', '二十一', '九十九']);
    expect(() => chineseNumeral(0)).toThrow();
    expect(() => chineseNumeral(100)).toThrow();
  });

  it('writes the four levels', () => {
    expect([1, 2, 3, 4].map((level) => headingNumber(level as 1 | 2 | 3 | 4, 3))).toEqual(['三、', '（三）', '3.', '（3）']);
  });
});

describe('text widths', () => {
  it('counts CJK as one em and ASCII as half, with a quarter em between Chinese and digits', () => {
    expect(textWidthEm('政协2026')).toBe(4);
    expect(autoSpaceCount('2026年3月5日')).toBe(5);
    expect(textWidthTwips('政协', 32)).toBe(640);
    expect(textWidthTwips('政协', 32, -5)).toBe(630);
  });

  it('sizes the 信函 发文机关标志 to fit the type area, at most 30 pt', () => {
    expect(letterHeadSize('政协永安县委员会')).toBe(60);
    const long = '中国人民政治协商会议永安县委员会';
    const sz = letterHeadSize(long);
    expect(sz % 2).toBe(0);
    expect((sz / 2) * long.length).toBeLessThanOrEqual(8844 / 20);
  });
});
