/**
 * 字数 of a Chinese manuscript — the rule, stated once (the 收稿登记 form and the error rate use it):
 *
 * 1. Every 汉字 counts 1 (any character of the Han script, including 〇 and the CJK extensions).
 * 2. Every full-width or CJK punctuation mark or symbol counts 1: 。，、；：？！“”‘’（）《》〈〉【】
 *    「」『』〔〕……——·～ and the other full-width forms (U+FF01–U+FF60, U+FFE0–U+FFEE), the CJK symbols
 *    block (U+3001–U+303F) and the general punctuation block (U+2010–U+205E: — … “ ” ‘ ’ ·). A
 *    ……or —— written with two marks counts 2, as it takes two character cells in print.
 *    Full-width letters and digits (ＡＢＣ１２３) count 1 each too: they also take a full cell.
 * 3. A run of any other non-space characters — a Latin word, a number such as 1937 or 3.5, a code
 *    such as COVID-19, a half-width punctuation mark standing alone — counts 1, however long it is.
 *    Half-width punctuation attached to such a run is part of it (“Hello,” is one).
 * 4. Spaces, tabs and line breaks count 0.
 * This matches what Word reports as 字数 for Chinese documents closely enough that editors recognise it.
 */
export interface WordCount {
  /** 合计 (the 字数 stored with the article). */
  total: number;
  /** 汉字. */
  hanzi: number;
  /** 全角/中文标点符号 and other full-width cells. */
  punctuation: number;
  /** Latin words and other non-CJK runs except pure numbers. */
  words: number;
  /** Runs of digits (with . , : / - inside), e.g. 1937, 3.5, 2026-03-05. */
  numbers: number;
}

const han = /\p{Script=Han}/u;
const space = /[\s\p{Z}]/u;

/** Rules 1 and 2: one character, one count. */
export function isFullCell(ch: string): boolean {
  if (han.test(ch)) return true;
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x3001 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffee) ||
    (c >= 0x2010 && c <= 0x205e) ||
    (c >= 0x3040 && c <= 0x30ff) || // kana, in quoted Japanese names
    (c >= 0xfe30 && c <= 0xfe4f) // CJK compatibility forms (vertical punctuation)
  );
}

export function countWords(text: string): WordCount {
  const result: WordCount = { total: 0, hanzi: 0, punctuation: 0, words: 0, numbers: 0 };
  let run = '';
  const flush = () => {
    if (!run) return;
    if (/^[\d.,:/-]*\d[\d.,:/-]*$/.test(run)) result.numbers++;
    else result.words++;
    run = '';
  };
  for (const ch of text) {
    if (space.test(ch)) {
      flush();
    } else if (isFullCell(ch)) {
      flush();
      if (han.test(ch)) result.hanzi++;
      else result.punctuation++;
    } else {
      run += ch;
    }
  }
  flush();
  result.total = result.hanzi + result.punctuation + result.words + result.numbers;
  return result;
}

/** 文史资料 articles usually run 2000–5000 characters (domain.md); a hint, never a refusal. */
export const usualLength = { min: 2000, max: 5000 } as const;

export function lengthAdvice(total: number): string | undefined {
  if (total === 0) return '正文为空。';
  if (total < usualLength.min) return `字数${total}，少于一般篇幅（${usualLength.min}–${usualLength.max}字）。`;
  if (total > usualLength.max) return `字数${total}，超过一般篇幅（${usualLength.min}–${usualLength.max}字），可考虑分篇或删节。`;
  return undefined;
}

/** 字数 as printed on a 版权页: in 千字, rounded up (183,204 → 184千字). */
export function formatQianZi(total: number): string {
  return `${Math.max(1, Math.ceil(total / 1000))}千字`;
}
