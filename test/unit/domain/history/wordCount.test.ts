import { describe, expect, it } from 'vitest';
import { countWords, formatQianZi, lengthAdvice } from '../../../../shared/domain/history/wordCount';

describe('字数 of Chinese text', () => {
  it('counts each 汉字 and each full-width punctuation mark as one', () => {
    expect(countWords('永康县城，始建于三国。')).toEqual({ total: 11, hanzi: 9, punctuation: 2, words: 0, numbers: 0 });
    expect(countWords('“我亲历了那场洪水”——他说……').total).toBe(16);
    expect(countWords('《永康文史资料》（第三辑）').punctuation).toBe(4);
  });

  it('counts a Latin word or a number as one, whatever its length', () => {
    expect(countWords('1937年抗战爆发')).toEqual({ total: 6, hanzi: 5, punctuation: 0, words: 0, numbers: 1 });
    expect(countWords('他用Microsoft Word写作')).toEqual({ total: 6, hanzi: 4, punctuation: 0, words: 2, numbers: 0 });
    expect(countWords('COVID-19 疫情，3.5万人')).toMatchObject({ total: 7, words: 1, numbers: 1, hanzi: 4, punctuation: 1 });
    expect(countWords('Hello, world.').total).toBe(2);
  });

  it('does not count spaces and line breaks; counts full-width letters per cell', () => {
    expect(countWords('  第一段\n\n第二段\t ').total).toBe(6);
    expect(countWords('ＡＢＣ１２').total).toBe(5);
    expect(countWords('').total).toBe(0);
  });

  it('counts characters outside the basic plane once', () => {
    expect(countWords('𠀋𠀌').hanzi).toBe(2);
  });

  it('advises on unusual length and prints 千字', () => {
    expect(lengthAdvice(1500)).toContain('少于一般篇幅');
    expect(lengthAdvice(3000)).toBeUndefined();
    expect(lengthAdvice(6000)).toContain('超过一般篇幅');
    expect(formatQianZi(183_204)).toBe('184千字');
  });
});
