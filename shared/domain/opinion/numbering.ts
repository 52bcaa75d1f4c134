/**
 * 《社情民意》 期号 and the 收稿编号 of reports.
 *
 * - 期号 run per year (2026年第1期, 第2期 …; a new year starts at 第1期) or, when the office
 *   numbers per 届, per term. Besides it the bulletin may print the running 总第N期 over all years.
 * - An issue takes its 期号 when it is composed: 1 + the largest 期号 of the same year (or 届)
 *   among issues that are not voided. Only an issue still 编辑中 can be voided (it was never
 *   printed), so a printed 期号 is never handed out twice and the printed series has no gaps.
 * - A clerk may change the 期号 of an issue still 编辑中; checkIssueNumber refuses one taken by
 *   another issue of the same year (or 届).
 * - 收稿编号 of reports: per year, given at 报送, 1 + the largest ever given (voided included),
 *   printed as 2026-007.
 */

export type IssueNumberScope = '每年' | '每届';
export const issueNumberScopes = ['每年', '每届'] as const satisfies readonly IssueNumberScope[];

export interface IssueNumberRef {
  id?: number;
  year: number;
  /** 届 number (e.g. 11), for the per-term scope. */
  term?: number | null;
  number: number;
  /** 总第N期, when the office prints it. */
  total?: number | null;
  voided?: boolean;
}

export interface IssueScopeKey {
  scope: IssueNumberScope;
  year: number;
  term?: number | null;
}

function inScope(ref: IssueNumberRef, key: IssueScopeKey): boolean {
  if (key.scope === '每届') return (ref.term ?? null) === (key.term ?? null);
  return ref.year === key.year;
}

/** 1 + the largest value given, ignoring null/undefined; 1 for none. */
export function nextNumber(values: Iterable<number | null | undefined>): number {
  let max = 0;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    if (!Number.isInteger(v) || v < 1) throw new RangeError(`编号应为正整数：${v}`);
    if (v > max) max = v;
  }
  return max + 1;
}

/** The 期号 (and 总第N期) a new issue of this year/届 gets. */
export function nextIssueNumber(existing: readonly IssueNumberRef[], key: IssueScopeKey): { number: number; total: number } {
  if (key.scope === '每届' && !key.term) throw new RangeError('按届编期号时须指定届次。');
  const live = existing.filter((e) => !e.voided);
  return {
    number: nextNumber(live.filter((e) => inScope(e, key)).map((e) => e.number)),
    total: nextNumber(live.map((e) => e.total)),
  };
}

/** A hand-typed 期号: refused when not a positive integer or taken by another live issue of the scope. */
export function checkIssueNumber(existing: readonly IssueNumberRef[], key: IssueScopeKey, number: number, selfId?: number): string | undefined {
  if (!Number.isInteger(number) || number < 1) return '期号应为正整数。';
  const clash = existing.find((e) => !e.voided && e.id !== selfId && inScope(e, key) && e.number === number);
  if (clash) return `${key.scope === '每届' ? '本届' : `${key.year}年`}已有第${number}期，期号不能重复。`;
  return undefined;
}

/** 第5期 — what the 报头 prints under the title. */
export function formatIssueNumber(number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`期号应为正整数：${number}`);
  return `第${number}期`;
}

/** 2026年第5期 (per year) or 第十一届第5期 style labels for lists; 总第N期 appended when known. */
export function issueLabel(ref: Pick<IssueNumberRef, 'year' | 'number' | 'total'>, options: { scope?: IssueNumberScope; termName?: string; withTotal?: boolean } = {}): string {
  const head = options.scope === '每届' && options.termName ? `${options.termName}${formatIssueNumber(ref.number)}` : `${ref.year}年${formatIssueNumber(ref.number)}`;
  return options.withTotal && ref.total ? `${head}（总第${ref.total}期）` : head;
}

/** 收稿编号 2026-007 (three digits at least, longer numbers print in full). */
export function formatReceiveNo(year: number, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1) throw new RangeError(`收稿序号应为正整数：${serial}`);
  return `${year}-${String(serial).padStart(3, '0')}`;
}
