import { describe, expect, it } from 'vitest';
import {
  filingBy,
  formatPercent,
  isFiled,
  percentInText,
  proposalSummary,
  rate,
  reportParagraph,
  unitStatistics,
  isExcellentUnitCandidate,
  type ProposalFact,
} from '../../../shared/domain/proposal/statistics';
import { proposals92, published92, units78 } from '../../fixtures/proposals92';

const categories = ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明', '其他'];

describe('formatPercent (two decimals, half up; denominator 0 → —)', () => {
  it.each([
    [22, 92, '23.91%'],
    [68, 92, '73.91%'],
    [2, 92, '2.17%'],
    [92, 92, '100.00%'],
    [88, 92, '95.65%'],
    [0, 92, '0.00%'],
    [1, 3, '33.33%'],
    [2, 3, '66.67%'],
    [1, 8, '12.50%'],
    [1, 160, '0.63%'], // 0.625 rounds up
    [1, 20000, '0.01%'], // 0.005 rounds up
    [1, 200000, '0.00%'],
    [3, 2, '150.00%'],
    [0, 0, '—'],
    [5, 0, '—'],
  ])('%i / %i → %s', (n, d, text) => {
    expect(formatPercent(n, d)).toBe(text);
  });

  it('rate carries the number (null for 0/0)', () => {
    expect(rate(22, 92)).toEqual({ numerator: 22, denominator: 92, value: 23.91, text: '23.91%' });
    expect(rate(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null, text: '—' });
  });

  it('refuses negative or fractional counts', () => {
    expect(() => formatPercent(-1, 3)).toThrow(/分子/);
    expect(() => formatPercent(1, 2.5)).toThrow(/分母/);
  });

  it('prose drops trailing zeros only', () => {
    expect(percentInText(rate(92, 92))).toBe('100%');
    expect(percentInText(rate(1, 8))).toBe('12.5%');
    expect(percentInText(rate(9, 90))).toBe('10%');
    expect(percentInText(rate(22, 92))).toBe('23.91%');
    expect(percentInText(rate(1, 0))).toBe('—');
  });
});

describe('the published table (92 proposals)', () => {
  const s = proposalSummary(proposals92);

  it('has 92 proposals: 25 集体, 67 个人/联名, all 立案', () => {
    expect(proposals92).toHaveLength(92);
    expect(s.received).toBe(92);
    expect(s.collective).toBe(25);
    expect(s.individual).toBe(67);
    expect(s.byKind).toEqual({ 委员个人: 41, 委员联名: 26, 党派团体: 12, 界别: 8, 专委会: 5 });
    expect(s.filed).toBe(92);
    expect(s.filingRate.text).toBe('100.00%');
    expect(s.notFiled + s.merged + s.undecided).toBe(0);
  });

  it('is handled by 31 主办 units among 78 units', () => {
    expect(s.mainUnits).toBe(31);
    expect(s.units).toBe(78);
  });

  it('办复率 100%: A 22 (23.91%), B 68 (73.91%), C 2 (2.17%)', () => {
    expect(s.answered).toBe(92);
    expect(s.answerRate.text).toBe('100.00%');
    expect(s.replyClasses.A).toEqual({ count: 22, share: rate(22, 92) });
    expect(s.replyClasses.A.share.text).toBe('23.91%');
    expect(s.replyClasses.B.count).toBe(68);
    expect(s.replyClasses.B.share.text).toBe('73.91%');
    expect(s.replyClasses.C.count).toBe(2);
    expect(s.replyClasses.C.share.text).toBe('2.17%');
  });

  it('按期 and 征询 (the fixture’s own figures)', () => {
    expect(s.onTime).toBe(88);
    expect(s.onTimeRate.text).toBe('95.65%');
    expect(s.feedback).toMatchObject({ returned: 90, 满意: 81, 基本满意: 8, 不满意: 1 });
    expect(s.feedback.satisfactionRate.text).toBe('98.89%');
    expect(s.feedback.satisfiedRate.text).toBe('90.00%');
    expect(s.key).toBe(4);
  });

  it('agrees with the literal figures exported for the integration tests', () => {
    const { extra, ...table } = published92;
    expect({
      received: s.received,
      collective: s.collective,
      individual: s.individual,
      filed: s.filed,
      mainUnits: s.mainUnits,
      units: s.units,
      answered: s.answered,
      answerRate: s.answerRate.text,
      A: { count: s.replyClasses.A.count, share: s.replyClasses.A.share.text },
      B: { count: s.replyClasses.B.count, share: s.replyClasses.B.share.text },
      C: { count: s.replyClasses.C.count, share: s.replyClasses.C.share.text },
    }).toEqual(table);
    expect(s.byKind).toEqual(extra.byKind);
    expect(Object.fromEntries(filingBy(proposals92, 'category', categories).map((r) => [r.key, r.received]))).toEqual(extra.byCategory);
    expect({ onTime: s.onTime, onTimeRate: s.onTimeRate.text }).toEqual({ onTime: extra.onTime, onTimeRate: extra.onTimeRate });
    const fb = s.feedback;
    expect({ returned: fb.returned, 满意: fb.满意, 基本满意: fb.基本满意, 不满意: fb.不满意, satisfactionRate: fb.satisfactionRate.text, satisfiedRate: fb.satisfiedRate.text }).toEqual(
      extra.feedback,
    );
  });

  it('splits by category and 提案者类型 add up', () => {
    const byCat = filingBy(proposals92, 'category', categories);
    expect(byCat.map((r) => [r.key, r.received, r.filed, r.filingRate.text])).toEqual([
      ['经济建设', 28, 28, '100.00%'],
      ['政治建设', 6, 6, '100.00%'],
      ['文化建设', 12, 12, '100.00%'],
      ['社会建设', 30, 30, '100.00%'],
      ['生态文明', 11, 11, '100.00%'],
      ['其他', 5, 5, '100.00%'],
    ]);
    expect(filingBy(proposals92, 'proposerGroup').map((r) => [r.key, r.received])).toEqual([
      ['集体提案', 25],
      ['委员个人（联名）提案', 67],
    ]);
    for (const d of ['sector', 'party'] as const) expect(filingBy(proposals92, d).reduce((n, r) => n + r.received, 0)).toBe(92);
  });

  it('per unit: 主办 and 协办 counted separately, no unit twice on one proposal', () => {
    const rows = unitStatistics(proposals92);
    expect(rows).toHaveLength(78);
    expect(rows.filter((r) => r.main > 0)).toHaveLength(31);
    expect(rows.reduce((n, r) => n + r.main, 0)).toBe(92);
    expect(rows.reduce((n, r) => n + r.co, 0)).toBe(47 + 6);
    const byName = new Map(rows.map((r) => [r.unit, r]));
    expect(byName.get(units78[0])).toMatchObject({ main: 3, co: 0, total: 3, answered: 3 });
    expect(byName.get(units78[21])).toMatchObject({ main: 3, co: 1, total: 4, answered: 4 });
    expect(byName.get(units78[30])).toMatchObject({ main: 2, co: 0 });
    expect(byName.get(units78[31])).toMatchObject({ main: 0, co: 1, answerRate: rate(1, 1) });
    for (const r of rows) expect(r.answerRate.text).toBe('100.00%');
  });

  it('per unit 满意率 and the suggested 优秀承办单位: every 主办 one on time, every returned 征询 satisfied', () => {
    const rows = unitStatistics(proposals92);
    expect(rows.reduce((n, r) => n + r.feedbackReturned, 0)).toBe(s.feedback.returned);
    expect(rows.reduce((n, r) => n + r.satisfied, 0)).toBe(s.feedback.满意 + s.feedback.基本满意);
    for (const r of rows) expect(r.candidate).toBe(r.main > 0 && r.mainOnTime === r.main && r.feedbackReturned > 0 && r.satisfied === r.feedbackReturned);
    const candidates = rows.filter((r) => r.candidate);
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.length).toBeLessThan(31);
    expect(isExcellentUnitCandidate({ main: 2, mainOnTime: 2, feedbackReturned: 2, satisfied: 2 })).toBe(true);
    expect(isExcellentUnitCandidate({ main: 2, mainOnTime: 1, feedbackReturned: 2, satisfied: 2 })).toBe(false); // one late
    expect(isExcellentUnitCandidate({ main: 2, mainOnTime: 2, feedbackReturned: 2, satisfied: 1 })).toBe(false); // one 不满意
    expect(isExcellentUnitCandidate({ main: 2, mainOnTime: 2, feedbackReturned: 0, satisfied: 0 })).toBe(false); // no 征询 yet
    expect(isExcellentUnitCandidate({ main: 0, mainOnTime: 0, feedbackReturned: 0, satisfied: 0 })).toBe(false); // 协办 only
  });

  it('the 立案 flag may come from the status alone', () => {
    const withoutFlag = proposals92.map(({ filed: _filed, ...f }) => f as ProposalFact);
    expect(withoutFlag.every(isFiled)).toBe(true);
    expect(proposalSummary(withoutFlag)).toEqual(s);
  });

  it('writes the report paragraph', () => {
    expect(reportParagraph(proposals92, { categoryOrder: categories })).toBe(
      '本次会议共收到提案92件，其中集体提案25件、委员个人（联名）提案67件。经审查，立案92件，立案率100%。' +
        '立案提案中，经济建设类28件、政治建设类6件、文化建设类12件、社会建设类30件、生态文明类11件、其他类5件。' +
        '确定重点提案4件。立案提案交由78个承办单位办理，其中主办单位31个。' +
        '立案提案已全部办复，办复率100%，其中A类22件，占23.91%；B类68件，占73.91%；C类2件，占2.17%。' +
        '按期办复88件，按期办复率95.65%。' +
        '收回征询意见表90份，其中满意81件、基本满意8件、不满意1件，满意率（含基本满意）98.89%，其中满意占90%。',
    );
  });

  it('the fixture is a well-formed session', () => {
    const codes = proposals92.map((p) => p.code);
    expect(codes[0]).toBe('11-3-001');
    expect(codes[91]).toBe('11-3-092');
    expect(new Set(codes).size).toBe(92);
    expect(new Set(proposals92.map((p) => p.title)).size).toBe(92);
    for (const p of proposals92) {
      expect(p.title.length).toBeLessThanOrEqual(50);
      expect(p.title).toMatch(/^关于.+的建议$/);
      if (p.kind === '委员联名') expect(p.cosigners.length).toBeGreaterThanOrEqual(2);
      else expect(p.cosigners).toEqual([]);
      expect(p.mode === '单办').toBe(p.units!.length === 1);
    }
  });
});

/** A hand-made session with every kind of outcome; the expected figures below were counted by hand. */
const due = '2026-07-10';
const small: ProposalFact[] = [
  { id: 1, kind: '委员个人', category: '经济建设', sector: '经济界', party: '中国共产党', status: '已办结', units: [{ unit: '县教育局', role: '主办' }], mode: '单办', dueDate: due, answeredDate: '2026-07-01', replyClass: 'A', feedback: '满意' },
  { id: 2, kind: '委员联名', category: '经济建设', sector: '经济界', party: '民盟', status: '已办结', units: [{ unit: '县财政局', role: '主办' }, { unit: '县教育局', role: '协办' }], mode: '会办', dueDate: due, answeredDate: '2026-07-10', replyClass: 'B', feedback: '基本满意' },
  { id: 3, kind: '党派团体', category: '社会建设', sector: '民盟', party: '民盟', status: '待征询', units: [{ unit: '县教育局', role: '主办' }, { unit: '县财政局', role: '协办' }, { unit: '县财政局', role: '协办' }], mode: '会办', dueDate: due, answeredDate: '2026-07-15', replyClass: 'B', feedback: null },
  { id: 4, kind: '界别', category: '社会建设', sector: '教育界', party: null, status: '已签收', units: [{ unit: '县民政局', role: '主办' }, { unit: '县住房和城乡建设局', role: '协办', answeredDate: '2026-06-15' }], mode: '分办', dueDate: due },
  { id: 5, kind: '专委会', category: '生态文明', sector: null, party: null, status: '已交办', units: [{ unit: '县教育局', role: '主办' }, { unit: '县教育局', role: '协办' }], mode: '会办', dueDate: due },
  { id: 6, kind: '委员个人', category: '社会建设', sector: '教育界', party: '中国共产党', status: '不予立案', convertedTo: '社情民意' },
  { id: 7, kind: '委员个人', category: '经济建设', sector: '经济界', party: '无党派', status: '不予立案' },
  { id: 8, kind: '委员联名', category: '社会建设', sector: '教育界', party: '民盟', status: '已并案' },
  { id: 9, kind: '委员个人', category: '其他', sector: '经济界', party: '中国共产党', status: '待审查' },
  { id: 10, kind: '委员个人', category: '经济建设', sector: '经济界', party: '中国共产党', status: '暂存' },
  { id: 11, kind: '委员个人', category: '经济建设', sector: '经济界', party: '中国共产党', status: '已作废' },
  { id: 12, kind: '委员个人', category: '社会建设', sector: '医药卫生界', party: '中国共产党', status: '不满意重办', units: [{ unit: '县卫生健康局', role: '主办' }, { unit: '县医疗保障局', role: '协办', answeredDate: '2026-06-20' }], mode: '分办', dueDate: due, answeredDate: '2026-06-30', replyClass: 'C', feedback: '不满意' },
  { id: 13, kind: '党派团体', category: '经济建设', sector: '民建', party: '民建', status: '已归档', units: [{ unit: '县商务局', role: '主办' }], mode: '单办', dueDate: due, answeredDate: '2026-06-01', replyClass: 'A', feedback: '满意', key: true },
  { id: 14, kind: '委员个人', category: '生态文明', sector: '农业界', party: '中国共产党', status: '申请退回', units: [{ unit: '县水利局', role: '主办' }], mode: '单办', dueDate: due },
];

describe('a hand-counted session', () => {
  const s = proposalSummary(small);

  it('收到 excludes drafts and voided; 立案率 = 立案 / 收到', () => {
    expect(s.received).toBe(12);
    expect(s.collective).toBe(4);
    expect(s.individual).toBe(8);
    expect(s.byKind).toEqual({ 委员个人: 6, 委员联名: 2, 党派团体: 2, 界别: 1, 专委会: 1 });
    expect(s.filed).toBe(8);
    expect(s.filingRate.text).toBe('66.67%');
    expect(s).toMatchObject({ notFiled: 2, convertedToOpinion: 1, convertedToLetter: 0, merged: 1, undecided: 1, key: 1 });
  });

  it('units: 6 主办 among 8 units', () => {
    expect(s.mainUnits).toBe(6);
    expect(s.units).toBe(8);
  });

  it('办复率 = 已答复 / 立案; 按期办复率 = on or before the due date / 立案; classes / answered', () => {
    expect(s.answered).toBe(5);
    expect(s.answerRate.text).toBe('62.50%');
    expect(s.onTime).toBe(4);
    expect(s.onTimeRate.text).toBe('50.00%');
    expect(s.replyClasses.A).toMatchObject({ count: 2, share: { text: '40.00%' } });
    expect(s.replyClasses.B).toMatchObject({ count: 2, share: { text: '40.00%' } });
    expect(s.replyClasses.C).toMatchObject({ count: 1, share: { text: '20.00%' } });
  });

  it('满意率 = (满意 + 基本满意) / returned, and 满意 alone', () => {
    expect(s.feedback).toMatchObject({ returned: 4, 满意: 2, 基本满意: 1, 不满意: 1 });
    expect(s.feedback.satisfactionRate.text).toBe('75.00%');
    expect(s.feedback.satisfiedRate.text).toBe('50.00%');
  });

  const rows = (d: Parameters<typeof filingBy>[1], order?: string[]) => filingBy(small, d, order).map((r) => [r.key, r.received, r.filed, r.filingRate.text, r.answerRate.text]);

  it('by 提案者类型', () => {
    expect(rows('kind')).toEqual([
      ['委员个人', 6, 3, '50.00%', '66.67%'],
      ['委员联名', 2, 1, '50.00%', '100.00%'],
      ['党派团体', 2, 2, '100.00%', '100.00%'],
      ['界别', 1, 1, '100.00%', '0.00%'],
      ['专委会', 1, 1, '100.00%', '0.00%'],
    ]);
    expect(rows('proposerGroup')).toEqual([
      ['集体提案', 4, 4, '100.00%', '50.00%'],
      ['委员个人（联名）提案', 8, 4, '50.00%', '75.00%'],
    ]);
  });

  it('by category, listing empty categories with —', () => {
    expect(rows('category', categories)).toEqual([
      ['经济建设', 4, 3, '75.00%', '100.00%'],
      ['政治建设', 0, 0, '—', '—'],
      ['文化建设', 0, 0, '—', '—'],
      ['社会建设', 5, 3, '60.00%', '66.67%'],
      ['生态文明', 2, 2, '100.00%', '0.00%'],
      ['其他', 1, 0, '0.00%', '—'],
    ]);
  });

  it('by 界别 and by 党派 (first appearance order; missing → 未填写)', () => {
    expect(rows('sector')).toEqual([
      ['经济界', 4, 2, '50.00%', '100.00%'],
      ['民盟', 1, 1, '100.00%', '100.00%'],
      ['教育界', 3, 1, '33.33%', '0.00%'],
      ['未填写', 1, 1, '100.00%', '0.00%'],
      ['医药卫生界', 1, 1, '100.00%', '100.00%'],
      ['民建', 1, 1, '100.00%', '100.00%'],
      ['农业界', 1, 1, '100.00%', '0.00%'],
    ]);
    expect(rows('party')).toEqual([
      ['中国共产党', 5, 3, '60.00%', '66.67%'],
      ['民盟', 3, 2, '66.67%', '100.00%'],
      ['未填写', 2, 2, '100.00%', '0.00%'],
      ['无党派', 1, 0, '0.00%', '—'],
      ['民建', 1, 1, '100.00%', '100.00%'],
    ]);
  });

  it('per unit: 主办/协办 separately, a unit listed twice on one proposal counts once', () => {
    const u = unitStatistics(small);
    expect(u.map((r) => r.unit)).toEqual(['县教育局', '县财政局', '县民政局', '县卫生健康局', '县商务局', '县水利局', '县住房和城乡建设局', '县医疗保障局']);
    expect(u[0]).toMatchObject({ unit: '县教育局', main: 3, mainAnswered: 2, mainOnTime: 1, co: 1, coAnswered: 1, total: 4, answered: 3, replyClasses: { A: 1, B: 1, C: 0 } });
    expect(u[0].answerRate.text).toBe('75.00%');
    expect(u[0].mainOnTimeRate.text).toBe('33.33%');
    expect(u[1]).toMatchObject({ unit: '县财政局', main: 1, co: 1, total: 2, answered: 2, replyClasses: { A: 0, B: 1, C: 0 } });
    expect(u[2]).toMatchObject({ unit: '县民政局', main: 1, answered: 0, answerRate: { text: '0.00%' } });
    expect(u[6]).toMatchObject({ unit: '县住房和城乡建设局', main: 0, co: 1, coAnswered: 1 }); // 分办: its own answer counts
    expect(u[7]).toMatchObject({ unit: '县医疗保障局', main: 0, co: 1, coAnswered: 1, mainOnTimeRate: { text: '—' } });
  });

  it('writes the report paragraph, leaving out what is zero', () => {
    expect(reportParagraph(small, { categoryOrder: categories, asOf: '2026-07-31' })).toBe(
      '本次会议共收到提案12件，其中集体提案4件、委员个人（联名）提案8件。' +
        '经审查，立案8件，立案率66.67%；不予立案2件（其中转为社情民意1件）；并案处理1件；尚在审查1件。' +
        '立案提案中，经济建设类3件、社会建设类3件、生态文明类2件。确定重点提案1件。' +
        '立案提案交由8个承办单位办理，其中主办单位6个。' +
        '截至2026年7月31日，已办复5件，办复率62.5%，其中A类2件，占40%；B类2件，占40%；C类1件，占20%。' +
        '按期办复4件，按期办复率50%。' +
        '收回征询意见表4份，其中满意2件、基本满意1件、不满意1件，满意率（含基本满意）75%，其中满意占50%。',
    );
  });
});

describe('empty and early sessions', () => {
  it('no proposals: every rate is —', () => {
    const s = proposalSummary([]);
    expect(s.received).toBe(0);
    expect(s.filingRate.text).toBe('—');
    expect(s.answerRate.text).toBe('—');
    expect(s.replyClasses.A.share.text).toBe('—');
    expect(s.feedback.satisfactionRate.text).toBe('—');
    expect(reportParagraph([])).toBe('本次会议尚未收到提案。');
    expect(reportParagraph([], { scope: '闭会期间' })).toBe('闭会期间尚未收到提案。');
  });

  it('before any answer', () => {
    const early: ProposalFact[] = [
      { id: 1, kind: '委员个人', category: '经济建设', status: '已交办', units: [{ unit: '县教育局', role: '主办' }] },
      { id: 2, kind: '界别', category: '其他', status: '待审查' },
    ];
    expect(reportParagraph(early)).toBe(
      '本次会议共收到提案2件，其中集体提案1件、委员个人（联名）提案1件。经审查，立案1件，立案率50%；尚在审查1件。' +
        '立案提案中，经济建设类1件。立案提案交由1个承办单位办理，其中主办单位1个。尚无办理答复。',
    );
    const none: ProposalFact[] = [{ id: 2, kind: '界别', category: '其他', status: '待审查' }];
    expect(reportParagraph(none)).toBe('本次会议共收到提案1件，其中集体提案1件、委员个人（联名）提案0件。经审查，立案0件，立案率0%；尚在审查1件。');
  });

  it('an answered date on a proposal not 立案 is ignored', () => {
    const s = proposalSummary([{ id: 1, kind: '委员个人', category: '其他', status: '不予立案', answeredDate: '2026-05-01', replyClass: 'A' }]);
    expect(s.answered).toBe(0);
    expect(s.replyClasses.A.count).toBe(0);
  });
});
