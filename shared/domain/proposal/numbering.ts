/**
 * 提案编号. A proposal gets its number when it is decided, in one of four series per 届:
 *
 * | series                         | code          | shown as          |
 * |--------------------------------|---------------|-------------------|
 * | 大会提案, 立案 (per 届/会次)    | `11-3-001`    | 第001号           |
 * | 大会提案, 不予立案 (per 届/会次)| `11-3-不001`  | 不予立案第001号   |
 * | 平时提案, 立案 (per 届)         | `11-平-001`   | 平时第001号       |
 * | 平时提案, 不予立案 (per 届)     | `11-平-不001` | 平时不予立案第001号 |
 *
 * The serial has at least three digits (1000 and beyond print in full, never truncated).
 * - 立案 numbers are handed out in 立案 order (nextSerial = max + 1 of every serial the series has
 *   ever used, voided and merged records included, so a number is never reused). After a 立案
 *   batch the office may re-sort them by category (renumberByCategory): only proposals that are
 *   立案 and were never 交办 move, and they only exchange the serials they already hold (plus new
 *   ones above every used serial for those not yet numbered).
 * - Numbers never change after 交办, even when 申退 brings the proposal back to 立案.
 * - 不予立案 get their own series in the same way, numbered at the decision.
 * - 平时提案 (闭会期间) have their own series per 届 and take max + 1 when 立案; there is no batch,
 *   so they are normally not re-sorted.
 * 已并案 proposals get no number of their own: they point to the main proposal.
 */
import { isAssignedStatus, type ProposalStatus } from './status';

export type NumberSeries = '立案' | '不予立案';

export interface ProposalNumber {
  /** 届 (e.g. 11 for 第十一届). */
  term: number;
  /** 会次 (e.g. 3 for 第三次会议), or '平时' for 闭会期间提案. */
  session: number | '平时';
  series: NumberSeries;
  serial: number;
}

/** 1 → '001', 1234 → '1234'. */
export function padSerial(serial: number): string {
  assertSerial(serial);
  return String(serial).padStart(3, '0');
}

/** The stored code: 11-3-001, 11-3-不001, 11-平-001, 11-平-不001. */
export function formatProposalCode(n: ProposalNumber): string {
  assertPositive(n.term, '届次');
  if (n.session !== '平时') assertPositive(n.session, '会次');
  return `${n.term}-${n.session === '平时' ? '平' : n.session}-${n.series === '不予立案' ? '不' : ''}${padSerial(n.serial)}`;
}

/** The number as printed on lists and forms: 第001号, 不予立案第001号, 平时第001号, 平时不予立案第001号. */
export function formatProposalNumber(n: Pick<ProposalNumber, 'session' | 'series' | 'serial'>): string {
  return `${n.session === '平时' ? '平时' : ''}${n.series === '不予立案' ? '不予立案' : ''}第${padSerial(n.serial)}号`;
}

const codePattern = /^([1-9]\d*)-([1-9]\d*|平)-(不?)(\d{3,})$/;

/** Reads a code written by formatProposalCode; undefined when the text is not one. */
export function parseProposalCode(code: string): ProposalNumber | undefined {
  const m = codePattern.exec(code.trim());
  if (!m) return undefined;
  const serial = Number(m[4]);
  if (serial < 1 || (m[4].length > 3 && m[4].startsWith('0'))) return undefined;
  return {
    term: Number(m[1]),
    session: m[2] === '平' ? '平时' : Number(m[2]),
    series: m[3] ? '不予立案' : '立案',
    serial,
  };
}

/**
 * The next serial of a series: 1 + the largest serial ever used. Pass every serial of the series,
 * voided and merged records included; null/undefined entries (unnumbered records) are ignored.
 */
export function nextSerial(existing: Iterable<number | null | undefined>): number {
  let max = 0;
  for (const s of existing) {
    if (s === null || s === undefined) continue;
    assertSerial(s);
    if (s > max) max = s;
  }
  return max + 1;
}

/** `count` new serials after every used one: [max+1, …, max+count]. */
export function allocateSerials(existing: Iterable<number | null | undefined>, count: number): number[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`数量应为非负整数：${count}`);
  const first = nextSerial(existing);
  return Array.from({ length: count }, (_, i) => first + i);
}

/** What renumbering needs to know about a proposal of one 届/会次's 立案 series. */
export interface NumberedProposal {
  id: string | number;
  /** The 立案 serial it holds, or null when not numbered yet. */
  serial: number | null;
  category: string;
  status: ProposalStatus;
  /** 首次交办日期: once set the number is frozen, even if 申退 brought it back to 立案. */
  assignedAt?: string | null;
}

/** True when the number may no longer change: the proposal is or has ever been 交办. */
export function isNumberFrozen(p: Pick<NumberedProposal, 'status' | 'assignedAt'>): boolean {
  return isAssignedStatus(p.status) || !!p.assignedAt;
}

export interface RenumberResult {
  /** Proposals whose serial changes or which get their first serial, in the new order. */
  changes: { id: string | number; from: number | null; to: number }[];
  /** The movable proposals in their new order with their new serials. */
  order: { id: string | number; serial: number; category: string }[];
  /** Proposals left untouched and why. */
  skipped: { id: string | number; reason: string }[];
}

/**
 * Re-sorts the 立案 serials of one 届/会次 by category after a 立案 batch.
 * - Moves only proposals in status 立案 that were never 交办; 交办 ones (and anything not 立案)
 *   are skipped with a reason and keep their serial.
 * - The movable proposals exchange the serials they already hold, smallest serial to the first
 *   proposal of the first category; within a category the previous order is kept. Those without a
 *   serial get new ones above every serial ever used (the proposals given plus `usedSerials`).
 *   So no serial that was ever used by another proposal is handed out.
 * - Categories missing from `categoryOrder` come after the listed ones, by name.
 * Refuses (RangeError) duplicate ids or two proposals holding the same serial.
 */
export function renumberByCategory(
  proposals: readonly NumberedProposal[],
  categoryOrder: readonly string[],
  options: { usedSerials?: Iterable<number> } = {},
): RenumberResult {
  const ids = new Set<string | number>();
  const holders = new Map<number, string | number>();
  for (const p of proposals) {
    if (ids.has(p.id)) throw new RangeError(`提案${String(p.id)}重复出现。`);
    ids.add(p.id);
    if (p.serial === null) continue;
    assertSerial(p.serial);
    const other = holders.get(p.serial);
    if (other !== undefined) throw new RangeError(`编号第${padSerial(p.serial)}号同时被提案${String(other)}和${String(p.id)}使用，请先更正。`);
    holders.set(p.serial, p.id);
  }

  const skipped: RenumberResult['skipped'] = [];
  const movable: { p: NumberedProposal; index: number }[] = [];
  proposals.forEach((p, index) => {
    if (isNumberFrozen(p)) skipped.push({ id: p.id, reason: '已交办，编号不再变动' });
    else if (p.status !== '立案') skipped.push({ id: p.id, reason: `状态为“${p.status}”，不在立案编号之列` });
    else movable.push({ p, index });
  });

  const rank = (category: string) => {
    const i = categoryOrder.indexOf(category);
    return i === -1 ? categoryOrder.length : i;
  };
  const sorted = [...movable].sort((a, b) => {
    const byRank = rank(a.p.category) - rank(b.p.category);
    if (byRank) return byRank;
    if (rank(a.p.category) === categoryOrder.length && a.p.category !== b.p.category) return a.p.category < b.p.category ? -1 : 1;
    const sa = a.p.serial ?? Number.POSITIVE_INFINITY;
    const sb = b.p.serial ?? Number.POSITIVE_INFINITY;
    if (sa !== sb) return sa - sb;
    return a.index - b.index;
  });

  const held = movable.map((m) => m.p.serial).filter((s): s is number => s !== null);
  const fresh = allocateSerials([...holders.keys(), ...(options.usedSerials ?? [])], movable.length - held.length);
  const pool = [...held, ...fresh].sort((a, b) => a - b);

  const order = sorted.map((m, i) => ({ id: m.p.id, serial: pool[i], category: m.p.category }));
  const changes = sorted
    .map((m, i) => ({ id: m.p.id, from: m.p.serial, to: pool[i] }))
    .filter((c) => c.from !== c.to);
  return { changes, order, skipped };
}

/**
 * A clerk typing a serial by hand: refused when the number is frozen (交办) or the serial was
 * ever used by another record of the series. Returns the Chinese message or undefined.
 */
export function checkManualSerial(
  proposal: Pick<NumberedProposal, 'id' | 'serial' | 'status' | 'assignedAt'>,
  newSerial: number,
  usedSerials: Iterable<number | null | undefined>,
): string | undefined {
  if (!Number.isInteger(newSerial) || newSerial < 1) return '编号应为正整数。';
  if (proposal.serial === newSerial) return undefined;
  if (isNumberFrozen(proposal)) return '提案已交办，编号不能再修改。';
  for (const s of usedSerials) if (s === newSerial) return `第${padSerial(newSerial)}号已被使用过，编号不能重复使用。`;
  return undefined;
}

function assertSerial(serial: number): void {
  if (!Number.isInteger(serial) || serial < 1) throw new RangeError(`提案序号应为正整数：${serial}`);
}

function assertPositive(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${what}应为正整数：${n}`);
}
