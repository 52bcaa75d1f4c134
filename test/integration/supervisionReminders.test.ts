import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LetterDetail } from '../../shared/contract/supervision';
import { holidays2026 } from '../fixtures/holidays2026';
import { tempApp, type TempApp } from '../fixtures/tempApp';

/** 催办 records after the fact: a mistaken one is voided with a reason, never deleted, and its number stays used. */

let t: TempApp;
let letter: LetterDetail;
let unitId = 0;
let topicId = 0;

const items = [1, 2].map((n) => ({ title: `第${n}个问题`, problem: '部分路口缺少人行横道和减速设施。', suggestion: '按标准补齐校园周边道路安全设施。' }));

function signedLetter(title: string, date: string) {
  let l = t.ok('supervision.letter.save', { topicId, title, mainUnitId: unitId, items });
  l = t.ok('supervision.letter.submit', { id: l.id, version: l.version });
  l = t.ok('supervision.letter.approve', { id: l.id, version: l.version, reviewer: '周主任', date, comment: '' });
  return t.ok('supervision.letter.issue', { id: l.id, version: l.version, issuer: '王主席', date });
}

beforeAll(() => {
  t = tempApp();
  for (const h of holidays2026) t.ok('holiday.save', { date: h.date, kind: h.kind, name: h.name ?? '假日' });
  unitId = t.ok('unit.save', { name: '县教育局', kind: '政府部门' }).id;
  topicId = t.ok('supervision.topic.save', { year: 2026, source: '界别提出', title: '中小学校园周边交通安全', unitId, description: '' }).id;
  const l = signedLetter('关于中小学校园周边交通安全的民主监督建议书', '2026-03-18');
  letter = t.ok('supervision.letter.serve', { id: l.id, version: l.version, date: '2026-03-20', receiver: '郑晓燕' });
});
afterAll(() => t.close());

describe('voiding a 催办', () => {
  it('keeps the record with its reason, takes it out of the counts, and never hands its number out again', () => {
    const [one, two] = letter.items;
    letter = t.ok('supervision.letter.remind', { id: letter.id, version: letter.version, date: '2026-05-12', way: '函件', person: '王秘书', note: '', replyBy: '2026-05-26', itemIds: [one.id, two.id], numbered: true });
    letter = t.ok('supervision.letter.remind', { id: letter.id, version: letter.version, date: '2026-05-13', way: '电话', person: '王秘书', note: '', replyBy: '2026-05-27', itemIds: [two.id], numbered: false });
    const [byPost, byPhone] = letter.reminders;
    expect(byPost.docNumber).toBe('永政协监〔2026〕2号');
    expect(letter.items.map((i) => i.reminderCount)).toEqual([1, 2]);

    const voided = t.ok('supervision.reminder.void', { id: byPost.id, version: byPost.version, reason: '登记错了建议书' });
    expect(voided.reminders.map((r) => r.id)).toEqual([byPhone.id]);
    expect(voided.items.map((i) => i.reminderCount)).toEqual([0, 1]);
    expect(voided.events.at(-1)).toMatchObject({ action: '作废催办', date: '2026-05-12', comment: '函件催办（永政协监〔2026〕2号，文号不再使用）：登记错了建议书' });
    expect(t.app.sqlite.prepare('select void_reason r, doc_number d from supervision_reminders where id = ?').get(byPost.id)).toEqual({ r: '登记错了建议书', d: '永政协监〔2026〕2号' });
    expect(t.app.sqlite.prepare("select summary from audit_log where entity = '催办' and entity_id = ? and summary like '作废催办%'").all(byPost.id)).toEqual([
      { summary: '作废催办：2026-05-12 函件催办 永政协监〔2026〕2号（原因：登记错了建议书）' },
    ]);
    expect(t.fail('supervision.reminder.void', { id: byPost.id, version: byPost.version + 1, reason: '再作废' })).toMatchObject({ code: 'TRANSITION', message: '该催办已作废，无需重复作废。' });
    expect(t.fail('supervision.reminder.void', { id: byPhone.id, version: byPhone.version + 5, reason: '旧版本' }).code).toBe('CONFLICT');

    expect(signedLetter('关于课后服务的民主监督建议书', '2026-05-20').docNumber).toBe('永政协监〔2026〕3号');
  });
});
