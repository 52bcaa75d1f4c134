import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../fixtures/tempApp';

let t: TempApp;
const savedTz = process.env.TZ;
// Beijing time, as in the office: local midnight is 16:00 UTC the day before.
beforeAll(() => void (process.env.TZ = 'Asia/Shanghai'));
afterAll(() => void (savedTz === undefined ? delete process.env.TZ : (process.env.TZ = savedTz)));
afterEach(() => t?.close());

const localDay = (offset = 0) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('操作日志 date filter', () => {
  it('selects by the local calendar day, not the UTC date the log stores', () => {
    t = tempApp();
    t.ok('party.save', { name: '民革', kind: '党派', sort: 1 });
    // An entry written at local 07:30 on the day before yesterday is stored on the previous UTC day in UTC+8.
    const early = new Date();
    early.setDate(early.getDate() - 2);
    early.setHours(7, 30, 0, 0);
    t.app.sqlite.prepare("insert into audit_log (at, actor, method, summary, entity) values (?, '王秘书', 'party.save', '早班修改', '党派/团体')").run(early.toISOString());

    const today = t.ok('audit.list', { from: localDay(), to: localDay() });
    expect(today.rows.map((r) => r.summary)).toEqual(['新增党派/团体：民革']);
    const thatDay = t.ok('audit.list', { from: localDay(-2), to: localDay(-2) });
    expect(thatDay.rows.map((r) => r.summary)).toEqual(['早班修改']);
    expect(t.ok('audit.list', { from: localDay(1) }).total).toBe(0);
  });
});
