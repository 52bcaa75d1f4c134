import { describe, expect, it } from 'vitest';
import { rankLabel, rankWithTies } from '../../../shared/domain/ranking';
import { defaultOpinionScoring, describeScoring, memberShare, reportPoints, type OpinionScoring } from '../../../shared/domain/opinion/scoring';

const rules: OpinionScoring = {
  submitted: 1,
  adoption: { 县: 2, 市: 5, 省: 10, 全国: 20 },
  instruction: { 县: 3, 市: 6, 省: 12, 全国: 20 },
  adoptionMode: '取最高',
  instructionMode: '取最高',
  coAuthorMode: '各计全分',
};

describe('points per report', () => {
  it('received only: the 报送 points', () => {
    expect(reportPoints({ submitted: true, adoptionLevels: [], instructionLevels: [] }, rules)).toEqual({ submitted: 1, adoption: 0, instruction: 0, total: 1 });
  });

  it('取最高: adopted by 县, 市 and 省 scores the 省 points once', () => {
    expect(reportPoints({ submitted: true, adoptionLevels: ['县', '省', '市'], instructionLevels: [] }, rules)).toEqual({ submitted: 1, adoption: 10, instruction: 0, total: 11 });
  });

  it('累计: every level adds up; a level recorded twice still counts once', () => {
    const r = { ...rules, adoptionMode: '累计' as const };
    expect(reportPoints({ submitted: false, adoptionLevels: ['县', '市', '县'], instructionLevels: [] }, r).adoption).toBe(7);
  });

  it('批示: highest level, or every 批示 when 累计', () => {
    const facts = { submitted: false, adoptionLevels: [], instructionLevels: ['县', '省', '省'] as const };
    expect(reportPoints(facts, rules).instruction).toBe(12);
    expect(reportPoints(facts, { ...rules, instructionMode: '累计' }).instruction).toBe(27);
  });

  it('the points follow the configured table (changing a value changes the score)', () => {
    const facts = { submitted: true, adoptionLevels: ['县'] as const, instructionLevels: ['市'] as const };
    expect(reportPoints(facts, rules).total).toBe(1 + 2 + 6);
    expect(reportPoints(facts, { ...rules, submitted: 0, adoption: { ...rules.adoption, 县: 4 }, instruction: { ...rules.instruction, 市: 8 } }).total).toBe(12);
  });

  it('co-authors: each the full points, or an equal share', () => {
    expect(memberShare(3, { coAuthorMode: '各计全分' })).toBe(1);
    expect(memberShare(4, { coAuthorMode: '均分' })).toBe(0.25);
    expect(() => memberShare(0, rules)).toThrow(RangeError);
  });

  it('describes the rules in one sentence for the 通报', () => {
    expect(describeScoring(defaultOpinionScoring)).toBe(
      '报送信息每篇1分；被采用：县级2分、市级5分、省级10分、全国20分（多级采用按最高级别计分）；获批示：县级3分、市级6分、省级12分、全国20分（多次批示按最高级别计分）；联名信息每位作者各计全分。',
    );
  });
});

describe('ranking with ties (1, 2, 2, 4)', () => {
  const people = [
    { name: '张明', points: 12 },
    { name: '李华', points: 20 },
    { name: '王芳', points: 12 },
    { name: '赵强', points: 5 },
    { name: '陈静', points: 12 },
  ];

  it('equal points share a rank, the next rank skips, ties ordered by pinyin', () => {
    const ranked = rankWithTies(people, [(p) => p.points], (p) => p.name);
    expect(ranked.map((r) => [r.item.name, r.rank, r.tied])).toEqual([
      ['李华', 1, false],
      ['陈静', 2, true],
      ['王芳', 2, true],
      ['张明', 2, true],
      ['赵强', 5, false],
    ]);
    expect(rankLabel(ranked[1])).toBe('并列第2名');
    expect(rankLabel(ranked[0])).toBe('第1名');
  });

  it('a second key breaks a tie only when configured', () => {
    const withAdopted = people.map((p, i) => ({ ...p, adopted: [1, 4, 3, 0, 3][i] }));
    const ranked = rankWithTies(withAdopted, [(p) => p.points, (p) => p.adopted], (p) => p.name);
    expect(ranked.map((r) => [r.item.name, r.rank])).toEqual([
      ['李华', 1],
      ['陈静', 2],
      ['王芳', 2],
      ['张明', 4],
      ['赵强', 5],
    ]);
  });

  it('shared points that sum to the same value tie (1/3 × 3 = 1)', () => {
    const ranked = rankWithTies([{ name: '甲', p: 1 / 3 + 1 / 3 + 1 / 3 }, { name: '乙', p: 1 }], [(x) => x.p], (x) => x.name);
    expect(ranked.every((r) => r.rank === 1 && r.tied)).toBe(true);
  });

  it('everyone tied at zero is 并列第1名; an empty list is empty', () => {
    expect(rankWithTies([{ p: 0 }, { p: 0 }], [(x) => x.p]).map((r) => r.rank)).toEqual([1, 1]);
    expect(rankWithTies([], [(x: number) => x])).toEqual([]);
    expect(() => rankWithTies([1], [])).toThrow(RangeError);
  });
});
