import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWorkdays,
  compareDates,
  dayOfWeek,
  daysBetween,
  dueDate,
  isWorkday,
  nextWorkday,
  workdaysBetween,
  type HolidayCalendar,
} from '../../../shared/domain/workdays';
import { holidays2026 } from '../../fixtures/holidays2026';

const cal = holidays2026;
const none: HolidayCalendar = [];

describe('isWorkday with the 2026 holiday table', () => {
  it.each([
    ['2026-03-02', true, '普通周一'],
    ['2026-03-07', false, '普通周六'],
    ['2026-03-08', false, '普通周日'],
    ['2026-01-01', false, '元旦'],
    ['2026-01-02', false, '元旦（周五）'],
    ['2026-01-04', true, '元旦调休（周日上班）'],
    ['2026-02-14', true, '春节调休（周六上班）'],
    ['2026-02-16', false, '春节'],
    ['2026-02-23', false, '春节（周一）'],
    ['2026-02-24', true, '节后第一天'],
    ['2026-02-28', true, '春节调休（周六上班）'],
    ['2026-04-06', false, '清明节（周一）'],
    ['2026-05-05', false, '劳动节（周二）'],
    ['2026-05-09', true, '劳动节调休'],
    ['2026-06-19', false, '端午节'],
    ['2026-09-20', true, '国庆调休（周日上班）'],
    ['2026-09-25', false, '中秋节'],
    ['2026-10-01', false, '国庆节'],
    ['2026-10-07', false, '国庆节（周三）'],
    ['2026-10-08', true, '国庆后第一天'],
    ['2026-10-10', true, '国庆调休（周六上班）'],
    ['2026-10-11', false, '周日'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkday(date, cal)).toBe(expected);
  });

  it('without a table only weekends are off', () => {
    expect(isWorkday('2026-10-01', none)).toBe(true);
    expect(isWorkday('2026-10-10', none)).toBe(false);
  });

  it('2026 has 248 working days (261 weekdays − 19 weekday holidays + 6 调休上班)', () => {
    expect(workdaysBetween('2025-12-31', '2026-12-31', none)).toBe(261);
    expect(workdaysBetween('2025-12-31', '2026-12-31', cal)).toBe(248);
  });

  it('refuses a table that lists a date as both kinds, or a bad kind/date', () => {
    expect(() => isWorkday('2026-03-02', [{ date: '2026-10-10', kind: '放假' }, { date: '2026-10-10', kind: '调休上班' }])).toThrow(/既是“放假”又是“调休上班”/);
    expect(() => isWorkday('2026-03-02', [{ date: '2026-10-10', kind: '补班' as never }])).toThrow(/节假日类型不正确/);
    expect(() => isWorkday('2026-03-02', [{ date: '2026-02-30', kind: '放假' }])).toThrow(/不是有效日期/);
    expect(() => isWorkday('2026/03/02', cal)).toThrow(/日期格式不正确/);
  });

  it('accepts duplicate rows of the same kind', () => {
    expect(isWorkday('2026-10-01', [...cal, { date: '2026-10-01', kind: '放假' }])).toBe(false);
  });
});

describe('addWorkdays (the start day is not counted)', () => {
  it.each([
    ['2026-03-02', 5, '2026-03-09', '普通一周'],
    ['2026-03-06', 1, '2026-03-09', '周五 + 1 = 下周一'],
    ['2026-09-30', 5, '2026-10-13', '跨国庆：10/8、10/9、10/10(调休)、10/12、10/13'],
    ['2026-09-30', 3, '2026-10-10', '第3个工作日是调休的周六'],
    ['2026-02-12', 5, '2026-02-26', '跨春节：2/13、2/14(调休)、2/24、2/25、2/26'],
    ['2026-04-30', 5, '2026-05-11', '跨劳动节：5/6、5/7、5/8、5/9(调休)、5/11'],
    ['2026-09-18', 1, '2026-09-20', '周五 + 1 = 调休的周日'],
    ['2026-12-30', 5, '2027-01-06', '跨年（2027年未录入节假日，只跳过周末）'],
    ['2026-10-03', 1, '2026-10-08', '从假日开始数'],
    ['2026-10-03', 0, '2026-10-03', '0个工作日：原样返回'],
    ['2026-10-08', -1, '2026-09-30', '往前数'],
    ['2026-10-13', -5, '2026-09-30', '往前数跨国庆'],
  ])('%s + %i → %s (%s)', (date, n, expected) => {
    expect(addWorkdays(date, n, cal)).toBe(expected);
  });

  it('is the inverse of workdaysBetween over a whole year', () => {
    for (let day = 0; day < 366; day += 3) {
      const start = addDays('2026-01-01', day);
      for (const n of [1, 2, 5, 10, 22]) {
        const end = addWorkdays(start, n, cal);
        expect(isWorkday(end, cal)).toBe(true);
        expect(workdaysBetween(start, end, cal)).toBe(n);
        expect(workdaysBetween(end, start, cal)).toBe(-n);
      }
    }
  });

  it('refuses a fractional count', () => {
    expect(() => addWorkdays('2026-03-02', 1.5, cal)).toThrow(/工作日数应为整数/);
  });
});

describe('workdaysBetween (a < d ≤ b)', () => {
  it('counts the days after a up to and including b', () => {
    expect(workdaysBetween('2026-03-02', '2026-03-02', cal)).toBe(0);
    expect(workdaysBetween('2026-03-02', '2026-03-03', cal)).toBe(1);
    expect(workdaysBetween('2026-03-02', '2026-03-09', cal)).toBe(5);
    expect(workdaysBetween('2026-09-30', '2026-10-07', cal)).toBe(0);
    expect(workdaysBetween('2026-09-30', '2026-10-13', cal)).toBe(5);
    expect(workdaysBetween('2026-10-13', '2026-09-30', cal)).toBe(-5);
    expect(workdaysBetween('2026-02-13', '2026-02-28', cal)).toBe(6); // 2/14, 2/24–2/27, 2/28
  });
});

describe('nextWorkday', () => {
  it('keeps a working day and rolls a day off forward', () => {
    expect(nextWorkday('2026-10-09', cal)).toBe('2026-10-09');
    expect(nextWorkday('2026-10-01', cal)).toBe('2026-10-08');
    expect(nextWorkday('2026-10-10', cal)).toBe('2026-10-10');
    expect(nextWorkday('2026-10-11', cal)).toBe('2026-10-12');
    expect(nextWorkday('2026-02-15', cal)).toBe('2026-02-24');
  });
});

describe('addMonths (end-of-month clamping)', () => {
  it.each([
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-04-10', 3, '2026-07-10'],
    ['2026-04-10', 0, '2026-04-10'],
    ['2026-10-31', 6, '2027-04-30'],
    ['2100-01-31', 1, '2100-02-28'],
    ['2000-01-31', 1, '2000-02-29'],
  ])('%s + %i months → %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it('refuses a fractional month count and a bad date', () => {
    expect(() => addMonths('2026-01-31', 0.5)).toThrow(/月数应为整数/);
    expect(() => addMonths('2026-13-01', 1)).toThrow(/不是有效日期/);
  });
});

describe('dueDate = addMonths, then the next working day when that day is off', () => {
  it.each([
    ['2026-04-10', 3, '2026-07-10', '落在工作日（周五）'],
    ['2026-07-01', 3, '2026-10-08', '落在国庆：顺延到10月8日'],
    ['2026-06-10', 4, '2026-10-10', '落在调休上班的周六：当天即为期限'],
    ['2026-06-11', 4, '2026-10-12', '落在周日：顺延到周一'],
    ['2025-11-16', 3, '2026-02-24', '落在春节：顺延到节后第一天'],
    ['2026-01-05', 3, '2026-04-07', '落在清明（周一）：顺延到周二'],
    ['2026-11-30', 3, '2027-03-01', '月末对应日2027-02-28是周日：顺延到周一'],
    ['2026-03-19', 3, '2026-06-22', '落在端午（周五）：顺延到下周一'],
  ])('%s + %i months → %s (%s)', (start, months, expected) => {
    expect(dueDate(start, months, cal)).toBe(expected);
  });
});

describe('small date helpers', () => {
  it('dayOfWeek, daysBetween, compareDates, addDays', () => {
    expect(dayOfWeek('2026-01-01')).toBe(4);
    expect(dayOfWeek('2026-10-10')).toBe(6);
    expect(dayOfWeek('1969-12-31')).toBe(3);
    expect(daysBetween('2026-02-01', '2026-03-01')).toBe(28);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
    expect(compareDates('2026-02-01', '2026-03-01')).toBe(-1);
    expect(compareDates('2026-03-01', '2026-03-01')).toBe(0);
    expect(compareDates('2026-03-02', '2026-03-01')).toBe(1);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});
