import { describe, expect, it } from 'vitest';
import { boardPeople, boardRoleOptions, groupBoard } from '../../../../shared/domain/history/board';
import { chineseNumeral, parseVolumeNumber, placementProblem, printCheck, unprintProblem, volumeCoverLabel, volumeLabel } from '../../../../shared/domain/history/volume';

describe('辑', () => {
  it('writes 辑次 in Chinese numerals for the cover', () => {
    expect([1, 10, 12, 20, 34, 100, 105, 110].map(chineseNumeral)).toEqual(['一', '十', '十二', '二十', '三十四', '一百', '一百零五', '一百一十']);
    expect(volumeCoverLabel(34)).toBe('第三十四辑');
    expect(volumeLabel(34)).toBe('第34辑');
  });

  it('reads what a manifest writes for a volume', () => {
    expect(['3', '第3辑', '第三辑', '三十四', '第一百零五辑'].map(parseVolumeNumber)).toEqual([3, 3, 3, 34, 105]);
    expect(parseVolumeNumber('甲')).toBeUndefined();
    expect(parseVolumeNumber('0')).toBeUndefined();
  });

  it('places only articles past 终审 and not in another volume', () => {
    expect(placementProblem({ id: 1, title: '回忆', status: '待终审', volumeId: null }, 5)).toBe('《回忆》尚未通过终审（当前状态“待终审”），不能编入辑中。');
    expect(placementProblem({ id: 1, title: '回忆', status: '终审通过', volumeId: 4 }, 5, () => '第4辑')).toBe('《回忆》已编入第4辑，不能同时编入两辑。');
    expect(placementProblem({ id: 1, title: '回忆', status: '二校完成', volumeId: 5 }, 5)).toBeUndefined();
  });

  it('付印 needs 三校 on every article and lists rates above the target', () => {
    const proofs = [
      { round: '一校', chars: 5000, errorsFound: 10, errorsFixed: 10 },
      { round: '二校', chars: 5000, errorsFound: 3, errorsFixed: 3 },
      { round: '三校', chars: 5000, errorsFound: 1, errorsFixed: 1 },
    ];
    expect(printCheck([])).toEqual({ blocking: ['本辑还没有编入稿件。'], warnings: [] });
    const r = printCheck([
      { title: '甲', status: '二校完成', proofs: proofs.slice(0, 2) },
      { title: '乙', status: '三校完成', proofs },
    ]);
    expect(r.blocking).toEqual(['《甲》尚未完成三校（当前状态“二校完成”）。']);
    expect(r.warnings).toEqual(['《乙》差错率万分之2.00，未达到≤万分之1的要求。']);
  });

  it("撤销付印 only for the office's own volume while it is 已付印 (there is no later state)", () => {
    const v = { number: 35, title: '永安老字号', status: '已付印' as const, imported: false, voidedAt: null };
    expect(unprintProblem(v)).toBeUndefined();
    expect(unprintProblem({ ...v, status: '编辑中' })).toBe('第35辑《永安老字号》尚未付印（当前状态“编辑中”），无需撤销。');
    expect(unprintProblem({ ...v, imported: true })).toBe('第35辑《永安老字号》是入库的历史资料，没有付印记录，不能撤销付印。');
    expect(unprintProblem({ ...v, voidedAt: '2026-11-01' })).toBe('第35辑《永安老字号》已作废，请先恢复。');
  });
});

describe('编委会', () => {
  const stored = [
    { role: '主任', names: ['张明华'] },
    { role: '副主任', names: ['应立新', '程国庆'] },
    { role: '编委', names: ['王晓燕', '李建华'] },
  ];
  it('is edited one person per row, in print order, and stored back as the same groups', () => {
    const people = boardPeople(stored);
    expect(people.map((p) => `${p.role}:${p.name}`)).toEqual(['主任:张明华', '副主任:应立新', '副主任:程国庆', '编委:王晓燕', '编委:李建华']);
    expect(groupBoard(people)).toEqual(stored);
  });
  it('keeps the order the clerk chose: moving a person splits a group where the 职务 changes; blank rows are dropped', () => {
    const people = boardPeople(stored);
    const moved = [people[0], people[3], people[1], people[2], people[4], { role: '编委', name: ' ' }];
    expect(groupBoard(moved)).toEqual([
      { role: '主任', names: ['张明华'] },
      { role: '编委', names: ['王晓燕'] },
      { role: '副主任', names: ['应立新', '程国庆'] },
      { role: '编委', names: ['李建华'] },
    ]);
    expect(groupBoard([{ role: ' 主编 ', name: ' 陈志远 ' }])).toEqual([{ role: '主编', names: ['陈志远'] }]);
  });
  it("offers the usual 职务 and keeps an older volume's own (委员, 编辑)", () => {
    expect(boardRoleOptions([{ role: '委员', name: '甲' }, { role: '主任', name: '乙' }, { role: '委员', name: '丙' }])).toEqual(['主任', '副主任', '主编', '副主编', '编委', '委员']);
  });
});
