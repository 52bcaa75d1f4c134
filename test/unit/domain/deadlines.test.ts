import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/contract/errors';
import {
  checkExtension,
  coHandlerDueDate,
  daysLeft,
  defaultDeadlineRules,
  extendDueDate,
  extensionByMonths,
  followUpDate,
  isAnsweredOnTime,
  isOverdue,
  isSignOverdue,
  maxReplyDueDate,
  overdueDays,
  redoDueDate,
  replyDueDate,
  signDeadline,
} from '../../../shared/domain/proposal/deadlines';
import { proposalStatuses } from '../../../shared/domain/proposal/status';
import { holidays2026 } from '../../fixtures/holidays2026';

const cal = holidays2026;

describe('defaults', () => {
  it('are the office rules of domain.md', () => {
    expect(defaultDeadlineRules).toEqual({ replyMonths: 3, maxReplyMonths: 6, coHandlerMonths: 1, signWorkdays: 5, redoMonths: 1, followUpMonths: 6 });
  });

  it('refuses nonsense settings', () => {
    expect(() => replyDueDate('2026-04-10', cal, { replyMonths: 0 })).toThrow(/应为正整数/);
    expect(() => replyDueDate('2026-04-10', cal, { replyMonths: 7 })).toThrow('延期后的最长办理期限不能短于办理期限。');
  });
});

describe('办理期限 (交办日 + 3 months)', () => {
  it.each([
    ['2026-04-10', '2026-07-10'],
    ['2026-07-01', '2026-10-08'], // 10/1 is 国庆
    ['2026-06-30', '2026-09-30'],
    ['2026-11-30', '2027-03-01'], // 2027-02-28 is a Sunday
    ['2025-11-16', '2026-02-24'], // 春节
  ])('交办 %s → %s', (assign, due) => {
    expect(replyDueDate(assign, cal)).toBe(due);
  });

  it('is configurable', () => {
    expect(replyDueDate('2026-04-10', cal, { replyMonths: 2 })).toBe('2026-06-10');
  });

  it('the longest is 6 months', () => {
    expect(maxReplyDueDate('2026-04-10', cal)).toBe('2026-10-10'); // a 调休 Saturday is a working day
    expect(maxReplyDueDate('2026-04-01', cal)).toBe('2026-10-08');
    expect(maxReplyDueDate('2026-04-11', cal)).toBe('2026-10-12');
  });
});

describe('延期', () => {
  it('accepts a later date within 6 months', () => {
    expect(checkExtension('2026-04-10', '2026-07-10', '2026-09-30', cal)).toEqual({ ok: true, dueDate: '2026-09-30' });
    expect(checkExtension('2026-04-10', '2026-07-10', '2026-10-10', cal)).toEqual({ ok: true, dueDate: '2026-10-10' });
  });

  it('moves a requested day off to the next working day', () => {
    expect(checkExtension('2026-04-10', '2026-07-10', '2026-09-26', cal)).toEqual({ ok: true, dueDate: '2026-09-28' });
    expect(checkExtension('2026-04-01', '2026-07-01', '2026-10-03', cal)).toEqual({ ok: true, dueDate: '2026-10-08' });
  });

  it('refuses beyond 6 months with the last allowed date', () => {
    expect(checkExtension('2026-04-10', '2026-07-10', '2026-10-12', cal)).toEqual({
      ok: false,
      message: '办理期限自交办之日起最长6个月，最迟只能延至2026年10月10日（交办日期2026年4月10日）。',
    });
    expect(checkExtension('2026-04-10', '2026-07-10', '2026-10-11', cal).ok).toBe(false); // Sunday → 10/12
  });

  it('refuses a date not later than the current one', () => {
    expect(checkExtension('2026-04-10', '2026-07-10', '2026-07-10', cal)).toEqual({ ok: false, message: '延期后的办理期限应晚于当前期限（2026年7月10日）。' });
    expect(checkExtension('2026-04-10', '2026-09-30', '2026-08-31', cal).ok).toBe(false);
  });

  it('a second extension may reach the limit but not pass it', () => {
    const first = extendDueDate('2026-04-10', '2026-07-10', '2026-08-31', cal);
    expect(first).toBe('2026-08-31');
    expect(extendDueDate('2026-04-10', first, '2026-10-10', cal)).toBe('2026-10-10');
    expect(() => extendDueDate('2026-04-10', '2026-10-10', '2026-10-13', cal)).toThrow(/最长6个月/);
  });

  it('throws ApiError VALIDATION', () => {
    try {
      extendDueDate('2026-04-10', '2026-07-10', '2026-12-31', cal);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ApiError);
      expect((e as ApiError).code).toBe('VALIDATION');
    }
  });

  it('by months after 交办', () => {
    expect(extensionByMonths('2026-04-10', '2026-07-10', 5, cal)).toEqual({ ok: true, dueDate: '2026-09-10' });
    expect(extensionByMonths('2026-04-10', '2026-07-10', 6, cal)).toEqual({ ok: true, dueDate: '2026-10-10' });
    expect(extensionByMonths('2026-04-10', '2026-07-10', 7, cal)).toEqual({ ok: false, message: '办理期限自交办之日起最长6个月，不能延至7个月。' });
    expect(extensionByMonths('2026-04-10', '2026-07-10', 3, cal).ok).toBe(false);
    expect(extensionByMonths('2026-04-10', '2026-07-10', 4.5, cal)).toEqual({ ok: false, message: '延期月数应为正整数。' });
    expect(extensionByMonths('2026-04-10', '2026-07-10', 8, cal, { maxReplyMonths: 8 })).toEqual({ ok: true, dueDate: '2026-12-10' });
  });
});

describe('会办 and 签收 windows', () => {
  it('会办 units answer the 主办 within 1 month', () => {
    expect(coHandlerDueDate('2026-04-10', cal)).toBe('2026-05-11'); // 5/10 is a Sunday
    expect(coHandlerDueDate('2026-04-01', cal)).toBe('2026-05-06'); // 劳动节
    expect(coHandlerDueDate('2026-03-31', cal)).toBe('2026-04-30'); // no 4/31
  });

  it.each([
    ['2026-04-10', '2026-04-17', '普通一周'],
    ['2026-09-28', '2026-10-10', '跨国庆：9/29、9/30、10/8、10/9、10/10(调休)'],
    ['2026-04-28', '2026-05-08', '跨劳动节'],
    ['2026-02-11', '2026-02-25', '跨春节：2/12、2/13、2/14(调休)、2/24、2/25'],
  ])('签收/申退 within 5 working days of %s: last day %s (%s)', (assign, last) => {
    expect(signDeadline(assign, cal)).toBe(last);
  });

  it('the window is configurable', () => {
    expect(signDeadline('2026-09-28', cal, { signWorkdays: 3 })).toBe('2026-10-08');
  });

  it('签收 is overdue only while still 已交办 after the window', () => {
    const p = { status: '已交办' as const, assignDate: '2026-04-10' };
    expect(isSignOverdue(p, '2026-04-17', cal)).toBe(false);
    expect(isSignOverdue(p, '2026-04-18', cal)).toBe(true);
    expect(isSignOverdue({ ...p, status: '已签收' }, '2026-05-01', cal)).toBe(false);
    expect(isSignOverdue({ ...p, status: '申请退回' }, '2026-05-01', cal)).toBe(false);
    expect(isSignOverdue({ ...p, assignDate: null }, '2026-05-01', cal)).toBe(false);
  });

  it('重新办理 within 1 month', () => {
    expect(redoDueDate('2026-08-31', cal)).toBe('2026-09-30');
    expect(redoDueDate('2026-09-01', cal)).toBe('2026-10-08');
  });
});

describe('isOverdue', () => {
  const due = '2026-07-10';
  it('counts from the day after the due date', () => {
    expect(isOverdue({ status: '已签收', dueDate: due }, '2026-07-09')).toBe(false);
    expect(isOverdue({ status: '已签收', dueDate: due }, '2026-07-10')).toBe(false);
    expect(isOverdue({ status: '已签收', dueDate: due }, '2026-07-11')).toBe(true);
    expect(overdueDays({ status: '已签收', dueDate: due }, '2026-07-20')).toBe(10);
    expect(overdueDays({ status: '已签收', dueDate: due }, '2026-07-10')).toBe(0);
  });

  it('applies exactly while the unit owes the answer', () => {
    const overdueWhen = proposalStatuses.filter((status) => isOverdue({ status, dueDate: due }, '2026-08-01'));
    expect(overdueWhen).toEqual(['已交办', '已签收', '答复退回', '不满意重办']);
  });

  it('needs a due date', () => {
    expect(isOverdue({ status: '已交办', dueDate: null }, '2030-01-01')).toBe(false);
    expect(daysLeft({ dueDate: null }, '2026-07-01')).toBeNull();
    expect(daysLeft({ dueDate: due }, '2026-07-01')).toBe(9);
    expect(daysLeft({ dueDate: due }, '2026-07-12')).toBe(-2);
  });
});

describe('按期 and 回头看', () => {
  it('isAnsweredOnTime: on or before the due date', () => {
    expect(isAnsweredOnTime({ dueDate: '2026-07-10', answeredDate: '2026-07-10' })).toBe(true);
    expect(isAnsweredOnTime({ dueDate: '2026-07-10', answeredDate: '2026-05-20' })).toBe(true);
    expect(isAnsweredOnTime({ dueDate: '2026-07-10', answeredDate: '2026-07-13' })).toBe(false);
    expect(isAnsweredOnTime({ dueDate: '2026-07-10', answeredDate: null })).toBeNull();
    expect(isAnsweredOnTime({ dueDate: null, answeredDate: '2026-07-13' })).toBeNull();
  });

  it('B-class answers get a 回头看 date; A and C do not', () => {
    expect(followUpDate({ replyClass: 'B', answeredDate: '2026-06-15' }, cal)).toBe('2026-12-15');
    expect(followUpDate({ replyClass: 'B', answeredDate: '2026-04-01' }, cal)).toBe('2026-10-08');
    expect(followUpDate({ replyClass: 'B', answeredDate: '2026-06-15', plannedDate: '2026-10-03' }, cal)).toBe('2026-10-08');
    expect(followUpDate({ replyClass: 'B', answeredDate: '2026-06-15', plannedDate: '2026-06-01' }, cal)).toBe('2026-12-15');
    expect(followUpDate({ replyClass: 'B', answeredDate: '2026-06-15' }, cal, { followUpMonths: 3 })).toBe('2026-09-15');
    expect(followUpDate({ replyClass: 'A', answeredDate: '2026-06-15' }, cal)).toBeNull();
    expect(followUpDate({ replyClass: 'C', answeredDate: '2026-06-15' }, cal)).toBeNull();
    expect(followUpDate({ replyClass: null, answeredDate: '2026-06-15' }, cal)).toBeNull();
  });
});
