/**
 * 发文登记: every 发文字号 the office has given, across the modules that number documents. The
 * register's two checks are the ones an archivist makes by hand in the paper 发文登记簿:
 * - 断号: serials of a series and year that no document holds (the numbering never skips, so a
 *   gap means a document outside this app took the number, and the clerk should note it);
 * - 重号: one 发文字号 held by two documents.
 */
export interface RegisteredNumber {
  series: string;
  year: number;
  serial: number;
  docNumber: string;
}

export interface SerialGap {
  series: string;
  year: number;
  /** The serials below the year's largest that nothing holds, ascending. */
  missing: number[];
}

/** Gaps per series and year, series in first-seen order, years ascending; complete years are left out. */
export function serialGaps(rows: readonly RegisteredNumber[]): SerialGap[] {
  const held = new Map<string, { series: string; year: number; serials: Set<number> }>();
  for (const r of rows) {
    const key = `${r.series}\u0000${r.year}`;
    const entry = held.get(key) ?? { series: r.series, year: r.year, serials: new Set<number>() };
    entry.serials.add(r.serial);
    held.set(key, entry);
  }
  const gaps: SerialGap[] = [];
  for (const { series, year, serials } of held.values()) {
    const top = Math.max(...serials);
    const missing: number[] = [];
    for (let s = 1; s < top; s++) if (!serials.has(s)) missing.push(s);
    if (missing.length) gaps.push({ series, year, missing });
  }
  const order = [...new Set(rows.map((r) => r.series))];
  return gaps.sort((a, b) => order.indexOf(a.series) - order.indexOf(b.series) || a.year - b.year);
}

/** 发文字号 held by more than one document. */
export function duplicateNumbers(rows: readonly RegisteredNumber[]): string[] {
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(r.docNumber, (seen.get(r.docNumber) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([d]) => d);
}

/** 3 → “3号”; [2, 3, 4, 7] → “2—4号、7号”: the way a register note lists missing numbers. */
export function describeSerials(serials: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < serials.length; ) {
    let j = i;
    while (j + 1 < serials.length && serials[j + 1] === serials[j] + 1) j++;
    runs.push(j > i + 1 ? `${serials[i]}—${serials[j]}号` : j === i + 1 ? `${serials[i]}号、${serials[j]}号` : `${serials[i]}号`);
    i = j + 1;
  }
  return runs.join('、');
}
