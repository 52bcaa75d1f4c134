import { describe, expect, it } from 'vitest';
import { findHits, ftsExpression, likePattern, needsVerification, ngramText, snippets, splitQuery, termPath } from '../../../../shared/domain/history/textSearch';

describe('文史检索 terms', () => {
  it('splits the search box on spaces, keeps quoted phrases', () => {
    expect(splitQuery(' 永康  抗战 永康 ')).toEqual(['永康', '抗战']);
    expect(splitQuery('"New York" 华侨')).toEqual(['New York', '华侨']);
    expect(splitQuery('“胡公 大帝”')).toEqual(['胡公 大帝']);
    expect(splitQuery('   ')).toEqual([]);
  });

  it('routes 1–2-character terms to the bigram index and longer ones to trigram', () => {
    expect(termPath('永')).toBe('bigram');
    expect(termPath('永康')).toBe('bigram');
    expect(termPath('永康县')).toBe('trigram');
    expect(termPath('𠀋𠀌')).toBe('bigram');
    expect(ftsExpression('永')).toBe('"永"*');
    expect(ftsExpression('a"b')).toBe('"a""b"');
  });

  it('pairs each character with the next for the bigram index', () => {
    expect(ngramText('永康，好 A')).toBe('永康 康， ，好 好 A');
    expect(ngramText('')).toBe('');
  });

  it('knows when index case folding differs from LIKE', () => {
    expect(needsVerification('永康')).toBe(false);
    expect(needsVerification('Word')).toBe(false);
    expect(needsVerification('Élan')).toBe(true);
    expect(likePattern('100%_a\\')).toBe('%100\\%\\_a\\\\%');
  });

  it('finds every hit, Latin letters case-insensitively, and cuts highlighted context', () => {
    const text = '永康人。\n记得永康的老街，WORD和word。';
    const hits = findHits(text, ['永康', 'Word']);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['永康', '永康', 'WORD', 'word']);
    const [s] = snippets(text, hits, { radius: 6 });
    expect(s.offset).toBe(0);
    expect(s.parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['永康', '永康', 'WORD', 'word']);
    expect(snippets(text, hits, { radius: 2 })).toHaveLength(3);
    expect(s.parts.map((p) => p.text).join('')).not.toContain('\n');
  });
});
