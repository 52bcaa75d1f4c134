import { describe, expect, it } from 'vitest';
import { formatDocNumber, parseDocNumber } from '../../../shared/domain/docNumber';
import {
  countItems,
  defaultSupervisionRules,
  feedbackDueDate,
  itemOverdueDays,
  itemState,
  letterStage,
  overdueSince,
  redoDueDate,
  supervisionRules,
  type ItemFacts,
} from '../../../shared/domain/supervision/deadlines';
import { assignLetterNumber, nextLetterSerial, numberYear, type UsedNumber } from '../../../shared/domain/supervision/numbering';
import { holidays2026 } from '../../fixtures/holidays2026';

const cal = holidays2026;
const prefix = '永政协监';

describe('发文字号: per-year serial, never reused, no leading zeros, no 第', () => {
  const used: UsedNumber[] = [...Array.from({ length: 12 }, (_, i) => ({ year: 2025, serial: i + 1 })), { year: 2026, serial: 1 }, { year: 2026, serial: 2 }];

  it('takes the next serial of the 成文日期 year', () => {
    expect(assignLetterNumber(prefix, '2026-03-18', used)).toEqual({ year: 2026, serial: 3, docNumber: '永政协监〔2026〕3号' });
  });

  it('restarts at 1 in a new year and keeps counting in the old one', () => {
    expect(assignLetterNumber(prefix, '2027-01-05', used).docNumber).toBe('永政协监〔2027〕1号');
    expect(assignLetterNumber(prefix, '2025-12-31', used).docNumber).toBe('永政协监〔2025〕13号');
  });

  it('the year is the signing year, not the topic year', () => {
    expect(numberYear('2027-01-04')).toBe(2027);
  });

  it('never fills a gap: a number once used is never handed out again', () => {
    expect(nextLetterSerial([{ year: 2026, serial: 1 }, { year: 2026, serial: 5 }], 2026)).toBe(6);
    expect(nextLetterSerial([], 2026)).toBe(1);
  });

  it('a sequence of signings across a year boundary', () => {
    const issued: UsedNumber[] = [];
    const out: string[] = [];
    for (const date of ['2026-11-03', '2026-12-15', '2026-12-31', '2027-01-04', '2027-02-20', '2026-12-31']) {
      const n = assignLetterNumber(prefix, date, issued);
      issued.push(n);
      out.push(n.docNumber);
    }
    expect(out).toEqual(['永政协监〔2026〕1号', '永政协监〔2026〕2号', '永政协监〔2026〕3号', '永政协监〔2027〕1号', '永政协监〔2027〕2号', '永政协监〔2026〕4号']);
    expect(new Set(out).size).toBe(out.length);
  });

  it('prints 10 and 100 in full, without zero padding or 第, and parses back', () => {
    const n = assignLetterNumber(prefix, '2026-06-01', Array.from({ length: 9 }, (_, i) => ({ year: 2026, serial: i + 1 })));
    expect(n.docNumber).toBe('永政协监〔2026〕10号');
    expect(formatDocNumber(prefix, 2026, 100)).toBe('永政协监〔2026〕100号');
    expect(n.docNumber).not.toMatch(/第|〔2026〕0/);
    expect(parseDocNumber(n.docNumber)).toEqual({ prefix, year: 2026, serial: 10 });
  });

  it('a changed 机关代字 does not restart the year', () => {
    const first = assignLetterNumber('永政协监', '2026-03-01', []);
    expect(assignLetterNumber('永政协督', '2026-05-01', [first]).docNumber).toBe('永政协督〔2026〕2号');
  });

  it('refuses a corrupt serial', () => {
    expect(() => nextLetterSerial([{ year: 2026, serial: 0 }], 2026)).toThrow('发文序号应为正整数：0');
  });
});

describe('整改 deadlines in working days', () => {
  it('defaults: 30 working days to report, 20 after 不满意, 2 rounds', () => {
    expect(defaultSupervisionRules).toEqual({ feedbackWorkdays: 30, redoWorkdays: 20, maxRounds: 2 });
    expect(() => supervisionRules({ feedbackWorkdays: 0 })).toThrow('整改反馈期限（工作日）应为正整数：0');
  });

  it.each([
    // 送达 Fri 3/20: April 清明 (4/6) and 劳动节 (5/1–5/5) skipped → 5/7
    ['2026-03-20', 30, '2026-05-07'],
    // 9/20 (Sun) and 10/10 (Sat) are 调休上班, 9/25 中秋 and 10/1–10/7 国庆 off → 11/2
    ['2026-09-15', 30, '2026-11-02'],
    // 春节 2/15–2/23 off, 2/14 and 2/28 (Sat) worked
    ['2026-02-12', 5, '2026-02-26'],
    ['2026-03-20', 1, '2026-03-23'],
  ] as const)('送达 %s + %i working days → %s', (served, n, due) => {
    expect(feedbackDueDate(served, cal, { feedbackWorkdays: n })).toBe(due);
  });

  it('重新整改: 20 working days after the 评估, 端午 skipped', () => {
    expect(redoDueDate('2026-06-10', cal)).toBe('2026-07-09');
  });
});

const item = (over: Partial<ItemFacts>): ItemFacts => ({ status: '待反馈', progress: null, feedbackDue: '2026-05-07', completionDate: null, evaluation: null, ...over });

describe('逾期 and the 台账 state of an item', () => {
  it('not reported: 待反馈 up to and including the last day, 逾期 the day after', () => {
    expect(itemState(item({}), '整改中', '2026-05-07')).toBe('待反馈');
    expect(itemState(item({}), '整改中', '2026-05-08')).toBe('逾期');
    expect(itemOverdueDays(item({}), '整改中', '2026-05-12')).toBe(5);
    expect(overdueSince(item({}), '整改中', '2026-05-12')).toBe('2026-05-07');
  });

  it('重新整改 counts against its new deadline', () => {
    const redo = item({ status: '重新整改', progress: '整改中', feedbackDue: '2026-07-09' });
    expect(itemState(redo, '整改中', '2026-07-09')).toBe('待反馈');
    expect(itemState(redo, '整改中', '2026-07-10')).toBe('逾期');
  });

  it('reported 整改中: overdue only when the promised 完成时间 has passed', () => {
    expect(itemState(item({ status: '已反馈', progress: '整改中', completionDate: '2026-09-30' }), '整改中', '2026-09-30')).toBe('整改中');
    expect(itemState(item({ status: '已反馈', progress: '整改中', completionDate: '2026-09-30' }), '整改中', '2026-10-08')).toBe('逾期');
    expect(overdueSince(item({ status: '已反馈', progress: '整改中', completionDate: '2026-09-30' }), '整改中', '2026-10-08')).toBe('2026-09-30');
    expect(itemState(item({ status: '已反馈', progress: '整改中', completionDate: null }), '整改中', '2027-01-01')).toBe('整改中');
  });

  it('a report of completion is 已完成 even after the deadline', () => {
    expect(itemState(item({ status: '已反馈', progress: '已完成', completionDate: '2026-05-20' }), '整改中', '2026-12-31')).toBe('已完成');
    expect(itemOverdueDays(item({ status: '已评估', progress: '已完成' }), '整改中', '2026-12-31')).toBe(0);
  });

  it('before 送达 nothing runs; after 结项 nothing is overdue', () => {
    expect(itemState(item({ feedbackDue: null }), '已签发', '2027-01-01')).toBe('未送达');
    expect(itemState(item({ feedbackDue: null }), '起草', '2027-01-01')).toBe('未送达');
    expect(itemState(item({ status: '已评估', progress: '整改中', completionDate: '2026-06-01' }), '已结项', '2027-01-01')).toBe('整改中');
  });

  it('counts a letter for the 台账', () => {
    const items = [
      item({ status: '已评估', progress: '已完成', completionDate: '2026-04-15', evaluation: '满意' }),
      item({ status: '已评估', progress: '整改中', completionDate: '2026-12-31', evaluation: '基本满意' }),
      item({ status: '已反馈', progress: '整改中', completionDate: '2026-05-31' }),
      item({}),
      item({ feedbackDue: '2026-07-01' }),
    ];
    expect(countItems(items, '整改中', '2026-06-10')).toEqual({
      total: 5,
      done: 1,
      inProgress: 1,
      awaiting: 1,
      overdue: 2,
      evaluated: 2,
      satisfied: 1,
      basicallySatisfied: 1,
      unsatisfied: 0,
    });
  });
});

describe('the 台账 stage', () => {
  const s = (...statuses: ItemFacts['status'][]) => statuses.map((status) => ({ status }));
  it.each([
    ['起草', s('待反馈'), 0, '起草'],
    ['已签发', s('待反馈'), 0, '已签发'],
    ['整改中', s('已反馈', '待反馈'), 1, '整改中'],
    ['整改中', s('已评估', '重新整改'), 1, '整改中'],
    ['整改中', s('已评估', '已反馈'), 0, '待评估'],
    ['整改中', s('已评估', '已评估'), 0, '待回头看'],
    ['整改中', s('已评估', '已评估'), 2, '待结项'],
    ['已结项', s('已评估'), 1, '已结项'],
  ] as const)('%s with %j and %i 回头看 → %s', (status, items, reviews, stage) => {
    expect(letterStage(status, items, reviews)).toBe(stage);
  });
});
