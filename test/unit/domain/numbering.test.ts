import { describe, expect, it } from 'vitest';
import {
  allocateSerials,
  checkManualSerial,
  formatProposalCode,
  formatProposalNumber,
  isNumberFrozen,
  nextSerial,
  padSerial,
  parseProposalCode,
  renumberByCategory,
  type NumberedProposal,
  type ProposalNumber,
} from '../../../shared/domain/proposal/numbering';

const categories = ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明', '其他'];

describe('codes and display', () => {
  it.each([
    [{ term: 11, session: 3, series: '立案', serial: 1 }, '11-3-001', '第001号'],
    [{ term: 11, session: 3, series: '立案', serial: 92 }, '11-3-092', '第092号'],
    [{ term: 11, session: 3, series: '不予立案', serial: 1 }, '11-3-不001', '不予立案第001号'],
    [{ term: 11, session: '平时', series: '立案', serial: 7 }, '11-平-007', '平时第007号'],
    [{ term: 11, session: '平时', series: '不予立案', serial: 12 }, '11-平-不012', '平时不予立案第012号'],
    [{ term: 9, session: 1, series: '立案', serial: 1234 }, '9-1-1234', '第1234号'],
  ] as [ProposalNumber, string, string][])('%j → %s, %s', (n, code, shown) => {
    expect(formatProposalCode(n)).toBe(code);
    expect(formatProposalNumber(n)).toBe(shown);
    expect(parseProposalCode(code)).toEqual(n);
  });

  it('pads to three digits and never truncates', () => {
    expect(padSerial(1)).toBe('001');
    expect(padSerial(10)).toBe('010');
    expect(padSerial(999)).toBe('999');
    expect(padSerial(1000)).toBe('1000');
  });

  it.each(['11-3-01', '11-3-000', '11-3-0001', '0-3-001', '11-0-001', '11-平时-001', '11-3-A001', '11—3—001', '第001号', ''])('does not parse %j', (code) => {
    expect(parseProposalCode(code)).toBeUndefined();
  });

  it('refuses bad parts', () => {
    expect(() => formatProposalCode({ term: 11, session: 3, series: '立案', serial: 0 })).toThrow(/序号应为正整数/);
    expect(() => formatProposalCode({ term: 0, session: 3, series: '立案', serial: 1 })).toThrow(/届次/);
    expect(() => formatProposalCode({ term: 11, session: 1.5, series: '立案', serial: 1 })).toThrow(/会次/);
    expect(() => padSerial(2.5)).toThrow(/序号/);
  });
});

describe('nextSerial and allocateSerials (max + 1, never reused)', () => {
  it('starts at 1 and takes max + 1, ignoring unnumbered records', () => {
    expect(nextSerial([])).toBe(1);
    expect(nextSerial([null, undefined])).toBe(1);
    expect(nextSerial([1, 2, 3])).toBe(4);
    expect(nextSerial([3, 1, null])).toBe(4);
  });

  it('does not fill a gap left by a voided or merged proposal', () => {
    // 002 was voided, 004 merged: both stay used
    expect(nextSerial([1, 2, 3, 4, 5])).toBe(6);
    expect(nextSerial([1, 3, 5])).toBe(6);
  });

  it('allocates a run', () => {
    expect(allocateSerials([1, 7], 3)).toEqual([8, 9, 10]);
    expect(allocateSerials([], 0)).toEqual([]);
    expect(() => allocateSerials([], -1)).toThrow(/非负整数/);
  });

  it('refuses garbage', () => {
    expect(() => nextSerial([1, 0])).toThrow(/正整数/);
    expect(() => nextSerial([1.5])).toThrow(/正整数/);
  });
});

describe('renumberByCategory', () => {
  const p = (id: number, serial: number | null, category: string, status: NumberedProposal['status'] = '立案', assignedAt: string | null = null): NumberedProposal => ({
    id,
    serial,
    category,
    status,
    assignedAt,
  });

  it('re-sorts a fresh 立案 batch by category, keeping the order within a category', () => {
    const batch = [p(1, 1, '社会建设'), p(2, 2, '经济建设'), p(3, 3, '生态文明'), p(4, 4, '经济建设'), p(5, 5, '文化建设'), p(6, 6, '社会建设')];
    const r = renumberByCategory(batch, categories);
    expect(r.order).toEqual([
      { id: 2, serial: 1, category: '经济建设' },
      { id: 4, serial: 2, category: '经济建设' },
      { id: 5, serial: 3, category: '文化建设' },
      { id: 1, serial: 4, category: '社会建设' },
      { id: 6, serial: 5, category: '社会建设' },
      { id: 3, serial: 6, category: '生态文明' },
    ]);
    expect(r.changes).toEqual([
      { id: 2, from: 2, to: 1 },
      { id: 4, from: 4, to: 2 },
      { id: 5, from: 5, to: 3 },
      { id: 1, from: 1, to: 4 },
      { id: 6, from: 6, to: 5 },
      { id: 3, from: 3, to: 6 },
    ]);
    expect(r.skipped).toEqual([]);
  });

  it('is idempotent', () => {
    const batch = [p(1, 1, '社会建设'), p(2, 2, '经济建设'), p(3, 3, '其他')];
    const once = renumberByCategory(batch, categories);
    const again = renumberByCategory(
      batch.map((x) => ({ ...x, serial: once.order.find((o) => o.id === x.id)!.serial })),
      categories,
    );
    expect(again.changes).toEqual([]);
  });

  it('never touches a 交办 proposal, nor one that was 交办 and came back by 申退', () => {
    const batch = [
      p(1, 1, '社会建设', '已交办', '2026-04-10'),
      p(2, 2, '经济建设', '已办结', '2026-04-10'),
      p(3, 3, '社会建设', '立案', '2026-04-10'), // 申退 → 同意申退: back to 立案 but frozen
      p(4, 4, '经济建设'),
      p(5, 5, '文化建设'),
      p(6, 6, '经济建设'),
    ];
    const r = renumberByCategory(batch, categories);
    expect(r.skipped).toEqual([
      { id: 1, reason: '已交办，编号不再变动' },
      { id: 2, reason: '已交办，编号不再变动' },
      { id: 3, reason: '已交办，编号不再变动' },
    ]);
    // only 4, 5, 6 exchange their own serials 4, 5, 6
    expect(r.order).toEqual([
      { id: 4, serial: 4, category: '经济建设' },
      { id: 6, serial: 5, category: '经济建设' },
      { id: 5, serial: 6, category: '文化建设' },
    ]);
    expect(r.changes.map((c) => c.id).sort()).toEqual([5, 6]);
    for (const frozen of [1, 2, 3]) expect(r.changes.some((c) => c.id === frozen)).toBe(false);
  });

  it('never hands out a serial that was ever used: gaps stay gaps, new numbers go above every used one', () => {
    // serial 2 belonged to a proposal later voided, 5 to one 并案: neither is given to anyone
    const batch = [p(1, 1, '社会建设'), p(3, 3, '经济建设'), p(4, 4, '社会建设'), p(7, null, '经济建设'), p(8, null, '文化建设')];
    const r = renumberByCategory(batch, categories, { usedSerials: [1, 2, 3, 4, 5] });
    expect(r.order).toEqual([
      { id: 3, serial: 1, category: '经济建设' },
      { id: 7, serial: 3, category: '经济建设' },
      { id: 8, serial: 4, category: '文化建设' },
      { id: 1, serial: 6, category: '社会建设' },
      { id: 4, serial: 7, category: '社会建设' },
    ]);
    const handedOut = r.order.map((o) => o.serial);
    expect(handedOut).not.toContain(2);
    expect(handedOut).not.toContain(5);
    expect(r.changes).toContainEqual({ id: 7, from: null, to: 3 });
  });

  it('never gives a movable proposal the serial of a frozen one', () => {
    const batch = [p(1, 1, '其他', '已交办', '2026-04-10'), p(2, null, '经济建设'), p(3, null, '经济建设')];
    const r = renumberByCategory(batch, categories);
    expect(r.order.map((o) => o.serial)).toEqual([2, 3]);
  });

  it('skips what is not 立案 (not yet decided, refused, merged, voided)', () => {
    const batch = [p(1, null, '其他', '待审查'), p(2, null, '其他', '不予立案'), p(3, null, '其他', '已并案'), p(4, 9, '其他', '已作废'), p(5, 1, '经济建设')];
    const r = renumberByCategory(batch, categories);
    expect(r.skipped.map((s) => s.reason)).toEqual([
      '状态为“待审查”，不在立案编号之列',
      '状态为“不予立案”，不在立案编号之列',
      '状态为“已并案”，不在立案编号之列',
      '状态为“已作废”，不在立案编号之列',
    ]);
    expect(r.order).toEqual([{ id: 5, serial: 1, category: '经济建设' }]);
  });

  it('puts unlisted categories last, by name', () => {
    const batch = [p(1, 1, '乙类'), p(2, 2, '经济建设'), p(3, 3, '甲类'), p(4, 4, '乙类')];
    const r = renumberByCategory(batch, categories);
    expect(r.order.map((o) => o.id)).toEqual([2, 1, 4, 3]);
  });

  it('refuses duplicate serials and duplicate ids', () => {
    expect(() => renumberByCategory([p(1, 1, '其他'), p(2, 1, '其他')], categories)).toThrow('编号第001号同时被提案1和2使用，请先更正。');
    expect(() => renumberByCategory([p(1, 1, '其他'), p(1, 2, '其他')], categories)).toThrow(/重复出现/);
  });

  it('keeps the set of serials of a 92-proposal batch and sorts it by category', () => {
    const cats = ['社会建设', '经济建设', '其他', '文化建设', '生态文明', '政治建设'];
    const batch = Array.from({ length: 92 }, (_, i) => p(i + 1, i + 1, cats[(i * 7) % 6]));
    const r = renumberByCategory(batch, categories);
    expect(r.order.map((o) => o.serial)).toEqual(Array.from({ length: 92 }, (_, i) => i + 1));
    const ranks = r.order.map((o) => categories.indexOf(o.category));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('isNumberFrozen and checkManualSerial', () => {
  it('freezes at 交办', () => {
    expect(isNumberFrozen({ status: '立案' })).toBe(false);
    expect(isNumberFrozen({ status: '立案', assignedAt: '2026-04-10' })).toBe(true);
    expect(isNumberFrozen({ status: '已交办' })).toBe(true);
    expect(isNumberFrozen({ status: '已归档' })).toBe(true);
  });

  it('refuses a hand-typed number after 交办 or one ever used', () => {
    const open = { id: 1, serial: 3, status: '立案' as const, assignedAt: null };
    expect(checkManualSerial(open, 3, [1, 2, 3])).toBeUndefined();
    expect(checkManualSerial(open, 10, [1, 2, 3])).toBeUndefined();
    expect(checkManualSerial(open, 2, [1, 2, 3])).toBe('第002号已被使用过，编号不能重复使用。');
    expect(checkManualSerial({ ...open, status: '已交办' }, 10, [1, 2, 3])).toBe('提案已交办，编号不能再修改。');
    expect(checkManualSerial(open, 0, [])).toBe('编号应为正整数。');
  });
});
