/**
 * A side-by-side diff of an original and an edited text (社情民意 原稿 vs 编辑稿; usable for any
 * two versions of Chinese prose). Paragraphs (lines) are aligned first; a paragraph that was
 * changed is then compared character by character, so the view marks exactly the characters the
 * editor deleted (left) and inserted (right).
 *
 * Longest-common-subsequence on tokens with the common prefix and suffix trimmed first; above
 * MAX_CELLS comparisons a pair is shown as wholly replaced instead (never slow on a big paste).
 */

export type SegmentKind = 'same' | 'del' | 'ins';
export interface Segment {
  kind: SegmentKind;
  text: string;
}

export type RowKind = 'same' | 'changed' | 'removed' | 'added';
export interface DiffRow {
  kind: RowKind;
  /** The original paragraph (null when the edited text added one). */
  left: Segment[] | null;
  /** The edited paragraph (null when the editor removed one). */
  right: Segment[] | null;
}

export interface TextDiff {
  rows: DiffRow[];
  /** Characters (not whitespace) deleted from the original and inserted by the editor. */
  deleted: number;
  inserted: number;
  /** True when both texts are the same apart from line-end whitespace. */
  identical: boolean;
}

const MAX_CELLS = 4_000_000;

type Op<T> = { kind: SegmentKind; items: T[] };

/** Edit script turning `a` into `b`: runs of same / del / ins, in order. */
export function diffSequences<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean = Object.is): Op<T>[] {
  let start = 0;
  while (start < a.length && start < b.length && equal(a[start], b[start])) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && equal(a[endA - 1], b[endB - 1])) {
    endA--;
    endB--;
  }
  const ops: Op<T>[] = [];
  const push = (kind: SegmentKind, item: T) => {
    const last = ops[ops.length - 1];
    if (last && last.kind === kind) last.items.push(item);
    else ops.push({ kind, items: [item] });
  };
  for (let i = 0; i < start; i++) push('same', a[i]);
  const ma = a.slice(start, endA);
  const mb = b.slice(start, endB);
  const n = ma.length;
  const m = mb.length;
  if (n * m > MAX_CELLS) {
    for (const x of ma) push('del', x);
    for (const y of mb) push('ins', y);
  } else if (n && m) {
    // lcs[i][j] = LCS length of ma[i..] and mb[j..], flattened.
    const width = m + 1;
    const lcs = Math.min(n, m) < 65535 ? new Uint16Array((n + 1) * width) : new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * width + j] = equal(ma[i], mb[j]) ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (equal(ma[i], mb[j])) {
        push('same', ma[i]);
        i++;
        j++;
      } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) push('del', ma[i++]);
      else push('ins', mb[j++]);
    }
    while (i < n) push('del', ma[i++]);
    while (j < m) push('ins', mb[j++]);
  } else {
    for (const x of ma) push('del', x);
    for (const y of mb) push('ins', y);
  }
  for (let i = endA; i < a.length; i++) push('same', a[i]);
  return ops;
}

const visible = (s: string) => s.replace(/\s/gu, '').length;

/** Sentences with their closing punctuation, for long paragraphs compared in two stages. */
export function splitSentences(text: string): string[] {
  return text.match(/[^。！？；!?;]+[。！？；!?;]*|[。！？；!?;]+/gu) ?? [];
}

function pushSegment(list: Segment[], kind: SegmentKind, text: string) {
  if (!text) return;
  const last = list[list.length - 1];
  if (last && last.kind === kind) last.text += text;
  else list.push({ kind, text });
}

/**
 * Character-level diff of one paragraph pair: the left segments (same/del) and right (same/ins).
 * Paragraphs too long to compare character by character in one go are aligned by sentence first.
 */
export function diffChars(original: string, edited: string, depth = 0): { left: Segment[]; right: Segment[]; deleted: number; inserted: number } {
  const a = [...original];
  const b = [...edited];
  const left: Segment[] = [];
  const right: Segment[] = [];
  let deleted = 0;
  let inserted = 0;
  const add = (kind: SegmentKind, text: string) => {
    if (kind !== 'ins') pushSegment(left, kind, text);
    if (kind !== 'del') pushSegment(right, kind, text);
    if (kind === 'del') deleted += visible(text);
    if (kind === 'ins') inserted += visible(text);
  };
  if (a.length * b.length > MAX_CELLS && depth === 0) {
    const ops = diffSequences(splitSentences(original), splitSentences(edited));
    for (let k = 0; k < ops.length; k++) {
      const op = ops[k];
      if (op.kind === 'same') {
        add('same', op.items.join(''));
        continue;
      }
      const next = ops[k + 1];
      const del = op.kind === 'del' ? op.items.join('') : '';
      const ins = op.kind === 'ins' ? op.items.join('') : next && next.kind === 'ins' ? next.items.join('') : '';
      if (op.kind === 'del' && next && next.kind === 'ins') k++;
      const inner = diffChars(del, ins, depth + 1);
      for (const s of inner.left) pushSegment(left, s.kind, s.text);
      for (const s of inner.right) pushSegment(right, s.kind, s.text);
      deleted += inner.deleted;
      inserted += inner.inserted;
    }
    return { left, right, deleted, inserted };
  }
  for (const op of diffSequences(a, b)) add(op.kind, op.items.join(''));
  return { left, right, deleted, inserted };
}

export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/u, ''))
    .filter((l) => l !== '');
}

/** The side-by-side rows for an original and an edited text. */
export function diffText(original: string, edited: string): TextDiff {
  const a = splitParagraphs(original);
  const b = splitParagraphs(edited);
  const ops = diffSequences(a, b);
  const rows: DiffRow[] = [];
  let deleted = 0;
  let inserted = 0;
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k];
    if (op.kind === 'same') {
      for (const p of op.items) rows.push({ kind: 'same', left: [{ kind: 'same', text: p }], right: [{ kind: 'same', text: p }] });
      continue;
    }
    // A run of deletions followed by insertions (or the reverse) is a set of changed paragraphs.
    const dels = op.kind === 'del' ? op.items : [];
    const next = ops[k + 1];
    const ins = op.kind === 'ins' ? op.items : next && next.kind === 'ins' ? next.items : [];
    if (op.kind === 'del' && next && next.kind === 'ins') k++;
    const pairs = Math.min(dels.length, ins.length);
    for (let i = 0; i < pairs; i++) {
      const d = diffChars(dels[i], ins[i]);
      deleted += d.deleted;
      inserted += d.inserted;
      rows.push({ kind: 'changed', left: d.left, right: d.right });
    }
    for (const p of dels.slice(pairs)) {
      deleted += visible(p);
      rows.push({ kind: 'removed', left: [{ kind: 'del', text: p }], right: null });
    }
    for (const p of ins.slice(pairs)) {
      inserted += visible(p);
      rows.push({ kind: 'added', left: null, right: [{ kind: 'ins', text: p }] });
    }
  }
  return { rows, deleted, inserted, identical: rows.every((r) => r.kind === 'same') };
}
