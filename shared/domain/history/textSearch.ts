/**
 * 文史检索: what a search term matches, and the pieces both the database index and the result
 * list need. Pure functions; the database (db/services/historySearch.ts) uses them for its index
 * and to cut the hit-in-context snippets.
 *
 * Semantics (identical to a brute-force `LIKE '%term%'` scan, which the tests and the bench check):
 * - A term matches where its exact character sequence occurs in an article's title or text;
 *   Latin letters A–Z match regardless of case (as SQLite LIKE does), nothing else is folded.
 * - Terms are separated by spaces; an article must contain every term. "…" keeps a phrase with
 *   spaces as one term.
 * - Punctuation is part of a term (永康， finds only 永康 followed by a full-width comma).
 *
 * Index paths: terms of 3+ characters use the FTS5 trigram table; 1–2-character terms use the
 * bigram table, whose text is ngramText(): every character paired with the next one (a single
 * character before a space or at the end), so a 2-character term is one token and a 1-character
 * term is a token prefix.
 */

export const MAX_TERMS = 8;
export const MAX_TERM_LENGTH = 50;

const spaceOrControl = /[\s\p{Z}\p{Cc}]/u;

/** Splits the search box into distinct terms (order kept). */
export function splitQuery(query: string): string[] {
  const terms: string[] = [];
  const re = /"([^"]*)"|(\S+)/gu;
  const cleaned = query.replace(/\p{Cc}/gu, ' ').replace(/[“”]/g, '"');
  for (const m of cleaned.matchAll(re)) {
    const raw = (m[1] ?? m[2] ?? '').replace(/[\s\p{Z}]+/gu, ' ').trim();
    if (!raw) continue;
    const term = [...raw].slice(0, MAX_TERM_LENGTH).join('');
    if (!terms.includes(term)) terms.push(term);
    if (terms.length >= MAX_TERMS) break;
  }
  return terms;
}

export function termLength(term: string): number {
  return [...term].length;
}

export type TermPath = 'trigram' | 'bigram';
export function termPath(term: string): TermPath {
  return termLength(term) >= 3 ? 'trigram' : 'bigram';
}

/** The text the bigram index stores for `text` (the SQL function history_ngrams). */
export function ngramText(text: string | null | undefined): string {
  if (!text) return '';
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (spaceOrControl.test(c)) continue;
    const next = chars[i + 1];
    out.push(next !== undefined && !spaceOrControl.test(next) ? c + next : c);
  }
  return out.join(' ');
}

/** The FTS5 MATCH expression for one term in its table. */
export function ftsExpression(term: string): string {
  const quoted = `"${term.replace(/"/g, '""')}"`;
  return termLength(term) === 1 ? `${quoted}*` : quoted;
}

/**
 * FTS5 folds case for every script; LIKE only for A–Z. A term with other cased letters (É, Д)
 * may get index candidates that LIKE would not match, so those candidates are checked in text.
 */
export function needsVerification(term: string): boolean {
  for (const ch of term) {
    if (ch.charCodeAt(0) < 128) continue;
    if (ch.toLowerCase() !== ch || ch.toUpperCase() !== ch) return true;
  }
  return false;
}

/** Lower-cases A–Z only, keeping every offset (LIKE's case rule). */
export function foldAscii(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

/** The LIKE pattern a brute-force scan uses for a term (with ESCAPE '\'). */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface Hit {
  start: number;
  end: number;
  term: string;
}

/** Every occurrence of any term in text (UTF-16 offsets), sorted, overlaps merged away. */
export function findHits(text: string, terms: readonly string[]): Hit[] {
  const folded = foldAscii(text);
  const all: Hit[] = [];
  for (const term of terms) {
    const t = foldAscii(term);
    if (!t) continue;
    let from = 0;
    for (;;) {
      const at = folded.indexOf(t, from);
      if (at < 0) break;
      all.push({ start: at, end: at + t.length, term });
      from = at + t.length;
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Hit[] = [];
  for (const h of all) {
    const last = merged[merged.length - 1];
    if (last && h.start < last.end) {
      if (h.end > last.end) last.end = h.end;
      continue;
    }
    merged.push({ ...h });
  }
  return merged;
}

export function containsAll(text: string, terms: readonly string[]): boolean {
  const folded = foldAscii(text);
  return terms.every((t) => folded.includes(foldAscii(t)));
}

export interface SnippetPart {
  text: string;
  hit: boolean;
}
export interface Snippet {
  /** Offset of the first hit in the snippet (UTF-16), to open the article there. */
  offset: number;
  parts: SnippetPart[];
}

const isLowSurrogate = (s: string, i: number) => i > 0 && i < s.length && (s.charCodeAt(i) & 0xfc00) === 0xdc00;

/**
 * Hits in context: a window of `radius` characters either side of a hit, hits inside the window
 * highlighted, line breaks shown as spaces, “…” where the window cuts the text.
 */
export function snippets(text: string, hits: readonly Hit[], options: { radius?: number; max?: number } = {}): Snippet[] {
  const radius = options.radius ?? 30;
  const max = options.max ?? 3;
  const out: Snippet[] = [];
  let i = 0;
  while (i < hits.length && out.length < max) {
    let start = Math.max(0, hits[i].start - radius);
    if (isLowSurrogate(text, start)) start--;
    let end = Math.min(text.length, hits[i].end + radius);
    let j = i;
    while (j + 1 < hits.length && hits[j + 1].start < end) {
      j++;
      end = Math.min(text.length, Math.max(end, hits[j].end + 10));
    }
    if (isLowSurrogate(text, end)) end++;
    const parts: SnippetPart[] = [];
    let pos = start;
    const push = (s: string, hit: boolean) => s && parts.push({ text: s.replace(/\s+/g, ' '), hit });
    if (start > 0) parts.push({ text: '…', hit: false });
    for (let k = i; k <= j; k++) {
      push(text.slice(pos, hits[k].start), false);
      push(text.slice(hits[k].start, hits[k].end), true);
      pos = hits[k].end;
    }
    push(text.slice(pos, end), false);
    if (end < text.length) parts.push({ text: '…', hit: false });
    out.push({ offset: hits[i].start, parts });
    i = j + 1;
  }
  return out;
}
