import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/contract/errors';
import {
  allowedOpinionActions,
  availableIssueActions,
  availableOpinionActions,
  checkIssueTransition,
  checkOpinionTransition,
  issueActions,
  issueToReportAction,
  issueTransition,
  issueTransitionTable,
  opinionActionInfo,
  opinionActions,
  opinionTransition,
  opinionTransitionTable,
  refusedMessage,
  routedStatus,
  type IssueAction,
  type OpinionAction,
  type OpinionContext,
  type OpinionPayload,
} from '../../../shared/domain/opinion/machine';
import { issueStatuses, opinionStatuses, type IssueStatus, type OpinionStatus } from '../../../shared/domain/opinion/status';

function validPayload(action: OpinionAction): OpinionPayload {
  const p: OpinionPayload = {};
  for (const need of opinionActionInfo[action].needs) {
    if (need === 'reason') p.reason = '理由';
    if (need === 'person') p.person = '王编辑';
    if (need === 'editedText') p.editedText = '编辑稿';
    if (need === 'level') p.level = '省';
    if (need === 'unit') p.unit = '县交通运输局';
    if (need === 'content') p.content = '已研究落实';
  }
  return p;
}
const okContext: OpinionContext = { hasTitle: true, hasAuthor: true, chars: 800, maxChars: 6000, issueStatus: '已签发', sentLevels: [] };

/** The lifecycle of domain.md, written out by hand. */
const expected: [OpinionStatus, OpinionAction, OpinionStatus][] = [
  ['已保存', '报送', '已报送'],
  ['已保存', '作废', '已作废'],
  ['已报送', '退回', '已保存'],
  ['已报送', '采用', '已采用'],
  ['已报送', '不采用', '不采用'],
  ['已报送', '留存', '留存'],
  ['已报送', '作废', '已作废'],
  ['留存', '采用', '已采用'],
  ['留存', '不采用', '不采用'],
  ['已采用', '编辑', '已编辑'],
  ['已编辑', '编辑', '已编辑'],
  ['已编辑', '审核', '已审核'],
  ['已审核', '审核退回', '已编辑'],
  ['已审核', '签发', '已签发'],
  ['已签发', '印发', '已印发'],
  ['已印发', '报送上级', '已上报'],
  ['已印发', '转办', '已转办'],
  ['已上报', '报送上级', '已上报'],
  ['已上报', '转办', '已转办'],
  ['已上报', '反馈', '已反馈'],
  ['已转办', '报送上级', '已转办'],
  ['已转办', '转办', '已转办'],
  ['已转办', '反馈', '已反馈'],
  ['已反馈', '报送上级', '已反馈'],
  ['已反馈', '转办', '已反馈'],
  ['已反馈', '反馈', '已反馈'],
];

describe('report lifecycle table', () => {
  it('is exactly the hand-written lifecycle', () => {
    expect(opinionTransitionTable.map((r) => `${r.from}|${r.action}`).sort()).toEqual(expected.map(([f, a]) => `${f}|${a}`).sort());
  });

  it.each(expected)('%s —%s→ %s', (from, action, to) => {
    expect(checkOpinionTransition(from, action, validPayload(action), okContext)).toMatchObject({ ok: true, from, action, to });
  });

  it('walks the whole road from 已保存 to 已反馈', () => {
    const road: OpinionAction[] = ['报送', '采用', '编辑', '审核', '签发', '印发', '报送上级', '转办', '反馈'];
    let s: OpinionStatus = '已保存';
    for (const a of road) s = opinionTransition(s, a, validPayload(a), okContext);
    expect(s).toBe('已反馈');
  });

  it('every status is reachable from 已保存, and 不采用 and 已作废 are final', () => {
    const seen = new Set<OpinionStatus>(['已保存']);
    const queue: OpinionStatus[] = ['已保存'];
    while (queue.length) {
      const s = queue.shift()!;
      for (const [f, , t] of expected) {
        if (f !== s || seen.has(t)) continue;
        seen.add(t);
        queue.push(t);
      }
    }
    expect([...seen].sort()).toEqual([...opinionStatuses].sort());
    for (const s of ['不采用', '已作废'] as const) expect(allowedOpinionActions(s, okContext)).toEqual([]);
  });

  it('refuses every pair not in the table with the status and action named', () => {
    const allowed = new Set(expected.map(([f, a]) => `${f}|${a}`));
    let refused = 0;
    for (const s of opinionStatuses)
      for (const a of opinionActions) {
        if (allowed.has(`${s}|${a}`)) continue;
        refused++;
        const r = checkOpinionTransition(s, a, validPayload(a), okContext);
        expect(r).toEqual({ ok: false, message: refusedMessage(s, a), allowed: allowedOpinionActions(s, okContext) });
      }
    expect(refused).toBe(opinionStatuses.length * opinionActions.length - expected.length);
  });

  it('throws ApiError TRANSITION with the Chinese sentence', () => {
    try {
      opinionTransition('不采用', '采用');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ApiError);
      expect((e as ApiError).code).toBe('TRANSITION');
      expect((e as ApiError).message).toBe('当前状态为“不采用”，不能执行“采用”。');
    }
  });

  it('an action needs its payload: reasons, names, edited text, level, unit, content', () => {
    expect(checkOpinionTransition('已报送', '不采用', {}, okContext)).toMatchObject({ ok: false, message: '请填写不采用理由。' });
    expect(checkOpinionTransition('已报送', '不采用', { reason: '  ' }, okContext)).toMatchObject({ ok: false, message: '请填写不采用理由。' });
    expect(checkOpinionTransition('已报送', '退回', {}, okContext)).toMatchObject({ ok: false, message: '请填写退回原因。' });
    expect(checkOpinionTransition('已采用', '编辑', { person: '王' }, okContext)).toMatchObject({ ok: false, message: '编辑稿正文不能为空。' });
    expect(checkOpinionTransition('已采用', '编辑', { editedText: '稿' }, okContext)).toMatchObject({ ok: false, message: '请填写编辑人姓名。' });
    expect(checkOpinionTransition('已印发', '报送上级', {}, okContext)).toMatchObject({ ok: false, message: '请选择报送级别：市、省或全国。' });
    expect(checkOpinionTransition('已印发', '报送上级', { level: '县' as never }, okContext)).toMatchObject({ ok: false, message: '请选择报送级别：市、省或全国。' });
    expect(checkOpinionTransition('已印发', '转办', {}, okContext)).toMatchObject({ ok: false, message: '请选择转办单位。' });
    expect(checkOpinionTransition('已转办', '反馈', {}, okContext)).toMatchObject({ ok: false, message: '请填写反馈内容。' });
  });

  it('报送 needs a title, an author and a text within the limit', () => {
    expect(checkOpinionTransition('已保存', '报送', {}, { ...okContext, hasTitle: false })).toMatchObject({ ok: false, message: '请先填写标题再报送。' });
    expect(checkOpinionTransition('已保存', '报送', {}, { ...okContext, hasAuthor: false })).toMatchObject({ ok: false, message: expect.stringContaining('报送者') });
    expect(checkOpinionTransition('已保存', '报送', {}, { ...okContext, chars: 0 })).toMatchObject({ ok: false, message: '信息正文为空，不能报送。' });
    expect(checkOpinionTransition('已保存', '报送', {}, { ...okContext, chars: 6001 })).toMatchObject({ ok: false, message: '信息正文6001字，超过6000字的上限，请精简后再报送。' });
    expect(availableOpinionActions('已保存', { ...okContext, hasAuthor: false }).find((a) => a.action === '报送')).toMatchObject({ allowed: false });
  });

  it('审核 and 签发 need an issue; 印发 needs the issue 签发', () => {
    expect(checkOpinionTransition('已编辑', '审核', { person: '李' }, { issueStatus: null })).toMatchObject({ ok: false, message: expect.stringContaining('尚未编入') });
    expect(checkOpinionTransition('已编辑', '审核', { person: '李' }, { issueStatus: '编辑中' })).toMatchObject({ ok: true, to: '已审核' });
    expect(checkOpinionTransition('已签发', '印发', {}, { issueStatus: '已审核' })).toMatchObject({ ok: false, message: '所在期次状态为“已审核”，签发后才能印发。' });
    expect(checkOpinionTransition('已签发', '印发', {}, { issueStatus: null })).toMatchObject({ ok: false, message: '该信息尚未编入一期《社情民意》，不能印发。' });
  });

  it('报送上级 once per level; another level is fine', () => {
    expect(checkOpinionTransition('已上报', '报送上级', { level: '市' }, { sentLevels: ['市'] })).toMatchObject({ ok: false, message: '该信息已报送市政协，不能重复报送。' });
    expect(checkOpinionTransition('已上报', '报送上级', { level: '省' }, { sentLevels: ['市'] })).toMatchObject({ ok: true, to: '已上报' });
    // A later 报送上级 never moves a 反馈 report back.
    expect(checkOpinionTransition('已反馈', '报送上级', { level: '全国' }, { sentLevels: ['市', '省'] })).toMatchObject({ ok: true, to: '已反馈' });
  });

  it('irreversible steps ask for confirmation; the buttons say so', () => {
    const confirm = opinionActions.filter((a) => opinionActionInfo[a].confirm);
    expect(confirm).toEqual(expect.arrayContaining(['采用', '不采用', '签发', '印发', '报送上级', '转办', '作废']));
    expect(availableOpinionActions('已报送', okContext).map((a) => [a.action, a.confirm])).toEqual([
      ['退回', false],
      ['采用', true],
      ['不采用', true],
      ['留存', false],
      ['作废', true],
    ]);
  });
});

const expectedIssue: [IssueStatus, IssueAction, IssueStatus][] = [
  ['编辑中', '审核', '已审核'],
  ['编辑中', '作废', '已作废'],
  ['已审核', '退回', '编辑中'],
  ['已审核', '签发', '已签发'],
  ['已签发', '印发', '已印发'],
];

describe('routedStatus: the status a printed report’s live 报送上级 / 转办 / 反馈 records lead to', () => {
  it('agrees with walking the table through every order of up to five steps', () => {
    type Step = '市' | '省' | '全国' | '转办' | '反馈';
    const steps: Step[] = ['市', '省', '全国', '转办', '反馈'];
    let checked = 0;
    const walk = (status: OpinionStatus, sent: Step[], counts: { sendUps: number; transfers: number; feedbacks: number }, depth: number) => {
      expect(routedStatus(counts), JSON.stringify(counts)).toBe(status);
      checked++;
      if (depth === 0) return;
      for (const s of steps) {
        const level = s === '转办' || s === '反馈' ? undefined : s;
        const action: OpinionAction = level ? '报送上级' : (s as '转办' | '反馈');
        const payload: OpinionPayload = level ? { level } : s === '转办' ? { unit: '县交通运输局' } : { content: '已办理' };
        const check = checkOpinionTransition(status, action, payload, { sentLevels: sent.filter((x): x is '市' | '省' | '全国' => x !== '转办' && x !== '反馈') });
        if (!check.ok) continue;
        const next = { sendUps: counts.sendUps + (level ? 1 : 0), transfers: counts.transfers + (s === '转办' ? 1 : 0), feedbacks: counts.feedbacks + (s === '反馈' ? 1 : 0) };
        walk(check.to, [...sent, s], next, depth - 1);
      }
    };
    walk('已印发', [], { sendUps: 0, transfers: 0, feedbacks: 0 }, 5);
    expect(checked).toBeGreaterThan(100);
  });
});

describe('issue (期) lifecycle', () => {
  it('is exactly the hand-written table', () => {
    expect(issueTransitionTable.map((r) => `${r.from}|${r.action}|${String(r.to)}`).sort()).toEqual(expectedIssue.map((r) => r.join('|')).sort());
  });

  it('refuses the rest, e.g. 作废 after 签发 (a 签发 issue is never voided)', () => {
    const allowed = new Set(expectedIssue.map(([f, a]) => `${f}|${a}`));
    for (const s of issueStatuses)
      for (const a of issueActions) {
        if (allowed.has(`${s}|${a}`)) continue;
        expect(checkIssueTransition(s, a, { reason: 'x', person: 'x', date: '2026-03-05' })).toMatchObject({ ok: false, message: refusedMessage(s, a) });
      }
    expect(() => issueTransition('已签发', '作废', { reason: '错' })).toThrow('当前状态为“已签发”，不能执行“作废”。');
  });

  it('审核 needs edited reports in the issue', () => {
    expect(checkIssueTransition('编辑中', '审核', { person: '李' }, { reportCount: 0 })).toMatchObject({ ok: false, message: '本期还没有编入信息，不能送审核。' });
    expect(checkIssueTransition('编辑中', '审核', { person: '李' }, { reportCount: 2, notEdited: ['甲'] })).toMatchObject({ ok: false, message: '本期信息“甲”尚未编辑完成，不能送审核。' });
    expect(checkIssueTransition('编辑中', '审核', { person: '李' }, { reportCount: 5, notEdited: ['甲', '乙', '丙', '丁'] })).toMatchObject({ message: '本期信息“甲”“乙”“丙”等4篇尚未编辑完成，不能送审核。' });
    expect(availableIssueActions('编辑中', { reportCount: 0 })[0]).toMatchObject({ action: '审核', allowed: false });
    expect(checkIssueTransition('编辑中', '审核', {}, { reportCount: 1 })).toMatchObject({ ok: false, message: '请填写审核人姓名。' });
    expect(checkIssueTransition('已签发', '印发', {}, {})).toMatchObject({ ok: false, message: '请填写印发日期。' });
  });

  it('each issue step maps onto a report step the report table has', () => {
    for (const [from, action] of expectedIssue) {
      const reportAction = issueToReportAction[action];
      if (!reportAction) continue;
      expect(opinionTransitionTable.some((r) => r.action === reportAction), `${from} ${action}`).toBe(true);
    }
  });
});
