import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import type { ProposalRecord } from '../../shared/contract/proposals';
import { chinese, tempApp, type TempApp } from '../fixtures/tempApp';
import { proposalBody, seedProposalCounty, type ProposalCounty } from '../fixtures/proposalSeed';

let t: TempApp;
let c: ProposalCounty;
beforeEach(() => {
  t = tempApp();
  c = seedProposalCounty(t);
});
afterEach(() => t.close());

type SaveInput = MethodInput<'proposal.save'>;
type StepInput = Omit<MethodInput<'proposal.transition'>, 'id' | 'version'>;

function create(title: string, extra: Partial<SaveInput> = {}): ProposalRecord {
  return t.ok('proposal.save', {
    termId: c.term,
    meetingId: c.meeting,
    kind: '委员个人',
    leadMemberId: c.member.张明华,
    categoryId: c.category.社会建设,
    ...proposalBody(title),
    ...extra,
  } as SaveInput);
}
const get = (id: number) => t.ok('proposal.get', { id });
const act = (id: number, action: StepInput['action'], extra: Partial<StepInput> = {}) => t.ok('proposal.transition', { id, version: get(id).version, action, ...extra });
const actFails = (id: number, action: StepInput['action'], extra: Partial<StepInput> = {}) => t.fail('proposal.transition', { id, version: get(id).version, action, ...extra });
const assign = (id: number, mode: '单办' | '分办' | '会办', main: number, co: number[] = [], date = '2026-07-01') =>
  t.ok('proposal.assign', { id, version: get(id).version, mode, mainUnitId: main, coUnitIds: co, date });
const reply = (id: number, unitId: number, cls: 'A' | 'B' | 'C' | null, date: string, extra: Partial<MethodInput<'proposal.reply'>> = {}) =>
  t.ok('proposal.reply', { id, version: get(id).version, unitId, replyClass: cls, content: '经研究，答复如下……', signer: '周局长', contactName: '吴科长', contactPhone: '0579-87001234', replyDate: date, ...extra });
/** 提交 → 预审通过 (→ 立案 when asked). */
function submitted(p: ProposalRecord, file = false) {
  act(p.id, '提交', { date: '2026-03-02' });
  act(p.id, '预审通过', { date: '2026-03-04' });
  if (file) act(p.id, '立案', { date: '2026-03-10' });
  return get(p.id);
}

describe('登记: validation of every 提案者类型', () => {
  it('accepts each kind and derives the proposer, 界别 and 党派', () => {
    const single = create('关于加快推进农村生活污水治理的建议');
    expect(single).toMatchObject({ kind: '委员个人', proposerName: '张明华', sectorName: '教育界', partyName: '民盟', status: '暂存', number: null });
    const joint = create('关于完善城区停车设施规划的建议', { kind: '委员联名', leadMemberId: c.member.李芳, cosignerIds: [c.member.王建国, c.member.陈静] });
    expect(joint.proposerText).toBe('李芳等3人');
    expect(joint.cosigners.map((x) => [x.name, x.state])).toEqual([
      ['王建国', '待确认'],
      ['陈静', '待确认'],
    ]);
    expect(create('关于加强中小学心理健康教育的建议', { kind: '党派团体', leadMemberId: null, partyId: c.party.民盟 })).toMatchObject({ proposerName: '民盟', partyName: '民盟' });
    expect(create('关于发展特色农业产业的建议', { kind: '界别', leadMemberId: null, sectorId: c.sector.农业界 })).toMatchObject({ proposerName: '农业界', sectorName: '农业界' });
    expect(create('关于加强饮用水源保护的建议', { kind: '专委会', leadMemberId: null, committeeId: c.committee })).toMatchObject({ proposerName: '人口资源环境委员会', committeeName: '人口资源环境委员会' });
    expect(get(single.id).events.map((e) => e.action)).toEqual(['登记']);
  });

  it('refuses what a clerk must fix, naming the field in Chinese', () => {
    const long = t.fail('proposal.save', { termId: c.term, meetingId: c.meeting, kind: '委员个人', leadMemberId: c.member.张明华, categoryId: c.category.其他, ...proposalBody('关于'.padEnd(51, '建')) });
    expect(long.code).toBe('VALIDATION');
    expect(long.message).toContain('案由不能超过50个字');
    const noParts = t.fail('proposal.save', { termId: c.term, meetingId: c.meeting, kind: '委员个人', leadMemberId: c.member.张明华, categoryId: c.category.其他, title: '关于某事的建议', background: '', problems: '', suggestions: '' });
    expect(noParts.message).toMatch(/请填写背景.*请填写存在问题.*请填写具体建议/);
    const noCosigner = t.fail('proposal.save', { termId: c.term, meetingId: c.meeting, kind: '委员联名', leadMemberId: c.member.李芳, cosignerIds: [], categoryId: c.category.其他, ...proposalBody('关于某事的建议') });
    expect(noCosigner.message).toContain('联名提案至少需要一名附议委员');
    const leadTwice = t.fail('proposal.save', { termId: c.term, meetingId: c.meeting, kind: '委员联名', leadMemberId: c.member.李芳, cosignerIds: [c.member.李芳], categoryId: c.category.其他, ...proposalBody('关于某事的建议') });
    expect(leadTwice.message).toContain('领衔委员不能同时是附议委员');
    const left = t.fail('proposal.save', { termId: c.term, meetingId: c.meeting, kind: '委员个人', leadMemberId: c.member.赵离任, categoryId: c.category.其他, ...proposalBody('关于某事的建议') });
    expect(left.message).toContain('“赵离任”已于2025-12-31离任');
    const otherTerm = t.fail('proposal.save', { termId: c.term, meetingId: c.meeting, kind: '委员联名', leadMemberId: c.member.李芳, cosignerIds: [c.member.孙往届], categoryId: c.category.其他, ...proposalBody('关于某事的建议') });
    expect(otherTerm.message).toContain('附议委员“孙往届”不是本届委员');
    const wrongMeeting = t.fail('proposal.save', { termId: c.term, meetingId: c.oldMeeting, kind: '委员个人', leadMemberId: c.member.张明华, categoryId: c.category.其他, ...proposalBody('关于某事的建议') });
    expect(wrongMeeting.message).toContain('不属于第十一届');
    expect(t.count('proposals')).toBe(0);
  });

  it('lets the proposer edit until 审查, then refuses', () => {
    const p = create('关于某事的建议');
    const edited = t.ok('proposal.save', { ...baseOf(p), id: p.id, version: p.version, title: '关于加快某事的建议' });
    expect(edited.title).toBe('关于加快某事的建议');
    submitted(edited, true);
    const refused = t.fail('proposal.save', { ...baseOf(p), id: p.id, version: get(p.id).version, title: '关于再改的建议' });
    expect(refused.code).toBe('TRANSITION');
    expect(refused.message).toContain('审查决定后不能再修改');
  });
});

function baseOf(p: ProposalRecord): SaveInput {
  return {
    termId: p.termId,
    meetingId: p.meetingId,
    kind: p.kind,
    leadMemberId: p.leadMemberId,
    cosignerIds: p.cosigners.map((x) => x.memberId!),
    partyId: p.partyId,
    sectorId: p.sectorId,
    committeeId: p.committeeId,
    title: p.title,
    background: p.background,
    problems: p.problems,
    suggestions: p.suggestions,
    categoryId: p.categoryId,
  };
}

describe('a 会次 from 提交 to 归档 through the services', () => {
  it('runs every step, numbers, deadlines and the timeline', () => {
    // 联名: 提交 waits for every 附议 confirmation.
    const joint = create('关于完善城区停车设施规划的建议', { kind: '委员联名', leadMemberId: c.member.李芳, cosignerIds: [c.member.王建国, c.member.陈静], categoryId: c.category.经济建设 });
    const waiting = actFails(joint.id, '提交');
    expect(waiting.code).toBe('TRANSITION');
    expect(waiting.message).toBe('附议委员王建国、陈静尚未确认附议，全部确认后才能提交。');
    for (const m of [c.member.王建国, c.member.陈静]) t.ok('proposal.cosign', { id: joint.id, version: get(joint.id).version, memberId: m, state: '已确认', date: '2026-03-01' });
    act(joint.id, '提交', { date: '2026-03-02' });

    // 预审: 退回修改 with a reason, resubmit, 通过.
    expect(actFails(joint.id, '退回修改', { reason: ' ' }).message).toBe('请填写退回原因。');
    act(joint.id, '退回修改', { reason: '具体建议不够具体，请补充', date: '2026-03-03' });
    expect(get(joint.id).status).toBe('退回修改');
    act(joint.id, '提交', { date: '2026-03-04' });
    act(joint.id, '预审通过', { date: '2026-03-05' });

    const social = submitted(create('关于加强社区养老服务的建议', { categoryId: c.category.社会建设 }));
    const eco = submitted(create('关于加强饮用水源保护的建议', { kind: '专委会', leadMemberId: null, committeeId: c.committee, categoryId: c.category.生态文明 }));
    const economy = submitted(create('关于发展特色农业产业的建议', { kind: '界别', leadMemberId: null, sectorId: c.sector.农业界, categoryId: c.category.经济建设 }));
    const rejected = submitted(create('关于解决本人子女入学问题的建议', { leadMemberId: c.member.刘洋, categoryId: c.category.社会建设 }));
    const merged = submitted(create('关于规划建设城区停车场的建议', { leadMemberId: c.member.陈静, categoryId: c.category.经济建设 }));

    // A refused step names the status and the action.
    const early = actFails(social.id, '办结');
    expect(early).toMatchObject({ code: 'TRANSITION', message: '当前状态为“待审查”，不能执行“办结”。' });

    // 批量立案 in one transaction, then re-sorted by category (经济建设 first).
    const batch = t.ok('proposal.batchFile', {
      items: [social, eco, economy, get(joint.id)].map((p) => ({ id: p.id, version: get(p.id).version })),
      date: '2026-03-10',
      renumber: true,
    });
    expect(batch.filed).toBe(4);
    const numbers = Object.fromEntries([joint, economy, social, eco].map((p) => [p.id, get(p.id).code]));
    expect(numbers).toEqual({ [joint.id]: '11-3-001', [economy.id]: '11-3-002', [social.id]: '11-3-003', [eco.id]: '11-3-004' });
    expect(get(joint.id).number).toBe('第001号');

    // 不予立案 with a reason from the dictionary, its own series; 转为社情民意 once, keeping the link.
    act(rejected.id, '不予立案', { reason: c.rejectReasons[2], date: '2026-03-10' });
    expect(get(rejected.id)).toMatchObject({ status: '不予立案', code: '11-3-不001', number: '不予立案第001号', rejectReason: '属于学术研究、个人求决或诉讼案件的' });
    act(rejected.id, '转为社情民意', { opinionId: null, comment: '转信息科编辑' });
    expect(get(rejected.id)).toMatchObject({ status: '不予立案', convertedTo: '社情民意', convertedOpinionId: null });
    expect(actFails(rejected.id, '转为委员来信').message).toBe('该提案已转为社情民意，不能重复转办。');

    // 并案 into the 联名 proposal: no number of its own, both sides linked.
    act(merged.id, '并案', { mergeInto: joint.id, date: '2026-03-10' });
    expect(get(merged.id)).toMatchObject({ status: '已并案', code: null, mergedInto: { id: joint.id, number: '第001号' } });
    expect(get(joint.id).merged.map((m) => m.id)).toEqual([merged.id]);

    // 交办 (会办 to two units): due date from the holiday table (10/1–10/7 国庆 → 10/8).
    const assigned = assign(joint.id, '会办', c.unit.县教育局, [c.unit.县水利局], '2026-07-01');
    expect(assigned).toMatchObject({ status: '已交办', mode: '会办', dueDate: '2026-10-08', coDueDate: '2026-08-03', signDeadline: '2026-07-08', mainUnit: '县教育局', coUnits: ['县水利局'] });
    expect(assigned.maxDueDate).toBe('2027-01-01');
    const single = t.fail('proposal.assign', { id: social.id, version: get(social.id).version, mode: '单办', mainUnitId: c.unit.县教育局, coUnitIds: [c.unit.县水利局] });
    expect(single.message).toContain('单办提案只有一个承办单位');

    // 答复 before 签收 is refused; 签收; 协办 opinion; 主办 answer.
    expect(t.fail('proposal.reply', { id: joint.id, version: get(joint.id).version, unitId: c.unit.县教育局, replyClass: 'A', content: '答复', replyDate: '2026-07-10' }).message).toBe('当前状态为“已交办”，不能执行“答复”。');
    act(joint.id, '签收', { date: '2026-07-03' });
    reply(joint.id, c.unit.县水利局, null, '2026-07-20', { content: '协办意见：同意主办单位意见。' });
    expect(t.fail('proposal.reply', { id: joint.id, version: get(joint.id).version, unitId: c.unit.县教育局, replyClass: null, content: '答复', replyDate: '2026-07-10' }).message).toBe('请选择答复类别（A、B或C）。');
    reply(joint.id, c.unit.县教育局, 'B', '2026-09-01');
    expect(get(joint.id).status).toBe('已答复');

    // 答复审核: 退回 (redo due in one month), answer again, accept → 待征询.
    act(joint.id, '答复退回', { reason: '答复未逐条回应建议', date: '2026-09-03' });
    expect(get(joint.id)).toMatchObject({ status: '答复退回', dueDate: '2026-10-08' });
    expect(get(joint.id).redoDueDate).toBe('2026-10-08'); // 10/3 + 国庆 → 10/8
    reply(joint.id, c.unit.县教育局, 'A', '2026-09-20');
    act(joint.id, '答复审核通过', { date: '2026-09-21' });
    expect(get(joint.id)).toMatchObject({ status: '待征询', answeredDate: '2026-09-20', replyClass: 'A', redoDueDate: null });

    // 征询意见: 不满意 → second round; 满意 → 待办结 → 办结 → 归档.
    act(joint.id, '征询意见', { result: '不满意', comment: '停车位规划未落实', date: '2026-09-25' });
    expect(get(joint.id)).toMatchObject({ status: '不满意重办', round: 2, feedback: '不满意' });
    reply(joint.id, c.unit.县教育局, 'A', '2026-10-15');
    act(joint.id, '答复审核通过', { date: '2026-10-16' });
    expect(get(joint.id).answeredDate).toBe('2026-09-20');
    act(joint.id, '征询意见', { result: '满意', date: '2026-10-20' });
    act(joint.id, '办结', { date: '2026-10-21' });
    act(joint.id, '归档', { date: '2026-12-30' });
    const done = get(joint.id);
    expect(done).toMatchObject({ status: '已归档', feedback: '满意', closedDate: '2026-10-21', archivedDate: '2026-12-30', code: '11-3-001' });
    expect(done.actions).toEqual([]);
    expect(done.replies.map((r) => [r.unitName, r.role, r.round, r.replyClass, r.review])).toEqual([
      ['县教育局', '主办', 1, 'B', '已退回'],
      ['县教育局', '主办', 1, 'A', '已通过'],
      ['县水利局', '协办', 1, null, '已收到'],
      ['县教育局', '主办', 2, 'A', '已通过'],
    ]);
    expect(done.events.map((e) => `${e.action}:${e.toStatus}`)).toEqual([
      '登记:暂存',
      '附议确认:暂存',
      '附议确认:暂存',
      '提交:待预审',
      '退回修改:退回修改',
      '提交:待预审',
      '预审通过:待审查',
      '立案:立案',
      '并入提案:立案',
      '交办:已交办',
      '签收:已签收',
      '协办意见:已签收',
      '答复:已答复',
      '答复退回:答复退回',
      '答复:已答复',
      '答复审核通过:待征询',
      '征询意见（不满意）:不满意重办',
      '答复:已答复',
      '答复审核通过:待征询',
      '征询意见（满意）:待办结',
      '办结:已办结',
      '归档:已归档',
    ]);
    expect(done.events.every((e) => e.actor === t.actor && /^\d{4}-\d{2}-\d{2}$/.test(e.date))).toBe(true);
    expect(done.events.find((e) => e.action === '退回修改')!.comment).toBe('具体建议不够具体，请补充');

    // 申退 → 同意申退 → re-交办: the number never changes after 交办.
    assign(social.id, '单办', c.unit.县农业农村局, [], '2026-03-20');
    act(social.id, '申退', { reason: '不属于本单位职责', date: '2026-03-24' });
    expect(get(social.id).units[0].returnReason).toBe('不属于本单位职责');
    act(social.id, '同意申退', { date: '2026-03-25' });
    expect(get(social.id)).toMatchObject({ status: '立案', mainUnit: null, dueDate: null, code: '11-3-003' });
    t.ok('proposal.renumber', { termId: c.term, meetingId: c.meeting });
    expect(get(social.id).code).toBe('11-3-003');
    assign(social.id, '单办', c.unit.县卫生健康局, [], '2026-03-26');
    expect(get(social.id)).toMatchObject({ mainUnit: '县卫生健康局', firstAssignedDate: '2026-03-20', assignedDate: '2026-03-26', dueDate: '2026-06-26' });
    expect(get(social.id).units.map((u) => [u.unitName, u.active])).toEqual([
      ['县卫生健康局', true],
      ['县农业农村局', false],
    ]);

    // 延期: at most 6 months after 交办.
    const tooLate = actFails(social.id, '延期', { newDueDate: '2026-12-31' });
    expect(tooLate.code).toBe('VALIDATION');
    expect(tooLate.message).toContain('最迟只能延至2026年9月28日');
    act(social.id, '延期', { newDueDate: '2026-08-31', reason: '涉及年度预算' });
    expect(get(social.id).dueDate).toBe('2026-08-31');

    // 重点提案 + 督办; B class answer → 回头看 date; 优秀提案.
    t.ok('proposal.setKey', { id: eco.id, version: get(eco.id).version, isKey: true, keyLeader: '县政协副主席 周建华' });
    assign(eco.id, '分办', c.unit.市生态环境局永安分局, [c.unit.县水利局], '2026-04-01');
    t.ok('proposal.supervise', { id: eco.id, version: get(eco.id).version, date: '2026-05-12', person: '周建华', method: '督办会议', place: '县政协三楼会议室', content: '听取办理进展，现场协商' });
    act(eco.id, '签收', { date: '2026-04-02' });
    reply(eco.id, c.unit.县水利局, 'A', '2026-06-10');
    reply(eco.id, c.unit.市生态环境局永安分局, 'B', '2026-06-20', { plannedDate: '2026-12-31' });
    act(eco.id, '答复审核通过', { date: '2026-06-22' });
    expect(get(eco.id)).toMatchObject({ isKey: true, keyLeader: '县政协副主席 周建华', replyClass: 'B', followUpDate: '2026-12-31' });
    expect(get(eco.id).followups.map((f) => [f.kind, f.person])).toEqual([['督办', '周建华']]);
    t.ok('proposal.followUp', { id: eco.id, version: get(eco.id).version, date: '2027-01-05', person: '提案委', content: '已完成水源地隔离防护工程' });
    expect(get(eco.id).followUpDoneDate).toBe('2027-01-05');
    t.ok('proposal.setExcellent', { id: eco.id, version: get(eco.id).version, isExcellent: true, note: '2026年度优秀提案' });
    expect(t.fail('proposal.setKey', { id: rejected.id, version: get(rejected.id).version, isKey: true, keyLeader: '某领导' }).message).toContain('只有立案的提案才能确定为重点提案');
    expect(t.fail('proposal.followUp', { id: joint.id, version: get(joint.id).version, date: '2027-01-05', content: '无' }).message).toContain('只有答复类别为B类');

    // the 会次's statistics see the 会办 and the 分办 协办 unit (its own answer) and the 不予立案 converted one
    const stats = t.ok('proposal.statistics', { termId: c.term, meetingId: c.meeting });
    expect(stats.summary).toMatchObject({ received: 6, filed: 4, notFiled: 1, convertedToOpinion: 1, merged: 1, answered: 2, key: 1 });
    expect(stats.units.find((u) => u.unit === '县水利局')).toMatchObject({ main: 0, co: 2, coAnswered: 2 });
    expect(stats.units.find((u) => u.unit === '县卫生健康局')).toMatchObject({ main: 1, mainAnswered: 0 });

    // 平时提案: their own series per 届.
    const ordinary = submitted(create('关于闭会期间某事的建议', { meetingId: null }), true);
    expect(ordinary).toMatchObject({ code: '11-平-001', number: '平时第001号', sessionName: '平时' });

    // 作废 only before 立案, and it keeps the record.
    const draft = create('关于作废测试的建议');
    act(draft.id, '作废', { reason: '重复录入' });
    expect(get(draft.id)).toMatchObject({ status: '已作废', voidReason: '重复录入' });
    expect(get(draft.id).voidedAt).toBeTruthy();
    expect(actFails(social.id, '作废', { reason: '想作废' }).message).toBe('当前状态为“已交办”，不能执行“作废”。');
  });
});

describe('催办, batches and concurrency', () => {
  function assignedProposals(n: number) {
    return Array.from({ length: n }, (_, i) => {
      const p = submitted(create(`关于第${i + 1}件事情的建议`), true);
      assign(p.id, '单办', c.unit.县教育局, [], '2026-03-20');
      return get(p.id);
    });
  }

  it('催办 overdue items in one batch; the list finds them with the overdue filter', () => {
    const [a, b, d] = assignedProposals(3);
    act(b.id, '签收', { date: '2026-03-23' });
    reply(b.id, c.unit.县教育局, 'A', '2026-05-01');
    const overdue = t.ok('proposal.list', { termId: c.term, overdue: true, today: '2026-07-01' });
    expect(overdue.rows.map((r) => r.id).sort()).toEqual([a.id, d.id].sort());
    expect(overdue.rows.every((r) => r.overdue)).toBe(true);
    const res = t.ok('proposal.remind', { items: overdue.rows.map((r) => ({ id: r.id, version: r.version })), date: '2026-07-01', method: '函件催办', content: '请于7月10日前答复' });
    expect(res.reminded).toBe(2);
    expect(get(a.id)).toMatchObject({ lastRemindedDate: '2026-07-01', status: '已交办' });
    expect(get(a.id).followups[0]).toMatchObject({ kind: '催办', unitName: '县教育局', method: '函件催办' });
    // 催办 of something not being handled refuses the whole batch.
    const refused = t.fail('proposal.remind', { items: [a, get(b.id)].map((p) => ({ id: p.id, version: get(p.id).version })), date: '2026-07-02' });
    expect(refused.code).toBe('TRANSITION');
    expect(refused.message).toContain('当前状态为“已答复”，不能执行“催办”');
    expect(refused.message).toContain('本批次全部未执行');
    expect(get(a.id).lastRemindedDate).toBe('2026-07-01');
  });

  it('批量立案 and 批量交办 are all or nothing', () => {
    const ready = [1, 2, 3].map((i) => submitted(create(`关于批量${i}的建议`)));
    const draft = create('关于尚未提交的建议');
    const refused = t.fail('proposal.batchFile', { items: [...ready, draft].map((p) => ({ id: p.id, version: get(p.id).version })), date: '2026-03-10' });
    expect(refused.message).toMatch(/关于尚未提交的建议.*当前状态为“暂存”，不能执行“立案”/);
    expect(ready.map((p) => get(p.id).status)).toEqual(['待审查', '待审查', '待审查']);
    t.ok('proposal.batchFile', { items: ready.map((p) => ({ id: p.id, version: get(p.id).version })), date: '2026-03-10' });
    const bad = t.fail('proposal.batchAssign', {
      items: [
        { id: ready[0].id, version: get(ready[0].id).version, mode: '单办', mainUnitId: c.unit.县教育局, coUnitIds: [] },
        { id: ready[1].id, version: get(ready[1].id).version, mode: '会办', mainUnitId: c.unit.县教育局, coUnitIds: [] },
      ],
      date: '2026-03-20',
    });
    expect(bad.message).toContain('“会办”需要至少一个协办单位');
    expect(get(ready[0].id).status).toBe('立案');
    const ok = t.ok('proposal.batchAssign', {
      items: ready.map((p) => ({ id: p.id, version: get(p.id).version, mode: '单办' as const, mainUnitId: c.unit.县农业农村局, coUnitIds: [] })),
      date: '2026-03-20',
    });
    expect(ok.assigned).toBe(3);
    expect(t.ok('proposal.list', { unitId: c.unit.县农业农村局 }).total).toBe(3);
  });

  it('a stale version is refused and nothing is overwritten', () => {
    const p = create('关于并发修改的建议');
    const seenByA = get(p.id);
    const seenByB = get(p.id);
    t.ok('proposal.save', { ...baseOf(seenByA), id: p.id, version: seenByA.version, title: '关于甲修改后的建议' }, '甲');
    const stale = t.fail('proposal.save', { ...baseOf(seenByB), id: p.id, version: seenByB.version, title: '关于乙修改后的建议' }, '乙');
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(chinese);
    expect(get(p.id).title).toBe('关于甲修改后的建议');
    // steps too
    const before = get(p.id);
    t.ok('proposal.transition', { id: p.id, version: before.version, action: '提交' });
    expect(t.fail('proposal.transition', { id: p.id, version: before.version, action: '撤回' }).code).toBe('CONFLICT');
    expect(get(p.id).status).toBe('待预审');
  });
});

describe('list: filters, search and paging', () => {
  it('filters by every criterion and finds 1-, 2- and 3+-character terms', () => {
    const a = submitted(create('关于完善城区停车设施规划的建议', { categoryId: c.category.经济建设 }), true);
    const b = submitted(create('关于加强中小学心理健康教育的建议', { kind: '党派团体', leadMemberId: null, partyId: c.party.民盟 }), true);
    const d = submitted(create('关于发展永康五金产业的建议', { leadMemberId: c.member.王建国, categoryId: c.category.经济建设 }), true);
    const draftOfZhang = create('关于暂存草稿的建议');
    assign(a.id, '会办', c.unit.县教育局, [c.unit.县水利局], '2026-03-20');
    t.ok('proposal.setKey', { id: d.id, version: get(d.id).version, isKey: true, keyLeader: '县政协主席' });
    const ids = (input: MethodInput<'proposal.list'>) =>
      t
        .ok('proposal.list', { termId: c.term, ...input })
        .rows.map((r) => r.id)
        .sort((x, y) => x - y);

    expect(ids({ statuses: ['立案'] })).toEqual([b.id, d.id]);
    expect(ids({ categoryId: c.category.经济建设 })).toEqual([a.id, d.id]);
    expect(ids({ kind: '党派团体' })).toEqual([b.id]);
    expect(ids({ sectorId: c.sector.农业界 })).toEqual([d.id]);
    expect(ids({ partyId: c.party.民盟 })).toEqual([a.id, b.id, draftOfZhang.id]);
    expect(ids({ unitId: c.unit.县水利局 })).toEqual([a.id]);
    expect(ids({ unitId: c.unit.县水利局, unitRole: '主办' })).toEqual([]);
    expect(ids({ isKey: true })).toEqual([d.id]);
    expect(ids({ memberId: c.member.王建国 })).toEqual([d.id]);
    expect(ids({ meetingId: null })).toEqual([]);
    // search: trigram (3+), bigram (2: a name, a place), single character, several terms
    expect(ids({ search: '停车设施' })).toEqual([a.id]);
    expect(ids({ search: '永康' })).toEqual([d.id]);
    expect(ids({ search: '王建国' })).toEqual([d.id]);
    expect(ids({ search: '民盟' })).toEqual([b.id]);
    expect(ids({ search: '五' })).toEqual([d.id]);
    expect(ids({ search: '城区 规划' })).toEqual([a.id]);
    expect(ids({ search: '长效管理机制' }).length).toBe(4);
    // paging
    const page = t.ok('proposal.list', { termId: c.term, page: 2, pageSize: 3 });
    expect(page.total).toBe(4);
    expect(page.rows.length).toBe(1);
    // search follows edits (triggers keep both indexes in sync)
    const draft = create('关于老城区排水管网改造的建议');
    expect(ids({ search: '排水管网' })).toEqual([draft.id]);
    t.ok('proposal.save', { ...baseOf(draft), id: draft.id, version: draft.version, ...proposalBody('关于新建雨污分流管网的建议') });
    expect(ids({ search: '排水管网' })).toEqual([]);
    expect(ids({ search: '雨污' })).toEqual([draft.id]);
  });
});

describe('签收 and 申退 per unit', () => {
  it('a 会办 with two 协办: each unit signs on its own, one 协办 申退 and the office 改交 it to another unit', () => {
    const p = submitted(create('关于完善农村饮水安全保障的建议'), true);
    assign(p.id, '会办', c.unit.县教育局, [c.unit.县水利局, c.unit.县卫生健康局], '2026-07-01');
    expect(get(p.id).units.map((u) => [u.unitName, u.role, u.state, u.signDeadline])).toEqual([
      ['县教育局', '主办', '待签收', '2026-07-08'],
      ['县水利局', '协办', '待签收', '2026-07-08'],
      ['县卫生健康局', '协办', '待签收', '2026-07-08'],
    ]);

    // a 协办 signs first: the proposal waits for the 主办
    act(p.id, '签收', { unitId: c.unit.县水利局, signer: '李科长', date: '2026-07-02' });
    expect(get(p.id)).toMatchObject({ status: '已交办', unsignedUnits: ['县教育局', '县卫生健康局'] });
    expect(get(p.id).units[1]).toMatchObject({ unitName: '县水利局', state: '已签收', signedDate: '2026-07-02', signedBy: '李科长' });
    expect(actFails(p.id, '签收', { unitId: c.unit.县水利局 }).message).toBe('县水利局已签收，不能重复签收。');
    expect(actFails(p.id, '签收', { unitId: c.unit.县农业农村局 }).message).toBe('该单位不是本提案当前的承办单位。');

    // the 交办 list shows who has not signed; after the deadline it is 逾期未签收
    const pending = t.ok('proposal.list', { termId: c.term, signPending: true, today: '2026-07-03' });
    expect(pending.rows.map((r) => [r.id, r.unsignedUnits])).toEqual([[p.id, ['县教育局', '县卫生健康局']]]);
    expect(t.ok('proposal.list', { termId: c.term, signOverdue: true, today: '2026-07-08' }).total).toBe(0);
    expect(t.ok('proposal.list', { termId: c.term, signOverdue: true, today: '2026-07-09' }).rows.map((r) => [r.id, r.signOverdue])).toEqual([[p.id, true]]);

    // the other 协办 applies to return; the 主办 signs meanwhile; the office decides first
    act(p.id, '申退', { unitId: c.unit.县卫生健康局, reason: '饮水安全不属于本单位职责', date: '2026-07-03' });
    expect(get(p.id).status).toBe('申请退回');
    act(p.id, '签收', { date: '2026-07-03' }); // default: the 主办
    expect(get(p.id)).toMatchObject({ status: '申请退回', signedDate: '2026-07-03', unsignedUnits: [] });
    expect(t.fail('proposal.reply', { id: p.id, version: get(p.id).version, unitId: c.unit.县教育局, replyClass: 'A', content: '答复', replyDate: '2026-07-10' }).message).toBe(
      '当前状态为“申请退回”，不能执行“答复”。',
    );
    expect(get(p.id).units[2]).toMatchObject({ unitName: '县卫生健康局', state: '申退中', returnDate: '2026-07-03', returnReason: '饮水安全不属于本单位职责' });
    expect(actFails(p.id, '同意申退', { unitId: c.unit.县卫生健康局, replacementUnitId: c.unit.县水利局 }).message).toBe('“县水利局”已是本提案的承办单位。');
    act(p.id, '同意申退', { unitId: c.unit.县卫生健康局, replacementUnitId: c.unit.县农业农村局, date: '2026-07-06' });
    const after = get(p.id);
    expect(after).toMatchObject({ status: '已签收', mode: '会办', mainUnit: '县教育局', coUnits: ['县水利局', '县农业农村局'], unsignedUnits: ['县农业农村局'], code: p.code });
    expect(after.units.map((u) => [u.unitName, u.state, u.signDeadline])).toEqual([
      ['县教育局', '已签收', '2026-07-08'],
      ['县水利局', '已签收', '2026-07-08'],
      ['县农业农村局', '待签收', '2026-07-13'], // its own window from the day it was 改交
      ['县卫生健康局', '已退回', '2026-07-08'],
    ]);

    // the new unit may not 申退 after its window; it signs late (overdue is shown until then)
    expect(t.ok('proposal.list', { termId: c.term, signOverdue: true, today: '2026-07-13' }).total).toBe(0);
    expect(t.ok('proposal.list', { termId: c.term, signOverdue: true, today: '2026-07-14' }).rows.map((r) => [r.id, r.unsignedUnits])).toEqual([[p.id, ['县农业农村局']]]);
    expect(actFails(p.id, '申退', { unitId: c.unit.县农业农村局, reason: '不属于本单位职责', date: '2026-07-14' }).message).toBe(
      '申退须在签收期限（2026年7月13日）内提出，县农业农村局已逾期，请签收办理。',
    );
    act(p.id, '签收', { unitId: c.unit.县农业农村局, date: '2026-07-15' });
    reply(p.id, c.unit.县教育局, 'A', '2026-08-01');
    expect(get(p.id).status).toBe('已答复');

    // the timeline has each unit's step
    const steps = get(p.id)
      .events.filter((e) => ['签收', '申退', '同意申退'].includes(e.action))
      .map((e) => [e.action, e.detail?.unit, e.toStatus]);
    expect(steps).toEqual([
      ['签收', '县水利局', '已交办'],
      ['申退', '县卫生健康局', '申请退回'],
      ['签收', '县教育局', '申请退回'],
      ['同意申退', '县卫生健康局', '已签收'],
      ['签收', '县农业农村局', '已签收'],
    ]);
    expect(get(p.id).events.find((e) => e.action === '同意申退')!.detail).toMatchObject({ replacement: '县农业农村局' });
  });

  it('驳回申退 keeps the unit, which then signs; the last 协办 removed makes it 单办', () => {
    const p = submitted(create('关于加强校园周边交通安全的建议'), true);
    assign(p.id, '分办', c.unit.县教育局, [c.unit.县水利局], '2026-07-01');
    act(p.id, '申退', { reason: '不属于本单位职责', date: '2026-07-02' });
    expect(actFails(p.id, '驳回申退', { unitId: c.unit.县水利局, reason: '属于' }).message).toBe('县水利局没有待处理的申退。');
    act(p.id, '驳回申退', { reason: '校园周边交通安全属于本单位职责', date: '2026-07-03' });
    expect(get(p.id)).toMatchObject({ status: '已交办', unsignedUnits: ['县教育局', '县水利局'] });
    expect(get(p.id).units[0]).toMatchObject({ state: '待签收', returnReason: null });
    expect(get(p.id).events.find((e) => e.action === '驳回申退')!.detail).toMatchObject({ unit: '县教育局', reason: '校园周边交通安全属于本单位职责' });
    act(p.id, '申退', { unitId: c.unit.县水利局, reason: '不属于本单位职责', date: '2026-07-03' });
    act(p.id, '同意申退', { date: '2026-07-04' }); // default: the unit whose 申退 waits
    expect(get(p.id)).toMatchObject({ status: '已交办', mode: '单办', coUnits: [], coDueDate: null });
    act(p.id, '签收', { date: '2026-07-06' });
    expect(get(p.id)).toMatchObject({ status: '已签收', unsignedUnits: [] });
  });
});

describe('优秀承办单位', () => {
  /** A 单办 proposal answered on time with the given 征询 result. */
  function handled(title: string, unit: number, result: '满意' | '不满意') {
    const p = submitted(create(title), true);
    assign(p.id, '单办', unit, [], '2026-03-20');
    act(p.id, '签收', { date: '2026-03-23' });
    reply(p.id, unit, 'A', '2026-05-10');
    act(p.id, '答复审核通过', { date: '2026-05-11' });
    act(p.id, '征询意见', { result, date: '2026-05-20' });
  }

  it('is named for a 会次 with date, note and who; shown in the statistics; withdrawn with a reason and restored, never deleted', () => {
    handled('关于加强饮用水源保护的建议', c.unit.县水利局, '满意');
    handled('关于改善乡村学校办学条件的建议', c.unit.县教育局, '不满意');
    const before = t.ok('proposal.statistics', { termId: c.term, meetingId: c.meeting });
    expect(before.units.map((u) => [u.unit, u.satisfactionRate.text, u.candidate, u.excellent]).sort()).toEqual([
      ['县教育局', '0.00%', false, false],
      ['县水利局', '100.00%', true, false],
    ]);

    const named = t.ok('proposal.markExcellentUnit', { termId: c.term, meetingId: c.meeting, unitId: c.unit.县水利局, date: '2026-12-20', note: '2026年度提案办理先进单位' });
    expect(named).toMatchObject({ unitName: '县水利局', sessionName: before.sessionName, date: '2026-12-20', note: '2026年度提案办理先进单位', actor: t.actor, voidedAt: null });
    const again = t.fail('proposal.markExcellentUnit', { termId: c.term, meetingId: c.meeting, unitId: c.unit.县水利局, date: '2026-12-21' });
    expect([again.code, again.message]).toEqual(['TRANSITION', `县水利局已于2026-12-20评为第十一届${before.sessionName}优秀承办单位，不能重复评定。`]);
    expect(t.fail('proposal.markExcellentUnit', { termId: c.term, meetingId: c.oldMeeting, unitId: c.unit.县水利局, date: '2026-12-21' }).message).toContain('不属于该届次');
    // the clerk decides: a unit that is not a candidate can be named too
    t.ok('proposal.markExcellentUnit', { termId: c.term, meetingId: c.meeting, unitId: c.unit.县教育局, date: '2026-12-20', note: '' });

    const stats = t.ok('proposal.statistics', { termId: c.term, meetingId: c.meeting });
    expect(stats.excellentUnits.map((x) => x.unitName)).toEqual(['县教育局', '县水利局']);
    expect(stats.units.filter((u) => u.excellent).map((u) => u.unit).sort()).toEqual(['县教育局', '县水利局']);
    expect(t.ok('proposal.statistics', { termId: c.term, meetingId: null }).excellentUnits).toEqual([]);
    expect(t.ok('proposal.statistics', { termId: c.term }).excellentUnits).toHaveLength(2);

    // the year's list
    expect(t.ok('proposal.excellentUnits', { year: 2026 }).total).toBe(2);
    expect(t.ok('proposal.excellentUnits', { year: 2025 }).total).toBe(0);
    expect(t.ok('proposal.excellentUnits', { termId: c.term, unitId: c.unit.县水利局 }).rows.map((x) => x.id)).toEqual([named.id]);

    // withdrawn: a reason is required, the record stays
    expect(t.fail('proposal.voidExcellentUnit', { id: named.id, version: named.version, reason: '' }).code).toBe('VALIDATION');
    const voided = t.ok('proposal.voidExcellentUnit', { id: named.id, version: named.version, reason: '评定名单有误' });
    expect(voided).toMatchObject({ voidReason: '评定名单有误' });
    expect(t.ok('proposal.statistics', { termId: c.term, meetingId: c.meeting }).excellentUnits.map((x) => x.unitName)).toEqual(['县教育局']);
    expect(t.ok('proposal.excellentUnits', { year: 2026, includeVoided: true }).rows.find((x) => x.id === named.id)).toMatchObject({ voidReason: '评定名单有误' });
    expect(t.count('proposal_excellent_units')).toBe(2);
    // named again while voided, the old record cannot come back twice
    const renamed = t.ok('proposal.markExcellentUnit', { termId: c.term, meetingId: c.meeting, unitId: c.unit.县水利局, date: '2026-12-22' });
    expect(t.fail('proposal.restoreExcellentUnit', { id: named.id, version: voided.version }).message).toContain('不能重复评定');
    t.ok('proposal.voidExcellentUnit', { id: renamed.id, version: renamed.version, reason: '重复录入' });
    expect(t.ok('proposal.restoreExcellentUnit', { id: named.id, version: voided.version }).voidedAt).toBeNull();

    const log = t.ok('audit.list', { entity: '优秀承办单位' });
    expect(log.rows.map((r) => r.summary).join('\n')).toMatch(/作废优秀承办单位：县水利局.*原因：评定名单有误/);
  });
});
