import { describe, expect, it } from 'vitest';
import type { ItemFacts } from '../../../shared/domain/supervision/deadlines';
import { checkReminder, overdueFact, reminderReplyBy, type ReminderRequest } from '../../../shared/domain/supervision/reminders';
import { holidays2026 } from '../../fixtures/holidays2026';

const cal = holidays2026;
const item = (over: Partial<ItemFacts>): ItemFacts => ({ status: '待反馈', progress: null, feedbackDue: '2026-05-07', completionDate: null, evaluation: null, ...over });

describe('催办: how overdue an item is, in working days', () => {
  it('no report after the deadline: 逾期未反馈, the 劳动节 调休 Saturday counts, Sunday does not', () => {
    // 5/8 Fri, 5/9 Sat (调休上班), 5/11 Mon, 5/12 Tue = 4 working days; 5 calendar days
    expect(overdueFact(item({}), '整改中', '2026-05-12', cal)).toEqual({ dueDate: '2026-05-07', kind: '逾期未反馈', workdays: 4 });
  });

  it('a promised 完成时间 passed: 逾期未完成, the 国庆 holiday is not counted', () => {
    const late = item({ status: '已反馈', progress: '整改中', completionDate: '2026-09-30' });
    // 10/1–10/7 放假; 10/8, 10/9, 10/10 (调休上班), 10/12 = 4 working days; 12 calendar days
    expect(overdueFact(late, '整改中', '2026-10-12', cal)).toEqual({ dueDate: '2026-09-30', kind: '逾期未完成', workdays: 4 });
  });

  it('not overdue on the last day, nor when done, nor after 结项', () => {
    expect(overdueFact(item({}), '整改中', '2026-05-07', cal)).toBeNull();
    expect(overdueFact(item({ status: '已反馈', progress: '已完成', completionDate: '2026-05-20' }), '整改中', '2026-12-01', cal)).toBeNull();
    expect(overdueFact(item({}), '已结项', '2026-12-01', cal)).toBeNull();
  });

  it('the unit is asked to report within 10 working days (国庆 skipped)', () => {
    expect(reminderReplyBy('2026-09-28', cal)).toBe('2026-10-16');
    expect(reminderReplyBy('2026-11-23', cal)).toBe('2026-12-07');
  });
});

describe('催办: what can be reminded', () => {
  const base: ReminderRequest = { letterStatus: '整改中', date: '2026-05-12', replyBy: '2026-05-26', way: '函件', numbered: true, items: [{ seq: 3, facts: item({}) }] };

  it('an overdue item by letter with a number', () => {
    expect(checkReminder(base)).toBeUndefined();
    expect(checkReminder({ ...base, way: '电话', numbered: false })).toBeUndefined();
  });

  it('refuses items not yet overdue on the 催办 date, naming them', () => {
    const r = { ...base, items: [{ seq: 1, facts: item({ status: '已反馈', progress: '整改中', completionDate: '2026-06-30' }) }, ...base.items, { seq: 4, facts: item({ feedbackDue: '2026-05-12' }) }] };
    expect(checkReminder(r)).toBe('第1、4条在2026年5月12日尚未逾期，不能催办。');
    expect(checkReminder({ ...base, date: '2026-05-07' })).toBe('第3条在2026年5月7日尚未逾期，不能催办。');
  });

  it('needs items, a reply date after the 催办, and a number only for a 函件', () => {
    expect(checkReminder({ ...base, items: [] })).toBe('请选择要催办的逾期条目。');
    expect(checkReminder({ ...base, replyBy: '2026-05-12' })).toBe('要求反馈日期应晚于催办日期。');
    expect(checkReminder({ ...base, way: '现场' })).toBe('只有函件催办才编发文字号。');
  });
});
