import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/contract/errors';
import {
  actionInfo,
  allowedActions,
  availableActions,
  checkAssignment,
  checkCosigners,
  checkTransition,
  proposalActions,
  refusedMessage,
  signingStatus,
  signingUnit,
  transition,
  unitsAfterSigning,
  unsignedUnits,
  type SigningUnit,
  transitionTable,
  type ProposalAction,
  type ProposalContext,
  type TransitionPayload,
} from '../../../shared/domain/proposal/machine';
import { finalStatuses, proposalStatuses, type ProposalStatus } from '../../../shared/domain/proposal/status';

/** A payload that satisfies what each action needs. */
function validPayload(action: ProposalAction): TransitionPayload {
  const p: TransitionPayload = {};
  for (const need of actionInfo[action].needs) {
    if (need === 'reason') p.reason = '理由';
    if (need === 'mergeInto') p.mergeInto = 17;
    if (need === 'assignment') p.assignment = { mode: '会办', mainUnit: '县教育局', coUnits: ['县财政局'] };
    if (need === 'replyClass') p.replyClass = 'A';
    if (need === 'result') p.result = '满意';
    if (need === 'newDueDate') p.newDueDate = '2026-09-30';
  }
  return p;
}
const okContext: ProposalContext = { kind: '委员联名', cosigners: [{ name: '张三', state: '已确认' }] };

const expectedTable: [ProposalStatus, ProposalAction, ProposalStatus][] = [
  ['暂存', '提交', '待预审'],
  ['暂存', '作废', '已作废'],
  ['待预审', '撤回', '暂存'],
  ['待预审', '预审通过', '待审查'],
  ['待预审', '退回修改', '退回修改'],
  ['待预审', '作废', '已作废'],
  ['退回修改', '提交', '待预审'],
  ['退回修改', '作废', '已作废'],
  ['待审查', '立案', '立案'],
  ['待审查', '不予立案', '不予立案'],
  ['待审查', '并案', '已并案'],
  ['待审查', '作废', '已作废'],
  ['不予立案', '转为社情民意', '不予立案'],
  ['不予立案', '转为委员来信', '不予立案'],
  ['立案', '交办', '已交办'],
  ['已交办', '签收', '已签收'],
  ['已交办', '申退', '申请退回'],
  ['已交办', '延期', '已交办'],
  ['已交办', '催办', '已交办'],
  ['申请退回', '同意申退', '立案'],
  ['申请退回', '驳回申退', '已交办'],
  ['已签收', '答复', '已答复'],
  ['已签收', '延期', '已签收'],
  ['已签收', '催办', '已签收'],
  ['已答复', '答复审核通过', '待征询'],
  ['已答复', '答复退回', '答复退回'],
  ['答复退回', '答复', '已答复'],
  ['答复退回', '延期', '答复退回'],
  ['答复退回', '催办', '答复退回'],
  ['待征询', '征询意见', '待办结'],
  ['待征询', '办结', '已办结'],
  ['待办结', '办结', '已办结'],
  ['不满意重办', '答复', '已答复'],
  ['不满意重办', '延期', '不满意重办'],
  ['不满意重办', '催办', '不满意重办'],
  ['已办结', '归档', '已归档'],
];

/** Per-unit 签收/申退 while another unit has signed or applied to return: in the table, allowed only for such a unit (see 签收 per unit). */
const unitPairs: [ProposalStatus, ProposalAction][] = [
  ['已签收', '签收'],
  ['已签收', '申退'],
  ['申请退回', '签收'],
  ['申请退回', '申退'],
];

describe('the transition table', () => {
  it('is exactly the lifecycle in domain.md (hand-written copy)', () => {
    const actual = transitionTable.map((r) => `${r.from}|${r.action}`).sort();
    expect(actual).toEqual([...expectedTable, ...unitPairs].map(([f, a]) => `${f}|${a}`).sort());
  });

  it('has no duplicate (status, action) pair', () => {
    const keys = transitionTable.map((r) => `${r.from}|${r.action}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(expectedTable)('%s —%s→ %s', (from, action, to) => {
    const r = checkTransition(from, action, validPayload(action), okContext);
    expect(r).toMatchObject({ ok: true, from, action, to });
    expect(transition(from, action, validPayload(action), okContext)).toBe(to);
  });

  it('every status is reachable from 暂存', () => {
    const seen = new Set<ProposalStatus>(['暂存']);
    const queue: ProposalStatus[] = ['暂存'];
    while (queue.length) {
      const s = queue.shift()!;
      const next = expectedTable.filter(([from]) => from === s).map(([, , to]) => to);
      if (s === '待征询') next.push('不满意重办', '待办结');
      for (const to of next) {
        if (seen.has(to)) continue;
        seen.add(to);
        queue.push(to);
      }
    }
    expect([...seen].sort()).toEqual([...proposalStatuses].sort());
  });

  it('final statuses lead nowhere else; every other status has a way forward', () => {
    for (const s of proposalStatuses) {
      const leaving = transitionTable.filter((r) => r.from === s && !(typeof r.to === 'object' && 'same' in r.to));
      if (finalStatuses.includes(s)) expect(leaving, s).toEqual([]);
      else expect(leaving.length, s).toBeGreaterThan(0);
    }
  });

  it('every action appears in the table and has its info', () => {
    for (const a of proposalActions) {
      expect(transitionTable.some((r) => r.action === a), a).toBe(true);
      expect(actionInfo[a].description.length).toBeGreaterThan(0);
    }
  });
});

describe('refused transitions: every action a status does not have is refused with a message', () => {
  const allowedPairs = new Set([...expectedTable, ...unitPairs].map(([f, a]) => `${f}|${a}`));
  const refused: [ProposalStatus, ProposalAction][] = [];
  for (const s of proposalStatuses) for (const a of proposalActions) if (!allowedPairs.has(`${s}|${a}`)) refused.push([s, a]);

  it('the refused matrix is the complement of the table', () => {
    expect(refused.length + expectedTable.length + unitPairs.length).toBe(proposalStatuses.length * proposalActions.length);
    expect(refused.length).toBe(18 * 23 - 40);
  });

  it.each(refused)('%s × %s', (status, action) => {
    const r = checkTransition(status, action, validPayload(action), okContext);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toBe(`当前状态为“${status}”，不能执行“${action}”。`);
      expect(r.allowed).toEqual(allowedActions(status, okContext));
    }
    expect(() => transition(status, action, validPayload(action), okContext)).toThrow(refusedMessage(status, action));
  });

  it('throws an ApiError with code TRANSITION and the exact sentence', () => {
    try {
      transition('已交办', '立案');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ApiError);
      expect((e as ApiError).code).toBe('TRANSITION');
      expect((e as ApiError).message).toBe('当前状态为“已交办”，不能执行“立案”。');
    }
  });

  it('numbers and decisions never go backwards: no 立案 after 交办, no 作废 after 立案', () => {
    for (const s of ['已交办', '已签收', '已答复', '已办结', '已归档'] as const) expect(checkTransition(s, '立案').ok).toBe(false);
    for (const s of ['立案', '已交办', '不予立案', '已并案', '已办结'] as const) expect(checkTransition(s, '作废', { reason: 'x' }).ok).toBe(false);
  });

  it('unknown statuses and actions get their own message', () => {
    expect(checkTransition('草稿' as ProposalStatus, '提交')).toMatchObject({ ok: false, message: '未知的提案状态“草稿”。' });
    expect(checkTransition('暂存', '删除' as ProposalAction)).toMatchObject({ ok: false, message: '未知的操作“删除”。' });
  });
});

describe('allowedActions (the buttons)', () => {
  it.each([
    ['暂存', ['提交', '作废']],
    ['待预审', ['撤回', '预审通过', '退回修改', '作废']],
    ['待审查', ['立案', '不予立案', '并案', '作废']],
    ['立案', ['交办']],
    ['不予立案', ['转为社情民意', '转为委员来信']],
    ['已交办', ['签收', '申退', '延期', '催办']],
    ['申请退回', ['同意申退', '驳回申退']],
    ['已签收', ['延期', '催办', '答复']],
    ['已答复', ['答复审核通过', '答复退回']],
    ['待征询', ['征询意见', '办结']],
    ['待办结', ['办结']],
    ['已办结', ['归档']],
    ['已归档', []],
    ['已并案', []],
    ['已作废', []],
  ] as [ProposalStatus, ProposalAction[]][])('%s → %j', (status, actions) => {
    expect(allowedActions(status, okContext)).toEqual(actions);
  });

  it('availableActions keeps a guarded button but disables it with the reason', () => {
    const ctx: ProposalContext = { kind: '委员联名', cosigners: [{ name: '张三', state: '已确认' }, { name: '李四', state: '待确认' }] };
    const list = availableActions('暂存', ctx);
    expect(list.map((a) => a.action)).toEqual(['提交', '作废']);
    expect(list[0]).toMatchObject({ action: '提交', allowed: false, actor: '提案者', reason: '附议委员李四尚未确认附议，全部确认后才能提交。' });
    expect(list[1]).toMatchObject({ action: '作废', allowed: true, needs: ['reason'], reasonLabel: '作废原因' });
    expect(allowedActions('暂存', ctx)).toEqual(['作废']);
  });

  it('describes who acts', () => {
    expect(availableActions('已交办').map((a) => a.actor)).toEqual(['承办单位', '承办单位', '提案委', '提案委']);
  });
});

describe('签收 and 申退 per unit', () => {
  const units = (...list: [string, '主办' | '协办', ('signed' | 'returning')?][]): SigningUnit[] =>
    list.map(([unit, role, state]) => ({ unit, role, signed: state === 'signed', returning: state === 'returning', signDeadline: '2026-07-08' }));
  const ctx = (u: SigningUnit[], today = '2026-07-03'): ProposalContext => ({ units: u, today });

  it('a 会办 with two 协办: each unit signs on its own; the proposal is 已签收 once the 主办 signed', () => {
    let u = units(['县教育局', '主办'], ['县水利局', '协办'], ['县财政局', '协办']);
    expect(transition('已交办', '签收', { unit: '县水利局' }, ctx(u))).toBe('已交办');
    u = unitsAfterSigning('签收', u, { unit: '县水利局' })!;
    expect(unsignedUnits(u).map((x) => x.unit)).toEqual(['县教育局', '县财政局']);
    expect(transition('已交办', '签收', {}, ctx(u))).toBe('已签收'); // default: the 主办
    u = unitsAfterSigning('签收', u)!;
    expect(checkTransition('已签收', '签收', { unit: '县水利局' }, ctx(u))).toMatchObject({ ok: false, message: '县水利局已签收，不能重复签收。' });
    expect(checkTransition('已签收', '申退', { unit: '县教育局', reason: '不属于本单位职责' }, ctx(u))).toMatchObject({ ok: false, message: '县教育局已签收，不能再申请退回。' });
    // the other 协办 applies to return: 申请退回 until the office decides
    expect(transition('已签收', '申退', { unit: '县财政局', reason: '不属于本单位职责' }, ctx(u))).toBe('申请退回');
    u = unitsAfterSigning('申退', u, { unit: '县财政局' })!;
    expect(allowedActions('申请退回', ctx(u))).toEqual(['同意申退', '驳回申退']);
    expect(checkTransition('申请退回', '签收', { unit: '县财政局' }, ctx(u))).toMatchObject({ ok: false, message: '县财政局已申请退回，等待提案委处理。' });
    // granted and 改交 to another unit: back to 已签收, the new unit has to sign
    expect(checkTransition('申请退回', '同意申退', { replacementUnit: '县水利局' }, ctx(u))).toMatchObject({ ok: false, message: '“县水利局”已是本提案的承办单位。' });
    expect(transition('申请退回', '同意申退', { replacementUnit: '县民政局' }, ctx(u))).toBe('已签收');
    u = unitsAfterSigning('同意申退', u, { replacementUnit: '县民政局' })!;
    expect(u.map((x) => [x.unit, x.role, x.signed])).toEqual([
      ['县教育局', '主办', true],
      ['县水利局', '协办', true],
      ['县民政局', '协办', false],
    ]);
    expect(availableActions('已签收', ctx(u)).filter((a) => a.allowed).map((a) => a.action)).toEqual(['签收', '申退', '延期', '催办', '答复']);
  });

  it('the 主办\'s 申退 granted sends the proposal back to 立案; refused, the unit signs again', () => {
    const u = units(['县教育局', '主办', 'returning'], ['县水利局', '协办', 'signed']);
    expect(transition('申请退回', '同意申退', {}, ctx(u))).toBe('立案');
    expect(checkTransition('申请退回', '同意申退', { replacementUnit: '县民政局' }, ctx(u))).toMatchObject({ ok: false, message: '同意主办单位申退后，提案退回“立案”状态，请重新交办，不能直接改交。' });
    expect(transition('申请退回', '驳回申退', { reason: '属于本单位职责' }, ctx(u))).toBe('已交办');
    expect(checkTransition('申请退回', '驳回申退', { unit: '县水利局', reason: '无' }, ctx(u))).toMatchObject({ ok: false, message: '县水利局没有待处理的申退。' });
  });

  it('申退 only within the 签收 window; 签收 late is still taken; unknown units are named', () => {
    const u = units(['县教育局', '主办'], ['县水利局', '协办']);
    expect(checkTransition('已交办', '申退', { unit: '县水利局', reason: '不属于本单位职责' }, ctx(u, '2026-07-08')).ok).toBe(true);
    expect(checkTransition('已交办', '申退', { unit: '县水利局', reason: '不属于本单位职责' }, ctx(u, '2026-07-09'))).toMatchObject({
      ok: false,
      message: '申退须在签收期限（2026年7月8日）内提出，县水利局已逾期，请签收办理。',
    });
    expect(checkTransition('已交办', '签收', { unit: '县水利局' }, ctx(u, '2026-07-20')).ok).toBe(true);
    expect(checkTransition('已交办', '签收', { unit: '县公安局' }, ctx(u))).toMatchObject({ ok: false, message: '“县公安局”不是本提案当前的承办单位。' });
    const allSigned = units(['县教育局', '主办', 'signed']);
    expect(availableActions('已签收', ctx(allSigned)).find((a) => a.action === '签收')).toMatchObject({ allowed: false, reason: '各承办单位均已签收或申请退回。' });
  });

  it('signingStatus: a waiting 申退 first, then whether the 主办 signed', () => {
    expect(signingStatus(units(['甲', '主办', 'signed'], ['乙', '协办', 'returning']))).toBe('申请退回');
    expect(signingStatus(units(['甲', '主办', 'signed'], ['乙', '协办']))).toBe('已签收');
    expect(signingStatus(units(['甲', '主办'], ['乙', '协办', 'signed']))).toBe('已交办');
    expect(signingUnit('驳回申退', units(['甲', '主办'], ['乙', '协办', 'returning']))?.unit).toBe('乙');
  });
});

describe('附议 (联名 proposals)', () => {
  it('passes when everyone confirmed, and for kinds without 附议', () => {
    expect(checkCosigners('委员联名', [{ name: '张三', state: '已确认' }, { name: '李四', state: '已确认' }])).toBeUndefined();
    expect(checkCosigners('委员个人', [])).toBeUndefined();
    expect(checkCosigners('党派团体', [{ name: '张三', state: '待确认' }])).toBeUndefined();
  });

  it('names who has not confirmed', () => {
    expect(checkCosigners('委员联名', [{ name: '张三', state: '待确认' }, { name: '李四', state: '已确认' }, { name: '王五', state: '待确认' }])).toBe(
      '附议委员张三、王五尚未确认附议，全部确认后才能提交。',
    );
    expect(checkCosigners('委员联名', [{ name: '张三', state: '待确认' }], { deadline: '2026-01-20', today: '2026-01-19' })).toBe(
      '附议委员张三尚未确认附议（截止2026年1月20日），全部确认后才能提交。',
    );
  });

  it('after the deadline, asks to remove who did not confirm', () => {
    expect(checkCosigners('委员联名', [{ name: '张三', state: '待确认' }], { deadline: '2026-01-20', today: '2026-01-21' })).toBe(
      '附议确认已于2026年1月20日截止，张三未确认，请将其从附议名单中移除后再提交。',
    );
    // on the deadline day itself confirmations are still open
    expect(checkCosigners('委员联名', [{ name: '张三', state: '待确认' }], { deadline: '2026-01-20', today: '2026-01-20' })).toMatch(/尚未确认/);
  });

  it('a refusal comes first', () => {
    expect(checkCosigners('委员联名', [{ name: '张三', state: '待确认' }, { name: '赵六', state: '已拒绝' }])).toBe(
      '附议委员赵六已拒绝附议，请将其从附议名单中移除后再提交。',
    );
  });

  it('a 联名 proposal needs at least one 附议 member', () => {
    expect(checkCosigners('委员联名', [])).toBe('联名提案至少需要一名附议委员。');
    expect(checkTransition('暂存', '提交', {}, { kind: '委员联名', cosigners: [] })).toMatchObject({ ok: false, message: '联名提案至少需要一名附议委员。' });
  });

  it('long lists are shortened', () => {
    const many = ['甲', '乙', '丙', '丁', '戊', '己', '庚'].map((name) => ({ name, state: '待确认' as const }));
    expect(checkCosigners('委员联名', many)).toBe('附议委员甲、乙、丙、丁、戊等7人尚未确认附议，全部确认后才能提交。');
  });

  it('guards 提交 from 暂存 and from 退回修改', () => {
    const ctx: ProposalContext = { kind: '委员联名', cosigners: [{ name: '李四', state: '待确认' }] };
    for (const s of ['暂存', '退回修改'] as const) {
      expect(checkTransition(s, '提交', {}, ctx)).toMatchObject({ ok: false, message: '附议委员李四尚未确认附议，全部确认后才能提交。' });
      expect(() => transition(s, '提交', {}, ctx)).toThrow('李四');
    }
  });
});

describe('payloads', () => {
  it.each([
    ['待预审', '退回修改', '请填写退回原因。'],
    ['待审查', '不予立案', '请填写不予立案理由。'],
    ['已交办', '申退', '请填写申退理由。'],
    ['申请退回', '驳回申退', '请填写不同意申退的理由。'],
    ['已答复', '答复退回', '请填写退回意见。'],
    ['暂存', '作废', '请填写作废原因。'],
    ['待审查', '并案', '请选择并入的主提案。'],
    ['立案', '交办', '请指定主办单位和交办方式。'],
    ['已签收', '答复', '请选择答复类别（A、B或C）。'],
    ['待征询', '征询意见', '请选择征询意见：满意、基本满意或不满意。'],
    ['已签收', '延期', '请填写延期后的办理期限。'],
  ] as [ProposalStatus, ProposalAction, string][])('%s × %s without its payload: %s', (status, action, message) => {
    expect(checkTransition(status, action, {})).toMatchObject({ ok: false, message });
  });

  it('a reason of blanks is no reason', () => {
    expect(checkTransition('待预审', '退回修改', { reason: '   ' }).ok).toBe(false);
    expect(checkTransition('已签收', '答复', { replyClass: 'D' as never }).ok).toBe(false);
  });

  it('交办 validates the units', () => {
    expect(checkTransition('立案', '交办', { assignment: { mode: '单办', mainUnit: '县教育局' } })).toMatchObject({ ok: true, to: '已交办' });
    expect(checkTransition('立案', '交办', { assignment: { mode: '会办', mainUnit: '县教育局' } })).toMatchObject({ ok: false, message: '“会办”需要至少一个协办单位。' });
  });
});

describe('checkAssignment', () => {
  it.each([
    [{ mode: '单办', mainUnit: '县教育局' }, undefined],
    [{ mode: '单办', mainUnit: '县教育局', coUnits: [] }, undefined],
    [{ mode: '分办', mainUnit: '县教育局', coUnits: ['县财政局', '县民政局'] }, undefined],
    [{ mode: '会办', mainUnit: '县教育局', coUnits: ['县财政局'] }, undefined],
    [{ mode: '单办', mainUnit: ' ' }, '请指定主办单位。'],
    [{ mode: '单办', mainUnit: '县教育局', coUnits: ['县财政局'] }, '单办提案只有一个承办单位；如需协办单位，请选择“分办”或“会办”。'],
    [{ mode: '分办', mainUnit: '县教育局' }, '“分办”需要至少一个协办单位。'],
    [{ mode: '会办', mainUnit: '县教育局', coUnits: ['县教育局'] }, '“县教育局”已是主办单位，不能同时作为协办单位。'],
    [{ mode: '会办', mainUnit: '县教育局', coUnits: ['县财政局', '县财政局 '] }, '协办单位“县财政局”重复。'],
    [{ mode: '联办', mainUnit: '县教育局' }, '请选择交办方式：单办、分办或会办。'],
  ] as [Parameters<typeof checkAssignment>[0], string | undefined][])('%j → %s', (assignment, message) => {
    expect(checkAssignment(assignment)).toBe(message);
  });
});

describe('不予立案 conversion keeps one link', () => {
  it('converts once, then refuses', () => {
    expect(transition('不予立案', '转为社情民意', {}, { convertedTo: null })).toBe('不予立案');
    expect(checkTransition('不予立案', '转为委员来信', {}, { convertedTo: '社情民意' })).toMatchObject({ ok: false, message: '该提案已转为社情民意，不能重复转办。' });
    expect(allowedActions('不予立案', { convertedTo: '委员来信' })).toEqual([]);
  });
});

describe('征询意见 and the second round', () => {
  it.each([
    ['满意', 1, '待办结'],
    ['基本满意', 1, '待办结'],
    ['不满意', 1, '不满意重办'],
    ['不满意', undefined, '不满意重办'],
    ['满意', 2, '待办结'],
    ['不满意', 2, '待办结'],
  ] as const)('%s in round %s → %s', (result, round, to) => {
    expect(transition('待征询', '征询意见', { result }, { round })).toBe(to);
  });

  it('maxRounds is configurable', () => {
    expect(transition('待征询', '征询意见', { result: '不满意' }, { round: 2, maxRounds: 3 })).toBe('不满意重办');
    expect(transition('待征询', '征询意见', { result: '不满意' }, { round: 1, maxRounds: 1 })).toBe('待办结');
  });
});

describe('a whole life', () => {
  it('walks from draft to archive through a 申退, a returned answer and a second round', () => {
    const steps: [ProposalAction, TransitionPayload, ProposalContext?][] = [
      ['提交', {}, okContext],
      ['退回修改', { reason: '案由不规范' }],
      ['提交', {}, okContext],
      ['预审通过', {}],
      ['立案', {}],
      ['交办', { assignment: { mode: '单办', mainUnit: '县交通运输局' } }],
      ['申退', { reason: '不属于本单位职责' }],
      ['同意申退', {}],
      ['交办', { assignment: { mode: '会办', mainUnit: '县住房和城乡建设局', coUnits: ['县交通运输局'] } }],
      ['签收', {}],
      ['答复', { replyClass: 'B' }],
      ['答复退回', { reason: '答复过于笼统' }],
      ['答复', { replyClass: 'B' }],
      ['答复审核通过', {}],
      ['征询意见', { result: '不满意' }, { round: 1 }],
      ['答复', { replyClass: 'A' }],
      ['答复审核通过', {}],
      ['征询意见', { result: '基本满意' }, { round: 2 }],
      ['办结', {}],
      ['归档', {}],
    ];
    let s: ProposalStatus = '暂存';
    const path: ProposalStatus[] = [s];
    for (const [action, payload, ctx] of steps) path.push((s = transition(s, action, payload, ctx)));
    expect(path).toEqual([
      '暂存', '待预审', '退回修改', '待预审', '待审查', '立案', '已交办', '申请退回', '立案', '已交办', '已签收', '已答复',
      '答复退回', '已答复', '待征询', '不满意重办', '已答复', '待征询', '待办结', '已办结', '已归档',
    ]);
  });
});
