import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/contract/errors';
import {
  checkClosable,
  checkDraft,
  checkItemTransition,
  checkLetterTransition,
  itemActions,
  itemAllowedActions,
  itemAvailableActions,
  itemTransition,
  itemTransitionTable,
  letterActionInfo,
  letterActions,
  letterAllowedActions,
  letterAvailableActions,
  letterTransition,
  letterTransitionTable,
  type ItemAction,
  type ItemPayload,
  type LetterAction,
  type LetterContext,
  type LetterPayload,
} from '../../../shared/domain/supervision/machine';
import { itemStatuses, letterStatuses, type ItemStatus, type LetterStatus } from '../../../shared/domain/supervision/status';

const draft: LetterContext = {
  title: '关于城区老旧小区改造工作的民主监督建议书',
  mainUnit: '县住房和城乡建设局',
  items: [
    { title: '改造前征求意见不充分', problem: '部分小区改造前征求居民意见不够充分。', suggestion: '改造方案公示不少于七日。' },
    { title: '施工管理不规范', problem: '部分工地围挡不规范。', suggestion: '落实文明施工措施。' },
  ],
};
const closable: LetterContext = { ...draft, itemStatuses: ['已评估', '已评估'], reviews: 1 };
const okLetterContext: LetterContext = { ...closable, issueDate: '2026-03-18', servedDate: '2026-03-20', overdueItems: 1 };

function letterPayload(action: LetterAction): LetterPayload {
  const p: LetterPayload = {};
  for (const need of letterActionInfo[action].needs) {
    if (need === 'person') p.person = '王主席';
    if (need === 'date') p.date = '2026-06-30';
    if (need === 'reason') p.reason = '第二条建议不够具体';
    if (need === 'receiver') p.receiver = '李明（办公室）';
  }
  return p;
}

const expectedLetterTable: [LetterStatus, LetterAction, LetterStatus][] = [
  ['起草', '提交审核', '待审核'],
  ['起草', '作废', '已作废'],
  ['待审核', '审核通过', '待签发'],
  ['待审核', '退回修改', '起草'],
  ['待审核', '作废', '已作废'],
  ['待签发', '签发', '已签发'],
  ['待签发', '退回修改', '起草'],
  ['待签发', '作废', '已作废'],
  ['已签发', '送达', '整改中'],
  ['整改中', '催办', '整改中'],
  ['整改中', '回头看', '整改中'],
  ['整改中', '结项', '已结项'],
];

describe('the letter table', () => {
  it('is exactly the lifecycle of domain.md (hand-written copy)', () => {
    expect(letterTransitionTable.map((r) => `${r.from}|${r.action}`).sort()).toEqual(expectedLetterTable.map(([f, a]) => `${f}|${a}`).sort());
  });

  it.each(expectedLetterTable)('%s —%s→ %s', (from, action, to) => {
    expect(checkLetterTransition(from, action, letterPayload(action), okLetterContext)).toMatchObject({ ok: true, from, action, to });
    expect(letterTransition(from, action, letterPayload(action), okLetterContext)).toBe(to);
  });

  it('walks the whole road from 起草 to 已结项', () => {
    const road: LetterAction[] = ['提交审核', '审核通过', '签发', '送达', '回头看', '结项'];
    let s: LetterStatus = '起草';
    for (const a of road) s = letterTransition(s, a, letterPayload(a), okLetterContext);
    expect(s).toBe('已结项');
  });

  it('every status except 已结项 and 已作废 has a way forward; those two lead nowhere', () => {
    for (const s of letterStatuses) {
      const leaving = letterTransitionTable.filter((r) => r.from === s && typeof r.to === 'string');
      if (s === '已结项' || s === '已作废') expect(letterTransitionTable.filter((r) => r.from === s), s).toEqual([]);
      else expect(leaving.length, s).toBeGreaterThan(0);
    }
  });

  const allowedPairs = new Set(expectedLetterTable.map(([f, a]) => `${f}|${a}`));
  const refused: [LetterStatus, LetterAction][] = [];
  for (const s of letterStatuses) for (const a of letterActions) if (!allowedPairs.has(`${s}|${a}`)) refused.push([s, a]);

  it('refuses the complement of the table', () => {
    expect(refused.length).toBe(letterStatuses.length * letterActions.length - expectedLetterTable.length);
  });

  it.each(refused)('%s × %s is refused', (status, action) => {
    const r = checkLetterTransition(status, action, letterPayload(action), okLetterContext);
    expect(r).toMatchObject({ ok: false, message: `建议书当前状态为“${status}”，不能执行“${action}”。` });
  });

  it('a signed letter is never voided and never goes back to 起草 (its number is never reused)', () => {
    for (const s of ['已签发', '整改中', '已结项'] as const) {
      expect(checkLetterTransition(s, '作废', { reason: '写错了' }, okLetterContext).ok).toBe(false);
      expect(checkLetterTransition(s, '退回修改', { reason: '写错了' }, okLetterContext).ok).toBe(false);
      expect(checkLetterTransition(s, '签发', letterPayload('签发'), okLetterContext).ok).toBe(false);
    }
  });

  it('throws ApiError TRANSITION with the Chinese sentence', () => {
    try {
      letterTransition('起草', '签发', letterPayload('签发'), draft);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ApiError);
      expect((e as ApiError).code).toBe('TRANSITION');
      expect((e as ApiError).message).toBe('建议书当前状态为“起草”，不能执行“签发”。');
    }
  });
});

describe('letter guards and payloads', () => {
  it('提交审核 needs a complete draft, naming what is missing', () => {
    expect(checkDraft(draft)).toBeUndefined();
    expect(checkDraft({ ...draft, title: ' ' })).toBe('请填写建议书标题。');
    expect(checkDraft({ ...draft, mainUnit: null })).toBe('请选择主送单位（被监督单位）。');
    expect(checkDraft({ ...draft, items: [] })).toBe('建议书至少要有一条问题和建议。');
    expect(checkDraft({ ...draft, items: [draft.items![0], { title: '施工', problem: '围挡不规范', suggestion: '' }] })).toBe('第2条缺少意见建议。');
    expect(checkDraft({ ...draft, items: [{ title: '', problem: 'x', suggestion: 'y' }] })).toBe('第1条缺少事项标题。');
    expect(checkDraft({ ...draft, items: [{ title: 't', problem: '', suggestion: 'y' }] })).toBe('第1条缺少存在问题。');
    expect(checkLetterTransition('起草', '提交审核', {}, { ...draft, items: [] })).toMatchObject({ ok: false, message: '建议书至少要有一条问题和建议。' });
  });

  it('结项 needs every item 已评估 and a 回头看', () => {
    expect(checkClosable(closable)).toBeUndefined();
    expect(checkClosable({ itemStatuses: ['已评估', '已反馈', '重新整改'], reviews: 1 })).toBe('第2、3条尚未完成整改评估，不能结项。');
    expect(checkClosable({ itemStatuses: ['已评估'], reviews: 0 })).toBe('结项前须至少开展一次“回头看”。');
    expect(checkClosable({ itemStatuses: [], reviews: 3 })).toBe('建议书没有问题和建议条目，不能结项。');
  });

  it('the buttons: a guarded action stays visible, disabled with the reason', () => {
    const list = letterAvailableActions('整改中', { itemStatuses: ['已评估', '待反馈'], reviews: 0 });
    expect(list.map((a) => [a.action, a.allowed])).toEqual([
      ['催办', false],
      ['回头看', true],
      ['结项', false],
    ]);
    expect(list[0].reason).toBe('没有逾期的条目，无需催办。');
    expect(list[2].reason).toBe('第2条尚未完成整改评估，不能结项。');
    expect(list[2].confirm).toBe(true);
    expect(letterAllowedActions('整改中', { itemStatuses: ['待反馈'], reviews: 0, overdueItems: 1 })).toEqual(['催办', '回头看']);
    expect(letterAllowedActions('待签发', draft)).toEqual(['签发', '退回修改', '作废']);
    expect(letterAllowedActions('已结项')).toEqual([]);
  });

  it('asks for the person, date, reason and receiver each step needs', () => {
    expect(checkLetterTransition('待审核', '审核通过', { date: '2026-03-16' }, draft)).toMatchObject({ ok: false, message: '请填写审核人。' });
    expect(checkLetterTransition('待签发', '签发', { person: '王主席' }, draft)).toMatchObject({ ok: false, message: '请填写成文日期。' });
    expect(checkLetterTransition('待审核', '退回修改', { reason: '  ' }, draft)).toMatchObject({ ok: false, message: '请填写退回意见。' });
    expect(checkLetterTransition('已签发', '送达', { date: '2026-03-20' }, okLetterContext)).toMatchObject({ ok: false, message: '请填写签收人。' });
    expect(checkLetterTransition('起草', '作废', {}, draft)).toMatchObject({ ok: false, message: '请填写作废原因。' });
  });

  it('dates keep their order: 送达 not before 成文日期, 回头看 and 结项 not before 送达', () => {
    const ctx = { ...okLetterContext, issueDate: '2026-03-18', servedDate: '2026-03-20' };
    expect(checkLetterTransition('已签发', '送达', { date: '2026-03-17', receiver: '李明' }, ctx)).toMatchObject({
      ok: false,
      message: '送达日期不能早于成文日期（2026年3月18日）。',
    });
    expect(checkLetterTransition('已签发', '送达', { date: '2026-03-18', receiver: '李明' }, ctx).ok).toBe(true);
    expect(checkLetterTransition('整改中', '回头看', { date: '2026-03-19' }, ctx)).toMatchObject({ ok: false, message: '回头看日期不能早于送达日期（2026年3月20日）。' });
    expect(checkLetterTransition('整改中', '结项', { date: '2026-03-19' }, ctx)).toMatchObject({ ok: false, message: '结项日期不能早于送达日期（2026年3月20日）。' });
    expect(checkLetterTransition('整改中', '催办', { person: '王秘书', date: '2026-03-19' }, ctx)).toMatchObject({ ok: false, message: '催办日期不能早于送达日期（2026年3月20日）。' });
    expect(checkLetterTransition('整改中', '催办', { date: '2026-05-19' }, ctx)).toMatchObject({ ok: false, message: '请填写催办人。' });
  });
});

const expectedItemTable: [ItemStatus, ItemAction, ItemStatus | string][] = [
  ['待反馈', '整改反馈', '已反馈'],
  ['重新整改', '整改反馈', '已反馈'],
  ['已反馈', '整改反馈', '已反馈'],
  ['已评估', '整改反馈', '已评估'],
  ['已反馈', '评估', '已评估'],
  ['待反馈', '回头看', '待反馈'],
  ['已反馈', '回头看', '已反馈'],
  ['重新整改', '回头看', '重新整改'],
  ['已评估', '回头看', '已评估'],
];

function itemPayload(action: ItemAction): ItemPayload {
  if (action === '整改反馈') return { date: '2026-04-20', measures: '已制定方案并公示七日。', progress: '已完成', completionDate: '2026-04-15' };
  if (action === '评估') return { date: '2026-04-25', result: '满意' };
  return { reviewResult: '已落实' };
}
const open = { letterStatus: '整改中' as const, servedDate: '2026-03-20', lastFeedbackDate: '2026-04-20', round: 1 };

describe('the item table', () => {
  it('is the per-item road of domain.md (hand-written copy)', () => {
    expect(itemTransitionTable.map((r) => `${r.from}|${r.action}`).sort()).toEqual(expectedItemTable.map(([f, a]) => `${f}|${a}`).sort());
  });

  it.each(expectedItemTable)('%s —%s→ %s', (from, action, to) => {
    expect(itemTransition(from, action, itemPayload(action), open)).toBe(to);
  });

  it('refuses the rest: no 评估 before a report, none twice', () => {
    const allowed = new Set(expectedItemTable.map(([f, a]) => `${f}|${a}`));
    for (const s of itemStatuses)
      for (const a of itemActions) {
        if (allowed.has(`${s}|${a}`)) continue;
        expect(checkItemTransition(s, a, itemPayload(a), open)).toMatchObject({ ok: false, message: `该条当前状态为“${s}”，不能执行“${a}”。` });
      }
  });

  it('评估 不满意 sends the item to 重新整改, until the last round', () => {
    expect(itemTransition('已反馈', '评估', { date: '2026-04-25', result: '不满意' }, { ...open, round: 1 })).toBe('重新整改');
    expect(itemTransition('已反馈', '评估', { date: '2026-04-25', result: '基本满意' }, { ...open, round: 1 })).toBe('已评估');
    expect(itemTransition('已反馈', '评估', { date: '2026-04-25', result: '不满意' }, { ...open, round: 2 })).toBe('已评估');
    expect(itemTransition('已反馈', '评估', { date: '2026-04-25', result: '不满意' }, { ...open, round: 2, maxRounds: 3 })).toBe('重新整改');
  });

  it('items move only while the letter is 整改中', () => {
    for (const letterStatus of ['起草', '已签发', '已结项'] as const) {
      const r = checkItemTransition('待反馈', '整改反馈', itemPayload('整改反馈'), { ...open, letterStatus });
      expect(r).toMatchObject({ ok: false, message: `建议书状态为“${letterStatus}”，只有送达后、结项前才能登记整改反馈、评估和回头看。` });
      expect(itemAllowedActions('待反馈', { letterStatus })).toEqual([]);
    }
    expect(itemAvailableActions('已反馈', open).map((a) => a.action)).toEqual(['整改反馈', '评估', '回头看']);
  });

  it('整改反馈 checks measures, progress and 完成时间', () => {
    const base = { date: '2026-04-20', measures: '制定方案', progress: '已完成' as const, completionDate: '2026-04-15' };
    const msg = (p: ItemPayload) => {
      const r = checkItemTransition('待反馈', '整改反馈', p, open);
      return r.ok ? undefined : r.message;
    };
    expect(msg(base)).toBeUndefined();
    expect(msg({ ...base, measures: ' ' })).toBe('请填写整改措施。');
    expect(msg({ ...base, progress: undefined })).toBe('请选择整改进度：整改中或已完成。');
    expect(msg({ ...base, completionDate: null })).toBe('整改已完成的，请填写完成时间。');
    expect(msg({ ...base, completionDate: '2026-04-21' })).toBe('整改已完成的，完成时间不能晚于反馈日期。');
    expect(msg({ ...base, progress: '整改中', completionDate: '2026-04-19' })).toBe('整改中的事项，计划完成时间不能早于反馈日期。');
    expect(msg({ ...base, progress: '整改中', completionDate: null })).toBeUndefined();
    expect(msg({ ...base, progress: '整改中', completionDate: '2026-09-30' })).toBeUndefined();
    expect(msg({ ...base, date: '2026-03-19', completionDate: '2026-03-19' })).toBe('反馈日期不能早于送达日期（2026年3月20日）。');
  });

  it('评估 and 回头看 ask for their result; 评估 not before the latest report', () => {
    expect(checkItemTransition('已反馈', '评估', { date: '2026-04-25' }, open)).toMatchObject({ ok: false, message: '请选择评估结果：满意、基本满意或不满意。' });
    expect(checkItemTransition('已反馈', '评估', { date: '2026-04-19', result: '满意' }, open)).toMatchObject({
      ok: false,
      message: '评估日期不能早于最近一次整改反馈（2026年4月20日）。',
    });
    expect(checkItemTransition('待反馈', '回头看', {}, open)).toMatchObject({ ok: false, message: '请选择落实情况：已落实、基本落实或未落实。' });
  });
});
