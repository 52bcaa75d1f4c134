import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOpinionYear, opinionYearPlan } from '../../db/demo/opinions';
import { rng } from '../../db/demo/generate';
import type { MethodInput } from '../../shared/contract';
import { proposalBody, seedProposalCounty } from '../fixtures/proposalSeed';
import { chinese, tempApp, type TempApp } from '../fixtures/tempApp';

let t: TempApp;
const ids = { term: 0, sectors: [] as number[], parties: [] as number[], members: [] as number[], units: [] as number[] };
const YEAR = 2025;

/** A small county: 6 界别, 4 党派, 30 members, 5 units. */
function county(app: TempApp) {
  ids.term = app.ok('term.save', { number: 11, name: '第十一届', startDate: '2022-01-10' }).id;
  ids.sectors = ['教育界', '经济界', '农业界', '医药卫生界', '文化艺术界', '科学技术界'].map((name, i) => app.ok('sector.save', { name, sort: i }).id);
  ids.parties = ['民革', '民盟', '民建', '九三学社'].map((name, i) => app.ok('party.save', { name, kind: '党派', sort: i }).id);
  ids.units = ['县交通运输局', '县教育局', '县卫生健康局', '县农业农村局', '县住房和城乡建设局'].map((name) => app.ok('unit.save', { name, kind: '政府部门' }).id);
  const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹';
  for (let i = 0; i < 30; i++) {
    ids.members.push(
      app.ok('member.save', {
        name: `${surnames[i]}${'明华志强伟芳敏静丽军'[i % 10]}${i >= 10 ? '东' : ''}`,
        gender: i % 3 ? '男' : '女',
        termId: ids.term,
        sectorId: ids.sectors[i % ids.sectors.length],
        partyId: i % 5 === 4 ? null : ids.parties[i % ids.parties.length],
        phone: `139${String(10000000 + i).padStart(8, '0')}`,
      }).id,
    );
  }
}

beforeAll(() => {
  t = tempApp();
  county(t);
});
afterAll(() => t.close());

describe('a year of reports gives the seed office’s counts (seed 000)', () => {
  let run: ReturnType<typeof generateOpinionYear>;
  beforeAll(() => {
    const call = <T>(method: string, input: unknown) => t.okAny(method, input) as T;
    run = generateOpinionYear(call as never, { year: YEAR, memberIds: ids.members, sectorIds: ids.sectors, partyIds: ids.parties, unitIds: ids.units, rand: rng(2025) });
  });

  it('17 topics, 161 reports, 15 sent up, 14 receiving 批示', () => {
    const s = t.ok('opinion.stats', { year: YEAR });
    expect(s.topics).toBe(17);
    expect(s.totals.received).toBe(161);
    expect(s.totals.sentUp).toBe(15);
    expect(s.totals.instructed).toBe(14);
    expect(run.reports).toHaveLength(161);
  });

  it('the rest of the year adds up to the plan', () => {
    const s = t.ok('opinion.stats', { year: YEAR });
    const p = opinionYearPlan;
    expect(s.totals).toMatchObject({ adopted: p.adopted, rejected: p.rejected, kept: p.kept, printed: p.printed, transferred: p.transferred, feedback: p.feedback });
    expect(s.issues).toBe(p.printedIssues);
    expect(s.totals.adoptedByLevel).toEqual({ 县: 72, ...p.upperAdoptions });
    expect(s.totals.sentUpByLevel).toEqual(p.sentUpByLevel);
    expect(s.totals.instructionsByLevel).toEqual(p.instructionsByLevel);
    expect(s.totals.instructedByLevel).toEqual({ 县: 6, 市: 6, 省: 2, 全国: 0 });
    expect(s.totals.adoptionRate).toBe(44.72);
    expect(Object.fromEntries(s.byAuthorKind.map((g) => [g.name, g.totals.received]))).toEqual(p.byKind);
    expect(s.byTopic).toHaveLength(17);
    expect(s.byTopic.reduce((n, g) => n + g.totals.received, 0)).toBe(p.tagged);
  });

  it('counted independently in the database, the same numbers', () => {
    const one = (q: string) => (t.app.sqlite.prepare(q).get() as { n: number }).n;
    expect(one("select count(*) n from opinion_reports where voided_at is null and submitted_at like '2025%'")).toBe(161);
    expect(one("select count(distinct report_id) n from opinion_send_ups where voided_at is null and date like '2025%'")).toBe(15);
    expect(one("select count(distinct report_id) n from opinion_instructions where voided_at is null and date like '2025%'")).toBe(14);
    expect(one('select count(*) n from opinion_instructions where voided_at is null')).toBe(15);
    expect(one('select count(*) n from opinion_topics where year = 2025 and voided_at is null')).toBe(17);
  });

  it('quarters add up to the year; a quarter alone gives its own numbers', () => {
    const s = t.ok('opinion.stats', { year: YEAR });
    expect(s.quarters.map((q) => q.label)).toEqual(['第一季度', '第二季度', '第三季度', '第四季度']);
    for (const key of ['received', 'adopted', 'printed', 'sentUp'] as const) expect(s.quarters.reduce((n, q) => n + q.totals[key], 0), key).toBe(s.totals[key]);
    const q2 = t.ok('opinion.stats', { year: YEAR, quarter: 2 });
    expect(q2).toMatchObject({ from: '2025-04-01', to: '2025-06-30', quarter: 2 });
    expect(q2.totals.received).toBe(s.quarters[1].totals.received);
    expect(q2.topics).toBe(17);
  });

  it('per 界别, 党派 and 委员 the statistics agree with the filtered list', () => {
    const s = t.ok('opinion.stats', { year: YEAR });
    for (const g of s.bySector) expect(t.ok('opinion.list', { year: YEAR, sectorId: g.id!, statuses: undefined, pageSize: 1 }).total, g.name).toBe(g.totals.received);
    for (const g of s.byParty) expect(t.ok('opinion.list', { year: YEAR, partyId: g.id!, pageSize: 1 }).total, g.name).toBe(g.totals.received);
    for (const g of s.byMember.slice(0, 8)) expect(t.ok('opinion.list', { year: YEAR, memberId: g.id!, pageSize: 1 }).total, g.name).toBe(g.totals.received);
    expect(t.ok('opinion.list', { year: YEAR, sentUp: true, pageSize: 1 }).total).toBe(15);
    expect(t.ok('opinion.list', { year: YEAR, instructed: true, pageSize: 1 }).total).toBe(14);
    expect(t.ok('opinion.list', { year: YEAR, adoptedLevel: '省', pageSize: 1 }).total).toBe(3);
  });

  it('the next year starts empty and the issue numbers start again at 第1期', () => {
    expect(t.ok('opinion.stats', { year: YEAR + 1 }).totals.received).toBe(0);
    expect(t.ok('opinionIssue.nextNumber', { year: YEAR })).toEqual({ number: 28, total: 28 });
    expect(t.ok('opinionIssue.nextNumber', { year: YEAR + 1 })).toEqual({ number: 1, total: 28 });
  });

  it('rankings: every member with reports ranked, ties share a rank', () => {
    const rows = t.ok('opinion.ranking', { by: 'member', from: `${YEAR}-01-01`, to: `${YEAR}-12-31` });
    expect(rows.length).toBeGreaterThan(20);
    rows.forEach((r, i) => {
      if (i === 0) expect(r.rank).toBe(1);
      else if (r.points === rows[i - 1].points) expect(r.rank).toBe(rows[i - 1].rank);
      else expect(r.rank).toBe(i + 1);
    });
    expect(rows.some((r) => r.tied)).toBe(true);
    const sectors = t.ok('opinion.ranking', { by: 'sector', from: `${YEAR}-01-01`, to: `${YEAR}-12-31` });
    expect(sectors.map((r) => r.name).sort()).toEqual(['教育界', '经济界', '农业界', '医药卫生界', '文化艺术界', '科学技术界'].sort());
    expect(t.ok('opinion.ranking', { by: 'party', from: `${YEAR}-01-01`, to: `${YEAR}-12-31` }).length).toBe(4);
  });
});

describe('one report through the whole lifecycle', () => {
  const member = () => ids.members[0];
  let reportId = 0;
  let version = 0;
  const base = (): MethodInput<'opinion.save'> => ({
    title: '关于规范城区停车收费计价方式的建议',
    authorKind: '委员个人',
    memberIds: [member()],
    content: '城区部分路段停车按小时计费，不足一小时按一小时收费，群众反映不合理。\n建议改为按半小时或十五分钟计费，并设置免费停车时段。',
    attachments: ['照片1.jpg'],
    sourceProposalId: 42,
  });
  const v = (r: { version: number }) => (version = r.version);

  it('saves a draft; the author must match the kind; a 不予立案 proposal link is kept', () => {
    const r = t.ok('opinion.save', base());
    reportId = r.id;
    v(r);
    expect(r).toMatchObject({ status: '已保存', receiveLabel: '', sourceProposalId: 42, authorLabel: t.ok('member.get', { id: member() }).name, attachments: ['照片1.jpg'] });
    expect(r.chars).toBe(base().content.replace(/\s/g, '').length);
    const bad = t.fail('opinion.save', { ...base(), authorKind: '委员联名' });
    expect(bad.message).toContain('委员联名须选择至少两名委员');
    expect(t.fail('opinion.save', { ...base(), authorKind: '界别', memberIds: [] }).message).toContain('请选择报送的界别');
    expect(t.fail('opinion.save', { ...base(), memberIds: [99999] }).message).toContain('委员不存在');
    expect(t.fail('opinion.save', { ...base(), content: '字'.repeat(6001) }).message).toMatch(/信息正文不能超过6000个字/);
  });

  it('报送 gives the next 收稿编号 of the year; the original can no longer be changed', () => {
    const before = t.ok('opinion.list', { year: 2026, pageSize: 1 }).total;
    const r = t.ok('opinion.transition', { id: reportId, version, action: '报送', date: '2026-03-02' });
    v(r);
    expect(r).toMatchObject({ status: '已报送', receiveYear: 2026, receiveNo: before + 1, receiveLabel: `2026-${String(before + 1).padStart(3, '0')}`, submittedAt: '2026-03-02' });
    const refused = t.fail('opinion.save', { ...base(), id: reportId, version });
    expect(refused).toMatchObject({ code: 'TRANSITION' });
    expect(refused.message).toContain('原稿不能再修改');
  });

  it('退回 and re-报送 keep the number; a stale version is a CONFLICT', () => {
    const no = t.ok('opinion.get', { id: reportId }).receiveNo;
    const back = t.ok('opinion.transition', { id: reportId, version, action: '退回', reason: '请补充具体数据', date: '2026-03-03' });
    expect(back).toMatchObject({ status: '已保存', decisionReason: '请补充具体数据' });
    expect(t.fail('opinion.transition', { id: reportId, version, action: '报送' }).code).toBe('CONFLICT');
    v(back);
    v(t.ok('opinion.save', { ...base(), content: `${base().content}\n据统计，城区共有收费泊位3200个。`, id: reportId, version }));
    const again = t.ok('opinion.transition', { id: reportId, version, action: '报送', date: '2026-03-04' });
    v(again);
    expect(again.receiveNo).toBe(no);
  });

  it('refused steps say why in Chinese', () => {
    const noReason = t.fail('opinion.transition', { id: reportId, version, action: '不采用' });
    expect(noReason).toMatchObject({ code: 'TRANSITION', message: '请填写不采用理由。' });
    const early = t.fail('opinion.transition', { id: reportId, version, action: '采用', date: '2026-03-01' });
    expect(early.message).toContain('早于报送日期');
    expect(t.fail('opinion.sendUp', { id: reportId, version, level: '市', date: '2026-03-05' })).toMatchObject({ code: 'TRANSITION', message: '当前状态为“已报送”，不能执行“报送上级”。' });
    expect(t.fail('opinion.recordInstruction', { reportId, leader: '张三', level: '县', date: '2026-03-05' }).message).toContain('印发后才能登记批示');
  });

  it('采用 records the 县级采用; the edited text is kept beside the original', () => {
    const r = t.ok('opinion.transition', { id: reportId, version, action: '采用', date: '2026-03-06' });
    v(r);
    expect(r).toMatchObject({ status: '已采用', adoptedLevels: ['县'], decidedBy: '张秘书' });
    expect(t.fail('opinion.recordAdoption', { reportId, level: '县', date: '2026-03-06' }).message).toContain('自动登记');
    expect(t.fail('opinion.recordAdoption', { reportId, level: '市', date: '2026-03-06' }).message).toContain('尚未报送上级');
    const original = t.ok('opinion.get', { id: reportId }).content;
    const edited = t.ok('opinion.edit', { id: reportId, version, editedTitle: '关于改进城区停车计费方式的建议', editedText: '城区停车按小时计费不尽合理。\n建议按十五分钟计费，设置首半小时免费。', editor: '王编辑', date: '2026-03-07' });
    v(edited);
    expect(edited).toMatchObject({ status: '已编辑', editor: '王编辑', editedAt: '2026-03-07', content: original, editedTitle: '关于改进城区停车计费方式的建议' });
    expect(edited.editedChars).toBeLessThan(edited.chars);
  });

  let issueId = 0;
  let issueVersion = 0;
  it('组期: only edited reports; the 期号 is the next of the year; a taken 期号 is refused', () => {
    const other = t.ok('opinion.save', { ...base(), title: '另一篇未编辑的信息' });
    const otherSubmitted = t.ok('opinion.transition', { id: other.id, version: other.version, action: '报送', date: '2026-03-05' });
    const refused = t.fail('opinionIssue.save', { year: 2026, issueDate: '2026-03-08', reportIds: [reportId, other.id] });
    expect(refused.message).toContain('编辑完成后才能组期');
    expect(t.ok('opinionIssue.nextNumber', { year: 2026 }).number).toBe(1);
    const issue = t.ok('opinionIssue.save', { year: 2026, issueDate: '2026-03-08', mainTo: ['县委', '县政府'], ccTo: ['市政协办公室'], editorName: '王编辑', reportIds: [reportId] });
    issueId = issue.id;
    issueVersion = issue.version;
    expect(issue).toMatchObject({ number: 1, label: '2026年第1期', status: '编辑中', reportCount: 1, reportTitles: ['关于改进城区停车计费方式的建议'] });
    expect(t.ok('opinion.get', { id: reportId }).issueLabel).toBe('2026年第1期');
    const dup = t.fail('opinionIssue.save', { year: 2026, number: 1, issueDate: '2026-03-09', reportIds: [] });
    expect(dup).toMatchObject({ code: 'DUPLICATE', message: '2026年已有第1期，期号不能重复。' });
    const taken = t.fail('opinionIssue.save', { year: 2026, issueDate: '2026-03-09', reportIds: [reportId] });
    expect(taken.message).toContain('已编入2026年第1期');
    void otherSubmitted;
  });

  it('审核 → 签发 → 印发 moves the issue and its reports together; a 签发 issue cannot be voided', () => {
    const reviewed = t.ok('opinionIssue.transition', { id: issueId, version: issueVersion, action: '审核', person: '李主任', date: '2026-03-09' });
    expect(reviewed).toMatchObject({ status: '已审核', reviewerName: '李主任' });
    expect(t.ok('opinion.get', { id: reportId })).toMatchObject({ status: '已审核', auditor: '李主任' });
    const signed = t.ok('opinionIssue.transition', { id: issueId, version: reviewed.version, action: '签发', person: '陈副主席', date: '2026-03-10' });
    expect(t.fail('opinionIssue.transition', { id: issueId, version: signed.version, action: '作废', reason: '错' }).message).toBe('当前状态为“已签发”，不能执行“作废”。');
    const printed = t.ok('opinionIssue.transition', { id: issueId, version: signed.version, action: '印发', date: '2026-03-11' });
    expect(printed).toMatchObject({ status: '已印发', printedAt: '2026-03-11', issueDate: '2026-03-11', signerName: '陈副主席' });
    const r = t.ok('opinion.get', { id: reportId });
    v(r);
    expect(r).toMatchObject({ status: '已印发', printedAt: '2026-03-11', signer: '陈副主席' });
    const issueDetail = t.ok('opinionIssue.get', { id: issueId });
    expect(issueDetail.history.map((h) => h.summary)).toEqual([expect.stringContaining('新建2026年第1期'), expect.stringContaining('审核：2026年第1期'), expect.stringContaining('签发'), expect.stringContaining('印发')]);
  });

  it('报送上级 once per level, 转办, 反馈, 采用 and 批示 by level; every step is in the history', () => {
    v(t.ok('opinion.sendUp', { id: reportId, version, level: '市', date: '2026-03-12' }));
    expect(t.fail('opinion.sendUp', { id: reportId, version, level: '市', date: '2026-03-13' }).message).toBe('该信息已报送市政协，不能重复报送。');
    const up = t.ok('opinion.sendUp', { id: reportId, version, level: '省', date: '2026-03-13', target: '省政协办公厅' });
    v(up);
    expect(up).toMatchObject({ status: '已上报', sentLevels: ['市', '省'] });
    const tr = t.ok('opinion.transfer', { id: reportId, version, unitId: ids.units[0], date: '2026-03-14', requirement: '请一个月内反馈' });
    v(tr);
    expect(tr.status).toBe('已转办');
    const transferId = t.ok('opinion.get', { id: reportId }).transfers[0].id;
    v(t.ok('opinion.feedback', { id: reportId, version, transferId, date: '2026-04-10', source: '县交通运输局', content: '已调整为按15分钟计费。' }));
    const adoption = t.ok('opinion.recordAdoption', { reportId, level: '省', date: '2026-03-20', channel: '省政协《社情民意》第12期' });
    expect(t.fail('opinion.recordAdoption', { reportId, level: '省', date: '2026-03-21' }).code).toBe('DUPLICATE');
    t.ok('opinion.recordInstruction', { reportId, leader: '孙立平', leaderTitle: '副省长', level: '省', date: '2026-03-25', text: '请省交通运输厅研究。' });
    const d = t.ok('opinion.get', { id: reportId });
    expect(d).toMatchObject({ status: '已反馈', adoptedLevels: ['县', '省'], sentLevels: ['市', '省'], instructionCount: 1, topInstruction: '省' });
    expect(d.sendUps.map((s) => s.target)).toEqual(['市政协', '省政协办公厅']);
    expect(d.transfers[0]).toMatchObject({ unitName: '县交通运输局' });
    expect(d.feedbacks[0]).toMatchObject({ transferId, source: '县交通运输局' });
    const steps = d.history.map((h) => h.summary.split('：')[0]);
    expect(steps).toEqual(['新增社情民意信息', '报送', '退回', '修改社情民意信息', '报送', '采用', '编辑', '审核', '签发', '印发', '报送上级', '报送上级', '转办', '反馈', '登记省级采用', '登记省级批示']);
    expect(d.history.every((h) => h.actor === '张秘书' && chinese.test(h.summary))).toBe(true);
    // A wrongly recorded 采用 is voided with a reason and leaves the statistics.
    t.ok('opinion.voidAdoption', { id: adoption.id, version: adoption.version, reason: '登记错误' });
    expect(t.ok('opinion.get', { id: reportId }).adoptedLevels).toEqual(['县']);
  });

  it('the member’s points and rank follow the scoring rules in 设置', () => {
    const period = { by: 'member' as const, from: '2026-01-01', to: '2026-12-31' };
    const name = t.ok('member.get', { id: member() }).name;
    const before = t.ok('opinion.ranking', period).find((r) => r.name === name)!;
    // 报送 1 + 县级采用 2 + 省级批示 12 (the 省级采用 was voided), and a second report received (1).
    expect(before).toMatchObject({ points: 16, received: 2, adopted: 1, instructed: 1 });
    const settings = t.ok('opinion.getSettings', {});
    t.ok('opinion.saveSettings', { ...settings, scoring: { ...settings.scoring, instruction: { ...settings.scoring.instruction, 省: 30 } } });
    expect(t.ok('opinion.ranking', period).find((r) => r.name === name)!.points).toBe(34);
    expect(t.ok('opinion.stats', { year: 2026 }).totals).toMatchObject({ received: 2, adopted: 1, printed: 1, sentUp: 1, instructed: 1 });
  });

  it('a voided 报送上级 leaves the “sent up” count and the status; 恢复 brings both back', () => {
    const totals = () => t.ok('opinion.stats', { year: 2026 }).totals;
    const get = () => t.ok('opinion.get', { id: reportId });
    const sentUpList = () => t.ok('opinion.list', { year: 2026, sentUp: true }).rows.map((r) => r.id);
    const [city, province] = get().sendUps;
    expect(totals()).toMatchObject({ sentUp: 1, sentUpByLevel: { 市: 1, 省: 1, 全国: 0 } });

    // One of two levels voided: the report is still sent up, that level no longer counts.
    const voidedCity = t.ok('opinion.voidSendUp', { id: city.id, version: city.version, reason: '误报送，实际未报市政协' });
    expect(voidedCity).toMatchObject({ voidReason: '误报送，实际未报市政协' });
    expect(voidedCity.voidedAt).not.toBeNull();
    expect(totals()).toMatchObject({ sentUp: 1, sentUpByLevel: { 市: 0, 省: 1 } });
    expect(get().sentLevels).toEqual(['省']);
    expect(t.fail('opinion.voidSendUp', { id: city.id, version: voidedCity.version, reason: '再次' }).message).toContain('已作废');

    // The last one: the report leaves the “sent up” count and the 已报送上级 filter.
    const p = t.ok('opinion.voidSendUp', { id: province.id, version: province.version, reason: '登记错误' });
    expect(totals()).toMatchObject({ sentUp: 0, sentUpByLevel: { 市: 0, 省: 0 } });
    expect(sentUpList()).not.toContain(reportId);
    expect(get()).toMatchObject({ sentLevels: [], status: '已反馈' }); // the unit's 反馈 still stands

    // 转办 with a live 反馈 is refused; 反馈 first, then 转办: the status walks back to 已印发.
    const d = get();
    expect(t.fail('opinion.voidTransfer', { id: d.transfers[0].id, version: d.transfers[0].version, reason: '错' }).message).toContain('请先作废反馈记录');
    const fb = t.ok('opinion.voidFeedback', { id: d.feedbacks[0].id, version: d.feedbacks[0].version, reason: '反馈内容录错' });
    expect(get().status).toBe('已转办');
    const tr = t.ok('opinion.voidTransfer', { id: d.transfers[0].id, version: d.transfers[0].version, reason: '转错单位' });
    expect(get().status).toBe('已印发');
    expect(totals()).toMatchObject({ transferred: 0, feedback: 0 });
    expect(t.fail('opinion.restoreFeedback', { id: fb.id, version: fb.version }).message).toContain('请先恢复转办记录');

    // 恢复, in any order the rules allow: counts and status come back.
    t.ok('opinion.restoreSendUp', { id: p.id, version: p.version });
    expect(totals()).toMatchObject({ sentUp: 1, sentUpByLevel: { 市: 0, 省: 1 } });
    expect(sentUpList()).toContain(reportId);
    expect(get()).toMatchObject({ status: '已上报', sentLevels: ['省'] });
    t.ok('opinion.restoreTransfer', { id: tr.id, version: tr.version });
    t.ok('opinion.restoreFeedback', { id: fb.id, version: fb.version });
    expect(get().status).toBe('已反馈');

    // A level sent again after its record was voided: the old record cannot come back as a duplicate.
    v(get());
    v(t.ok('opinion.sendUp', { id: reportId, version, level: '市', date: '2026-03-15' }));
    expect(t.fail('opinion.restoreSendUp', { id: city.id, version: voidedCity.version })).toMatchObject({ code: 'DUPLICATE' });
    expect(totals()).toMatchObject({ sentUp: 1, sentUpByLevel: { 市: 1, 省: 1 } });

    const history = get().history.map((h) => h.summary);
    expect(history).toContainEqual(expect.stringMatching(/^作废报送上级：《.+》（2026-\d{3}），报送市政协（2026年3月12日），原因：误报送，实际未报市政协$/));
    expect(history).toContainEqual(expect.stringMatching(/^作废转办：《.+》（2026-\d{3}），转县交通运输局（2026年3月14日），原因：转错单位；状态改为“已印发”$/));
    expect(history).toContainEqual(expect.stringMatching(/^恢复报送上级：.*报送省政协办公厅（2026年3月13日）；状态改为“已上报”$/));
  });

  it('a voided 批示 leaves the ranking and the 批示 count; 恢复 brings them back', () => {
    const period = { by: 'member' as const, from: '2026-01-01', to: '2026-12-31' };
    const name = t.ok('member.get', { id: member() }).name;
    const row = () => t.ok('opinion.ranking', period).find((r) => r.name === name)!;
    const before = row();
    expect(before.instructed).toBe(1);
    const [inst] = t.ok('opinion.get', { id: reportId }).instructions;
    const voided = t.ok('opinion.voidInstruction', { id: inst.id, version: inst.version, reason: '批示对象不是本信息' });
    expect(row()).toMatchObject({ instructed: 0, instructionPoints: 0 });
    expect(row().points).toBeLessThan(before.points);
    expect(t.ok('opinion.stats', { year: 2026 }).totals.instructed).toBe(0);
    t.ok('opinion.restoreInstruction', { id: inst.id, version: voided.version });
    expect(row()).toMatchObject({ instructed: 1, points: before.points });
    expect(t.ok('opinion.stats', { year: 2026 }).totals.instructed).toBe(1);
  });
});

describe('年度通报: a 发文字号 of the 社情民意 series when the office issues it', () => {
  it('per year of the issue date from 1, never given twice; one live 通报 per year; the prefix from 设置 → 单位信息', () => {
    const first = t.ok('opinionNotice.issue', { year: 2026, date: '2027-01-15', signer: '陈建国' });
    expect(first).toMatchObject({ year: 2026, issueDate: '2027-01-15', docYear: 2027, serial: 1, docNumber: '永政协社〔2027〕1号', signer: '陈建国' });
    expect(t.fail('opinionNotice.issue', { year: 2026, date: '2027-01-16', signer: '陈建国' })).toMatchObject({ code: 'DUPLICATE', message: '2026年度通报已印发（永政协社〔2027〕1号），如需重新印发，请先作废原通报。' });
    expect(t.fail('opinionNotice.issue', { year: 2026, date: '2025-12-30', signer: '陈建国' }).message).toContain('早于2026年');

    // Voided (e.g. a wrong figure): its number stays used, the re-issued 通报 gets the next one.
    const voided = t.ok('opinionNotice.void', { id: first.id, version: first.version, reason: '统计数字有误，重新印发' });
    const again = t.ok('opinionNotice.issue', { year: 2026, date: '2027-01-20', signer: '陈建国' });
    expect(again.docNumber).toBe('永政协社〔2027〕2号');
    expect(t.fail('opinionNotice.restore', { id: first.id, version: voided.version })).toMatchObject({ code: 'DUPLICATE' });
    expect(t.ok('opinionNotice.list', { year: 2026 }).map((n) => n.docNumber)).toEqual(['永政协社〔2027〕2号']);
    expect(t.ok('opinionNotice.list', { year: 2026, includeVoided: true }).map((n) => n.docNumber)).toEqual(['永政协社〔2027〕2号', '永政协社〔2027〕1号']);

    // Another year's 通报 issued the same year continues the series; a new year starts at 1.
    expect(t.ok('opinionNotice.issue', { year: 2025, date: '2027-02-01', signer: '陈建国' }).docNumber).toBe('永政协社〔2027〕3号');
    const office = t.ok('settings.getOffice', {});
    t.ok('settings.saveOffice', { ...office, series: { ...office.series, opinion: { ...office.series.opinion, prefix: '永政协信' } } });
    expect(t.ok('opinionNotice.issue', { year: 2027, date: '2028-01-10', signer: '陈建国' }).docNumber).toBe('永政协信〔2028〕1号');
    t.ok('settings.saveOffice', office);

    const log = t.app.sqlite.prepare("select summary from audit_log where entity = '年度通报' order by id").all() as { summary: string }[];
    expect(log.map((l) => l.summary)).toEqual([
      '印发2026年度社情民意信息工作情况通报（永政协社〔2027〕1号），签发人：陈建国',
      '作废年度通报：2026年度社情民意信息工作情况通报（永政协社〔2027〕1号）（原因：统计数字有误，重新印发）',
      '印发2026年度社情民意信息工作情况通报（永政协社〔2027〕2号），签发人：陈建国',
      '印发2025年度社情民意信息工作情况通报（永政协社〔2027〕3号），签发人：陈建国',
      '印发2027年度社情民意信息工作情况通报（永政协信〔2028〕1号），签发人：陈建国',
    ]);

    // 发文登记 lists each number once, the voided 通报 struck through but still holding its number.
    const register = t.ok('docRegister.list', { series: 'opinion', year: 2027 });
    expect(register.rows.map((r) => [r.docNumber, r.title, r.voided])).toEqual([
      ['永政协社〔2027〕3号', '关于2025年度社情民意信息工作情况的通报', false],
      ['永政协社〔2027〕2号', '关于2026年度社情民意信息工作情况的通报', false],
      ['永政协社〔2027〕1号', '关于2026年度社情民意信息工作情况的通报', true],
    ]);
    expect(register).toMatchObject({ gaps: [], duplicates: [] });
  });
});

describe('issues: voiding a draft, per-term numbering, settings', () => {
  it('a voided draft releases its reports and frees its 期号', () => {
    const r = t.ok('opinion.save', { title: '关于加强农村消防安全的建议', authorKind: '界别', sectorId: ids.sectors[2], content: '农村木结构房屋多，消防通道窄。' });
    let ver = t.ok('opinion.transition', { id: r.id, version: r.version, action: '报送', date: '2026-05-02' }).version;
    ver = t.ok('opinion.transition', { id: r.id, version: ver, action: '采用', date: '2026-05-03' }).version;
    ver = t.ok('opinion.edit', { id: r.id, version: ver, editedTitle: '关于加强农村消防安全的建议', editedText: '农村木结构房屋多。', editor: '王编辑', date: '2026-05-03' }).version;
    const next = t.ok('opinionIssue.nextNumber', { year: 2026 }).number;
    const issue = t.ok('opinionIssue.save', { year: 2026, issueDate: '2026-05-04', reportIds: [r.id] });
    expect(issue.number).toBe(next);
    expect(t.fail('opinionIssue.transition', { id: issue.id, version: issue.version, action: '签发', person: '陈' }).message).toBe('当前状态为“编辑中”，不能执行“签发”。');
    t.ok('opinionIssue.transition', { id: issue.id, version: issue.version, action: '作废', reason: '并入下一期' });
    expect(t.ok('opinion.get', { id: r.id })).toMatchObject({ issueId: null, status: '已编辑', authorLabel: '农业界' });
    expect(t.ok('opinionIssue.nextNumber', { year: 2026 }).number).toBe(next);
    expect(t.ok('opinionIssue.list', { year: 2026 }).rows.every((i) => i.status !== '已作废')).toBe(true);
    expect(t.ok('opinionIssue.list', { year: 2026, includeVoided: true }).rows.some((i) => i.voidedAt)).toBe(true);
    void ver;
  });

  it('an empty issue cannot be sent for 审核', () => {
    const issue = t.ok('opinionIssue.save', { year: 2026, issueDate: '2026-06-01', reportIds: [] });
    expect(t.fail('opinionIssue.transition', { id: issue.id, version: issue.version, action: '审核', person: '李' }).message).toBe('本期还没有编入信息，不能送审核。');
  });

  it('per-term numbering runs across years and needs the 届', () => {
    const s = t.ok('opinion.getSettings', {});
    t.ok('opinion.saveSettings', { ...s, issueNumbering: '每届', withTotal: true });
    expect(t.fail('opinionIssue.nextNumber', { year: 2026 }).message).toBe('期号按届编排，请选择届次。');
    expect(t.ok('opinionIssue.nextNumber', { year: 2026, termId: ids.term }).number).toBe(1);
    const issue = t.ok('opinionIssue.save', { year: 2026, termId: ids.term, issueDate: '2026-06-02', reportIds: [] });
    expect(issue.label).toMatch(/^第十一届第1期（总第\d+期）$/);
    expect(t.ok('opinionIssue.nextNumber', { year: 2027, termId: ids.term }).number).toBe(2);
    t.ok('opinion.saveSettings', s);
  });

  it('a voided report is excluded from the statistics and the list', () => {
    const r = t.ok('opinion.save', { title: '作废测试', authorKind: '机关工作人员', staffName: '王科员', content: '内容' });
    const sub = t.ok('opinion.transition', { id: r.id, version: r.version, action: '报送', date: '2026-07-01' });
    const before = t.ok('opinion.stats', { year: 2026 }).totals.received;
    const voided = t.ok('opinion.transition', { id: r.id, version: sub.version, action: '作废', reason: '重复录入' });
    expect(voided).toMatchObject({ status: '已作废', voidReason: '重复录入' });
    expect(voided.voidedAt).not.toBeNull();
    expect(t.ok('opinion.stats', { year: 2026 }).totals.received).toBe(before - 1);
    expect(t.ok('opinion.list', { search: '作废测试' }).total).toBe(0);
    expect(t.ok('opinion.list', { search: '作废测试', includeVoided: true }).total).toBe(1);
    expect(t.fail('opinion.transition', { id: r.id, version: voided.version, action: '报送' }).message).toBe('该信息已作废，不能再流转。');
  });

  it('topics: unique per year, counted, voidable', () => {
    const topic = t.ok('opinionTopic.save', { year: 2026, title: '城区停车' });
    expect(t.fail('opinionTopic.save', { year: 2026, title: '城区停车' })).toMatchObject({ code: 'DUPLICATE' });
    t.ok('opinionTopic.save', { year: 2027, title: '城区停车' });
    expect(t.ok('opinionTopic.list', { year: 2025 })).toHaveLength(17);
    expect(t.ok('opinionTopic.list', { year: 2025 }).reduce((n, x) => n + x.reportCount, 0)).toBe(105);
    t.ok('opinionTopic.void', { id: topic.id, version: topic.version, reason: '合并' });
    expect(t.ok('opinionTopic.list', { year: 2026 })).toHaveLength(0);
  });
});

describe('a 不予立案 proposal turned into a report keeps the link both ways', () => {
  it('the report names its source proposal; the proposal records the report', () => {
    const app = tempApp();
    try {
      const c = seedProposalCounty(app);
      const p = app.ok('proposal.save', { termId: c.term, meetingId: c.meeting, kind: '委员个人', leadMemberId: c.member.张明华, categoryId: c.category.社会建设, ...proposalBody('关于规范城区停车收费的建议') } as never);
      const step = (action: string, extra: Record<string, unknown> = {}) =>
        app.ok('proposal.transition', { id: p.id, version: app.ok('proposal.get', { id: p.id }).version, action, date: '2026-03-05', ...extra } as never);
      step('提交');
      step('预审通过');
      step('不予立案', { reason: c.rejectReasons[2] });
      // The form offers exactly the 不予立案 proposals.
      const offered = app.ok('proposal.list', { statuses: ['不予立案'], pageSize: 1000 });
      expect(offered.rows.map((r) => r.id)).toEqual([p.id]);
      const report = app.ok('opinion.save', { title: '关于规范城区停车收费的建议', authorKind: '委员个人', memberIds: [c.member.张明华], content: '由不予立案提案转来。', sourceProposalId: p.id });
      step('转为社情民意', { opinionId: report.id });
      expect(app.ok('proposal.get', { id: p.id })).toMatchObject({ convertedTo: '社情民意', convertedOpinionId: report.id });
      expect(app.ok('opinion.get', { id: report.id })).toMatchObject({ sourceProposalId: p.id, authorLabel: '张明华' });
    } finally {
      app.close();
    }
  });
});
