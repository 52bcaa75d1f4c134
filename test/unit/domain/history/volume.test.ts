import { describe, expect, it } from 'vitest';
import { chineseNumeral, parseVolumeNumber, placementProblem, printCheck, volumeCoverLabel, volumeLabel } from '../../../../shared/domain/history/volume';

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
});
