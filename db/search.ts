import type Database from 'better-sqlite3';
import { ngramText } from '../shared/domain/history/textSearch';

/**
 * Chinese full-text search (design.md): FTS5 trigram finds terms of 3+ characters; a 1–2
 * character term (张三, 永康, 水) goes to a bigram FTS5 table whose tokens are every 2-character
 * window of each run of letters/digits plus the run's last character. Triggers fill that table
 * through zx_bigrams(), which openDatabase registers on every connection.
 */

const wordRun = /[\p{L}\p{N}]+/gu;

/** The bigram token text of some texts: '停车位' → '停车 车位 位'. */
export function bigrams(...texts: (string | null | undefined)[]): string {
  const out: string[] = [];
  for (const text of texts) {
    if (!text) continue;
    for (const match of text.matchAll(wordRun)) {
      const chars = [...match[0].toLowerCase()];
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
      out.push(chars[chars.length - 1]);
    }
  }
  return out.join(' ');
}

export function registerSearchFunctions(sqlite: Database.Database) {
  // 文史检索 keeps punctuation in its bigrams (永康， is a term there): see shared/domain/history/textSearch.ts.
  sqlite.function('history_ngrams', { deterministic: true }, (text: unknown) => ngramText(text === null || text === undefined ? '' : String(text)));
  sqlite.function('zx_bigrams', { deterministic: true, varargs: true }, (...args: unknown[]) => bigrams(...args.map((a) => (a === null || a === undefined ? '' : String(a)))));
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

export interface SearchPlan {
  /** MATCH expression for the trigram table (terms of 3+ characters), or null. */
  trigram: string | null;
  /** MATCH expression for the bigram table (1–2 character terms), or null. */
  bigram: string | null;
}

/**
 * Splits what the user typed into terms (spaces separate them; all must match) and routes each
 * by length. Returns null when nothing searchable is left.
 */
export function planSearch(input: string): SearchPlan | null {
  const long: string[] = [];
  const short: string[] = [];
  for (const raw of input.trim().split(/\s+/)) {
    if (!raw) continue;
    if ([...raw].length >= 3) {
      long.push(quote(raw));
      continue;
    }
    // A short term is matched on its letters/digits (punctuation splits tokens in the bigram table).
    for (const m of raw.toLowerCase().matchAll(wordRun)) {
      const chars = [...m[0]];
      if (chars.length === 1) short.push(`${quote(chars[0])} *`);
      else short.push(quote(chars.join('')));
    }
  }
  if (!long.length && !short.length) return null;
  return { trigram: long.length ? long.join(' AND ') : null, bigram: short.length ? short.join(' AND ') : null };
}
