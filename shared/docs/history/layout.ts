import { PAGE } from '../page';
import { splitTitle } from '../titleLines';

/**
 * Where things fall in a printed 文史资料 volume, without Word: the engine's page is a strict grid
 * (22 lines of 28 characters of 3号, every element an exact number of grid lines), so the lines of
 * each paragraph and the pages of each article can be counted. That count is the static first
 * rendering of the 目录 (the TOC field carries it until Word updates the field).
 *
 * Line breaking follows Chinese typesetting as Word and LibreOffice do it with the engine's settings:
 * a full-width character takes one cell; Latin letters and digits their Times New Roman width (digits
 * half a cell) and a quarter cell of automatic space where they meet Chinese; a Latin word or number
 * is not broken; a closing mark (，。、）》 …) never starts a line — the character before it moves down
 * with it — and an opening mark （《“ never ends one. (That is LibreOffice's 禁则; Word may instead let
 * the closing mark hang in the margin, w:overflowPunct, but Word updates the TOC field on opening.)
 */
export const LINES_PER_PAGE = PAGE.linesPerPage;
export const CELLS_PER_LINE = PAGE.charsPerLine;
/** Body paragraphs start two characters in. */
export const FIRST_LINE_CELLS = CELLS_PER_LINE - 2;

const NO_LINE_START = new Set([...'，。、；：！？）》〕」』”’…·%）】〉.,;:!?)']);
const NO_LINE_END = new Set([...'（《〔「『“‘【〈(']);
const HALF = /[\u0020-\u007e\u00a0-\u00ff\uff61-\uff9f]/;
const LATIN = /[0-9A-Za-z]/;

interface Token {
  text: string;
  width: number;
  latin: boolean;
}

/** Advance widths of Times New Roman (the engine's Latin font) in em, for Latin words and numbers. */
const TIMES: Record<string, number> = {};
'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').forEach((c, i) => (TIMES[c] = [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611][i] / 1000));
'abcdefghijklmnopqrstuvwxyz'.split('').forEach((c, i) => (TIMES[c] = [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444][i] / 1000));
for (const [c, w] of Object.entries({ ' ': 250, '.': 250, ',': 250, ':': 278, ';': 278, '-': 333, '(': 333, ')': 333, "'": 180, '"': 408, '/': 278, '%': 833, '&': 778 })) TIMES[c] = w / 1000;
const latinWidth = (ch: string) => TIMES[ch] ?? 0.5;

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let run = '';
  const flush = () => {
    if (run) out.push({ text: run, width: [...run].reduce((w, c) => w + latinWidth(c), 0), latin: true });
    run = '';
  };
  for (const ch of text) {
    if (HALF.test(ch) && ch !== ' ') {
      run += ch;
      continue;
    }
    flush();
    const prev = out[out.length - 1];
    // —— and …… are one mark of two cells: never split across lines
    if (prev && !prev.latin && (ch === '—' || ch === '…') && prev.text.endsWith(ch)) {
      prev.text += ch;
      prev.width += 1;
      continue;
    }
    out.push({ text: ch, width: ch === ' ' ? 0.25 : HALF.test(ch) ? 0.5 : 1, latin: false });
  }
  flush();
  // the quarter-em Word and LibreOffice add between Chinese and Latin letters or digits
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1];
    const b = out[i];
    if (a.latin !== b.latin && ((a.latin && LATIN.test(a.text.at(-1)!)) || (b.latin && LATIN.test(b.text[0]))) && a.text !== ' ' && b.text !== ' ') b.width += 0.25;
  }
  return out;
}

/** Lines a paragraph takes: `first` cells on its first line, `rest` on the others. */
export function countLines(text: string, first: number = FIRST_LINE_CELLS, rest: number = CELLS_PER_LINE): number {
  return breakLines(text, first, rest).length;
}

/** The paragraph cut into its lines, as the page sets them. */
export function breakLines(text: string, first: number = FIRST_LINE_CELLS, rest: number = CELLS_PER_LINE): string[] {
  const list = tokens(text);
  if (!list.length) return [''];
  const lines: Token[][] = [[]];
  let cap = first;
  let pos = 0;
  const width = (ts: Token[]) => ts.reduce((w, t) => w + t.width, 0);
  for (const t of list) {
    const line = lines[lines.length - 1];
    if (pos + t.width <= cap + 1e-6) {
      line.push(t);
      pos += t.width;
      continue;
    }
    // 禁则: what moves down with `t` — the closing marks before it and the character they follow,
    // or an opening mark left at the end of the line
    const carried: Token[] = [];
    if (NO_LINE_START.has(t.text[0])) {
      while (line.length > 1 && NO_LINE_START.has(line[line.length - 1].text[0])) carried.unshift(line.pop()!);
      if (line.length > 1) carried.unshift(line.pop()!);
    }
    while (line.length > 1 && NO_LINE_END.has(line[line.length - 1].text)) carried.unshift(line.pop()!);
    lines.push([...carried]);
    cap = rest;
    pos = width(carried);
    let piece = t;
    while (pos + piece.width > cap + 1e-6 && piece.width > cap) {
      // a word longer than a line is broken anyhow
      lines[lines.length - 1].push({ ...piece, width: cap - pos });
      piece = { ...piece, text: '', width: piece.width - (cap - pos) };
      lines.push([]);
      pos = 0;
    }
    lines[lines.length - 1].push(piece);
    pos += piece.width;
  }
  return lines.map((ts) => ts.map((t) => t.text).join(''));
}

export function titleLines(text: string): number {
  return splitTitle(text).length;
}

/** A piece of an article as the page sees it: lines that may split across pages, or a block that may not. */
export type Block = { lines: number; keep: boolean };

/** Pages taken by blocks set from the top of a new page. */
export function pagesFor(blocks: readonly Block[]): number {
  let page = 1;
  let line = 0;
  for (const b of blocks) {
    if (b.keep && line > 0 && line + b.lines > LINES_PER_PAGE) {
      page++;
      line = 0;
    }
    line += b.lines;
    while (line > LINES_PER_PAGE) {
      page++;
      line -= LINES_PER_PAGE;
    }
  }
  return line === 0 && page > 1 ? page - 1 : page;
}
