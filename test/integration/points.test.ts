import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import type { RuleRecord } from '../../shared/contract/points';
import { chinese, tempApp, type TempApp } from '../fixtures/tempApp';
import { proposalBody } from '../fixtures/proposalSeed';

/**
 * A fixture year (2025) for 履职积分 and 年度数据, checked against values computed by hand:
 * five members in three 界别 / two 活动组, fourteen rules (one changed on 1 July), five 活动/会议
 * with attendance, three proposals, two 社情民意, one 监督 activity and letter, two 文史 articles.
 *
 * Hand computation (2025):
 *   张明华 全体会议 5 + 发言 3 + 视察 2 + 视察 2 (cap 4 reached) + 视察 9/10 under the new version
 *          3 → 2 (cap 6, 4 used) + 立案领衔 5 + 优秀提案 10                                   = 29
 *   李晓红 全体会议 5 + 视察 2 + 常委会议 3 + 立案领衔 5 + 文史采用 3 + 联名信息报送 1           = 19
 *   王建国 全体会议 5 + 视察 2 + 视察 2 + 常委会议 3 + 发言 3 + 附议 1 + 监督活动 2 + 报送 1     = 19
 *   赵丽   缺席 −3 + 视察 2 + 视察 2 + 监督活动 2 + 报送 1 + 县级采用 2 + 市级采用 5 − 2 (取最高,
 *          补差) + 县级批示 8 (不予立案的提案 counts nothing)                                 = 17
 *   陈刚   请假 (no rule) — left on 30 June, still ranked for the year                         = 0
 *   → 1 张明华, 2 李晓红 and 王建国 (并列), 4 赵丽, 5 陈刚.
 *   界别 by 人均: 教育界 (29 + 19) / 2 = 24, 经济界 19, 农业界 17 / 2 = 8.5.
 *   活动组: 第一活动组 (29 + 19 + 19) / 3 = 22.33, 第二活动组 8.5.
 * Figures: 会议 2, 活动 3, 出席 13 人次 of 15 应到 = 86.67%; 提案 收到 3, 立案 2 (66.67%), 办复 1
 * (50.00%), 满意 1 of 1 (100.00%); 社情民意 收到 2, 采用 1, 报送上级 1, 批示 1; 监督活动 1, 建议书 1,
 * 建议 3 条, 整改完成 1; 文史 收稿 2, 采用 2.
 */

let t: TempApp;
const m: Record<string, number> = {};
const ev: Record<string, number> = {};
const rule: Record<string, RuleRecord> = {};
let termId = 0;
let meetingId = 0;
const proposalIds: Record<string, number> = {};
const opinionIds: Record<string, number> = {};
const year2025 = { from: '2025-01-01', to: '2025-12-31' };

const ruleInput = (name: string, kind: MethodInput<'points.rule.save'>['kind'], points: number, extra: Partial<MethodInput<'points.rule.save'>> = {}) =>
  t.ok('points.rule.save', { name, category: '任务', kind, points, effectiveFrom: '2025-01-01', ...extra });

function event(key: string, kind: '会议' | '活动', type: string, date: string, present: string[], other: Record<string, '请假' | '缺席'> = {}, spoke: string[] = []) {
  const created = t.ok('points.event.save', { kind, type, title: `${key}`, date, place: '县政协会议室', organizer: '县政协办公室', memberIds: [...present, ...Object.keys(other)].map((n) => m[n]) });
  ev[key] = created.id;
  const rows = created.attendance.map((a) => ({ memberId: a.memberId, status: other[a.name] ?? ('出席' as const), spoke: spoke.includes(a.name), note: '' }));
  return t.ok('points.event.setAttendance', { id: created.id, version: created.version, rows });
}

beforeAll(() => {
  t = tempApp();
  termId = t.ok('term.save', { number: 11, name: '第十一届', startDate: '2023-01-10' }).id;
  meetingId = t.ok('meeting.save', { termId, number: 3, name: '第三次会议', startDate: '2025-01-15' }).id;
  const g1 = t.ok('sectorGroup.save', { name: '第一活动组', sort: 1 }).id;
  const g2 = t.ok('sectorGroup.save', { name: '第二活动组', sort: 2 }).id;
  const sector = {
    教育界: t.ok('sector.save', { name: '教育界', groupId: g1, sort: 1 }).id,
    经济界: t.ok('sector.save', { name: '经济界', groupId: g1, sort: 2 }).id,
    农业界: t.ok('sector.save', { name: '农业界', groupId: g2, sort: 3 }).id,
  };
  const add = (name: string, s: keyof typeof sector, phone: string) => (m[name] = t.ok('member.save', { termId, name, gender: '男', sectorId: sector[s], phone }).id);
  add('张明华', '教育界', '13900000001');
  add('李晓红', '教育界', '13900000002');
  add('王建国', '经济界', '13900000003');
  add('赵丽', '农业界', '13900000004');
  add('陈刚', '农业界', '13900000005');
  const chen = t.ok('member.get', { id: m['陈刚'] });
  t.ok('member.leave', { id: chen.id, version: chen.version, date: '2025-06-30', reason: '工作调动' });

  // Rules.
  rule.全体会议 = ruleInput('出席全体会议', 'meeting.attended', 5, { category: '固定', tag: '全体会议' });
  rule.常委会议 = ruleInput('出席常委会议', 'meeting.attended', 3, { category: '固定', tag: '常委会议' });
  rule.缺席 = ruleInput('无故缺席会议', 'meeting.absent', -3, { category: '固定' });
  rule.视察 = ruleInput('参加视察调研', 'activity.attended', 2, { tag: '视察调研', yearlyCap: 4 });
  rule.发言 = ruleInput('会议或活动发言', 'speech', 3);
  rule.领衔 = ruleInput('立案提案（领衔）', 'proposal.filed.lead', 5);
  rule.附议 = ruleInput('立案提案（附议）', 'proposal.filed.cosign', 1);
  rule.监督 = ruleInput('参加民主监督活动', 'supervision.activity', 2);
  rule.优秀 = ruleInput('优秀提案', 'proposal.excellent', 10, { category: '激励' });
  rule.文史 = ruleInput('文史稿件被采用', 'history.article.used', 3);
  rule.报送 = ruleInput('报送社情民意', 'opinion.submitted', 1);
  rule.县采用 = ruleInput('社情民意被采用（县级）', 'opinion.adopted', 2, { level: '县', levelMode: '取最高' });
  rule.市采用 = ruleInput('社情民意被采用（市级）', 'opinion.adopted', 5, { level: '市', levelMode: '取最高' });
  rule.批示 = ruleInput('社情民意获批示', 'opinion.instruction', 8, { category: '激励' });
  // From 1 July the 视察调研 rule is worth 3 with a cap of 6.
  const v = rule.视察;
  rule.视察 = t.ok('points.rule.save', { id: v.id, version: v.version, name: v.name, category: v.category, kind: v.kind, tag: v.tag, points: 3, yearlyCap: 6, effectiveFrom: '2025-07-01' });

  // 活动 and 会议 with attendance.
  event('第三次全体会议', '会议', '全体会议', '2025-01-15', ['张明华', '李晓红', '王建国'], { 赵丽: '缺席', 陈刚: '请假' }, ['张明华']);
  event('农村生活污水治理视察', '活动', '视察调研', '2025-03-10', ['张明华', '李晓红', '赵丽', '王建国']);
  event('乡村民宿发展调研', '活动', '视察调研', '2025-05-20', ['张明华', '赵丽', '王建国']);
  event('城区停车设施视察', '活动', '视察调研', '2025-09-10', ['张明华']);
  event('常委会议（第十次）', '会议', '常委会议', '2025-11-05', ['王建国', '李晓红'], {}, ['王建国']);

  // 提案: 张明华 个人 (立案, 答复, 满意, 优秀), 李晓红 + 王建国 联名 (立案, not yet answered), 赵丽 (不予立案).
  const category = t.ok('dictItem.list', {}).find((d) => d.dict === 'proposalCategory' && d.label === '社会建设')!.id;
  const unit = t.ok('unit.save', { name: '县住房和城乡建设局', kind: '政府部门' }).id;
  const reason = t.ok('dictItem.list', {}).find((d) => d.dict === 'rejectReason')!.label;
  const save = (title: string, extra: Partial<MethodInput<'proposal.save'>>) =>
    t.ok('proposal.save', { termId, meetingId, kind: '委员个人', categoryId: category, ...proposalBody(title), ...extra } as MethodInput<'proposal.save'>).id;
  const get = (id: number) => t.ok('proposal.get', { id });
  const act = (id: number, action: MethodInput<'proposal.transition'>['action'], extra: Partial<MethodInput<'proposal.transition'>> = {}) =>
    t.ok('proposal.transition', { id, version: get(id).version, action, ...extra } as MethodInput<'proposal.transition'>);
  proposalIds.p1 = save('关于完善城区停车设施规划的建议', { leadMemberId: m['张明华'] });
  proposalIds.p2 = save('关于加快推进农村生活污水治理的建议', { kind: '委员联名', leadMemberId: m['李晓红'], cosignerIds: [m['王建国']] });
  proposalIds.p3 = save('关于建设县城第二体育馆的建议', { leadMemberId: m['赵丽'] });
  t.ok('proposal.cosign', { id: proposalIds.p2, version: get(proposalIds.p2).version, memberId: m['王建国'], state: '已确认', date: '2025-01-18' });
  for (const id of Object.values(proposalIds)) {
    act(id, '提交', { date: '2025-01-20' });
    act(id, '预审通过', { date: '2025-01-25' });
  }
  act(proposalIds.p1, '立案', { date: '2025-02-10' });
  act(proposalIds.p2, '立案', { date: '2025-02-10' });
  act(proposalIds.p3, '不予立案', { reason, date: '2025-02-10' });
  t.ok('proposal.assign', { id: proposalIds.p1, version: get(proposalIds.p1).version, mode: '单办', mainUnitId: unit, coUnitIds: [], date: '2025-02-20' });
  act(proposalIds.p1, '签收', { date: '2025-02-21' });
  t.ok('proposal.reply', { id: proposalIds.p1, version: get(proposalIds.p1).version, unitId: unit, replyClass: 'A', content: '经研究，答复如下……', signer: '周局长', contactName: '吴科长', contactPhone: '0579-87001234', replyDate: '2025-04-20' });
  act(proposalIds.p1, '答复审核通过', { date: '2025-04-22' });
  act(proposalIds.p1, '征询意见', { result: '满意', date: '2025-05-06' });
  t.ok('proposal.setExcellent', { id: proposalIds.p1, version: get(proposalIds.p1).version, isExcellent: true, note: '2025年度优秀提案', date: '2025-12-01' });

  // 民主监督: one activity with 王建国 and 赵丽, one letter served with three items, one 整改 done.
  const topic = t.ok('supervision.topic.save', { year: 2025, source: '年度协商计划', title: '城区老旧小区改造', unitId: unit });
  const group = t.ok('supervision.group.save', { topicId: topic.id, name: '派驻县住建局监督小组', leaderId: m['王建国'], memberIds: [m['赵丽']], unitId: unit });
  t.ok('supervision.activity.save', { groupId: group.id, date: '2025-04-10', place: '城东小区', form: '视察', memberIds: [m['王建国'], m['赵丽']], findings: '部分楼栋施工围挡不规范。' });
  let letter = t.ok('supervision.letter.save', {
    topicId: topic.id,
    groupId: group.id,
    title: '关于城区老旧小区改造工作的民主监督建议书',
    mainUnitId: unit,
    intro: '根据年度民主监督工作计划……',
    closing: '请认真研究办理。',
    items: [1, 2, 3].map((i) => ({ title: `第${i}项`, problem: `问题${i}`, suggestion: `建议${i}` })),
  });
  letter = t.ok('supervision.letter.submit', { id: letter.id, version: letter.version });
  letter = t.ok('supervision.letter.approve', { id: letter.id, version: letter.version, reviewer: '周主任', date: '2025-05-10', comment: '' });
  letter = t.ok('supervision.letter.issue', { id: letter.id, version: letter.version, issuer: '王主席', date: '2025-05-12' });
  letter = t.ok('supervision.letter.serve', { id: letter.id, version: letter.version, date: '2025-05-15', receiver: '县住建局办公室' });
  const [item1, item2] = letter.items;
  t.ok('supervision.item.feedback', { itemId: item1.id, version: item1.version, date: '2025-08-05', measures: '已规范围挡。', progress: '已完成', completionDate: '2025-08-01' });
  t.ok('supervision.item.feedback', { itemId: item2.id, version: item2.version, date: '2025-08-05', measures: '正在推进。', progress: '整改中' });

  // 社情民意: 赵丽's report 报送, 采用 by the county, printed, sent up and 采用 by the city, 批示 by the county;
  // a 联名 report by 李晓红 and 王建国, received only.
  const report = t.ok('opinion.save', { title: '关于规范城区停车收费计价方式的建议', authorKind: '委员个人', memberIds: [m['赵丽']], content: '城区停车按小时计费，不足一小时按一小时收费，群众反映不合理。' });
  let r = t.ok('opinion.transition', { id: report.id, version: report.version, action: '报送', date: '2025-06-01' });
  r = t.ok('opinion.transition', { id: r.id, version: r.version, action: '采用', date: '2025-06-05' });
  t.ok('opinion.edit', { id: r.id, version: r.version, editedTitle: '关于改进城区停车计费方式的建议', editedText: '城区停车按小时计费不尽合理，建议按十五分钟计费。', editor: '王编辑', date: '2025-06-06' });
  const issue = t.ok('opinionIssue.save', { year: 2025, issueDate: '2025-06-08', mainTo: ['县委', '县政府'], editorName: '王编辑', reportIds: [r.id] });
  const reviewed = t.ok('opinionIssue.transition', { id: issue.id, version: issue.version, action: '审核', person: '李主任', date: '2025-06-09' });
  const signed = t.ok('opinionIssue.transition', { id: issue.id, version: reviewed.version, action: '签发', person: '陈副主席', date: '2025-06-10' });
  t.ok('opinionIssue.transition', { id: issue.id, version: signed.version, action: '印发', date: '2025-06-10' });
  r = t.ok('opinion.get', { id: r.id });
  t.ok('opinion.sendUp', { id: r.id, version: r.version, level: '市', date: '2025-06-12' });
  t.ok('opinion.recordAdoption', { reportId: r.id, level: '市', date: '2025-06-20', channel: '市政协《社情民意》第30期' });
  t.ok('opinion.recordInstruction', { reportId: r.id, leader: '周县长', leaderTitle: '县长', level: '县', date: '2025-07-01', text: '请县交通运输局研究。' });
  opinionIds.zhao = r.id;
  const joint = t.ok('opinion.save', { title: '关于加强农村留守儿童关爱服务的建议', authorKind: '委员联名', memberIds: [m['李晓红'], m['王建国']], content: '部分农村留守儿童缺乏关爱。' });
  t.ok('opinion.transition', { id: joint.id, version: joint.version, action: '报送', date: '2025-08-01' });
  opinionIds.joint = joint.id;

  // 文史: an article by 李晓红 (a member, picked from the roster) and one by someone who is not a member, both 采用.
  for (const [title, author, authorMemberId] of [
    ['我所经历的县中迁址', '李晓红', m['李晓红']],
    ['回忆芝英的祠堂', '应老先生', null],
  ] as const) {
    const a = t.ok('history.article.save', { title, author, authorMemberId, sanqin: '亲历', receivedDate: '2025-03-01', permission: '已授权', body: '正文'.repeat(100) });
    t.ok('history.article.select', { id: a.id, version: a.version, decision: '采用', decidedBy: '文史委', date: '2025-03-20' });
  }
});
afterAll(() => t.close());

describe('the fixture year 2025', () => {
  it('member ranking matches the hand-computed totals, with 并列 (1, 2, 2, 4)', () => {
    const r = t.ok('points.ranking.members', year2025);
    expect(r.termName).toBe('第十一届');
    expect(r.missingModules).toEqual([]);
    expect(r.rows.map((x) => [x.name, x.total, x.rank, x.tied])).toEqual([
      ['张明华', 29, 1, false],
      ['李晓红', 19, 2, true],
      ['王建国', 19, 2, true],
      ['赵丽', 17, 4, false],
      ['陈刚', 0, 5, false],
    ]);
    const zhang = r.rows[0];
    expect(zhang.byCategory).toEqual({ 固定: 5, 任务: 14, 激励: 10 });
    expect(zhang.byItem).toEqual({ 会议出席: 5, 发言: 3, 活动参加: 6, 提案: 5, 优秀提案: 10 });
  });

  it('a member’s points open to the records behind each point', () => {
    const d = t.ok('points.member', { memberId: m['张明华'], ...year2025 });
    expect(d).toMatchObject({ total: 29, rank: 1, of: 5, tied: false, sectorName: '教育界' });
    expect(d.lines.map((l) => [l.date, l.ruleName, l.points, l.capped, l.sourceTable])).toEqual([
      ['2025-01-15', '出席全体会议', 5, false, 'points_events'],
      ['2025-01-15', '会议或活动发言', 3, false, 'points_events'],
      ['2025-02-10', '立案提案（领衔）', 5, false, 'proposals'],
      ['2025-03-10', '参加视察调研', 2, false, 'points_events'],
      ['2025-05-20', '参加视察调研', 2, false, 'points_events'],
      ['2025-09-10', '参加视察调研', 2, true, 'points_events'],
      ['2025-12-01', '优秀提案', 10, false, 'proposals'],
    ]);
    const september = d.lines[5];
    expect(september).toMatchObject({ rulePoints: 3, sourceId: ev['城区停车设施视察'], label: '城区停车设施视察（视察调研，出席）' });
    expect(d.lines[2]).toMatchObject({ sourceId: proposalIds.p1, module: '提案', kindLabel: '立案提案（个人或领衔）' });
    expect(d.lines[2].label).toContain('关于完善城区停车设施规划的建议');
    // The other records: 王建国's 附议, 监督 and 联名 信息, 李晓红's article, 赵丽's 缺席.
    expect(t.ok('points.member', { memberId: m['王建国'], ...year2025 }).lines.filter((l) => l.module !== '活动会议').map((l) => [l.ruleName, l.points, l.sourceTable])).toEqual([
      ['立案提案（附议）', 1, 'proposals'],
      ['参加民主监督活动', 2, 'supervision_activities'],
      ['报送社情民意', 1, 'opinion_reports'],
    ]);
    expect(t.ok('points.member', { memberId: m['李晓红'], ...year2025 }).lines.find((l) => l.module === '文史资料')).toMatchObject({ points: 3, label: '《我所经历的县中迁址》（作者李晓红，采用）' });
    const zhao = t.ok('points.member', { memberId: m['赵丽'], ...year2025 });
    expect(zhao.lines[0]).toMatchObject({ ruleName: '无故缺席会议', points: -3 });
    // 社情民意: 报送, 县级采用 2, 市级采用 5 counted as the difference 3 (取最高), 批示 8 — all the same report.
    expect(zhao.lines.filter((l) => l.module === '社情民意').map((l) => [l.date, l.ruleName, l.level, l.points, l.topped, l.sourceId])).toEqual([
      ['2025-06-01', '报送社情民意', null, 1, false, opinionIds.zhao],
      ['2025-06-05', '社情民意被采用（县级）', '县', 2, false, opinionIds.zhao],
      ['2025-06-20', '社情民意被采用（市级）', '市', 3, true, opinionIds.zhao],
      ['2025-07-01', '社情民意获批示', '县', 8, false, opinionIds.zhao],
    ]);
    expect(zhao.total).toBe(17);
    // 陈刚's 请假 has no rule: listed as 不计分, not lost.
    expect(t.ok('points.member', { memberId: m['陈刚'], ...year2025 }).unmatchedFacts.map((f) => f.kindLabel)).toEqual(['会议请假']);
  });

  it('any period: the first half year, with the cap counted from 1 January', () => {
    const h2 = t.ok('points.member', { memberId: m['张明华'], from: '2025-07-01', to: '2025-12-31' });
    expect(h2.total).toBe(2 + 10);
    const h1 = t.ok('points.member', { memberId: m['张明华'], from: '2025-01-01', to: '2025-06-30' });
    expect(h1.total + h2.total).toBe(29);
  });

  it('界别 and 活动组 rankings and the 界别 scoring table', () => {
    const sectors = t.ok('points.ranking.groups', { ...year2025, by: 'sector' });
    expect(sectors.rows.map((r) => [r.name, r.members, r.total, r.average, r.rank])).toEqual([
      ['教育界', 2, 48, 24, 1],
      ['经济界', 1, 19, 19, 2],
      ['农业界', 2, 17, 8.5, 3],
    ]);
    expect(sectors.items).toEqual(['会议出席', '活动参加', '发言', '提案', '优秀提案', '社情民意', '批示', '民主监督', '文史资料']);
    expect(sectors.rows[0].byItem).toEqual({ 会议出席: 13, 活动参加: 8, 发言: 3, 提案: 10, 优秀提案: 10, 社情民意: 1, 文史资料: 3 });
    expect(sectors.rows[2].byItem).toEqual({ 会议出席: -3, 活动参加: 4, 社情民意: 6, 批示: 8, 民主监督: 2 });
    expect(sectors.totals).toMatchObject({ members: 5, total: 84 });
    const byTotal = t.ok('points.ranking.groups', { ...year2025, by: 'sector', order: 'total' });
    expect(byTotal.rows.map((r) => r.name)).toEqual(['教育界', '经济界', '农业界']);
    const groups = t.ok('points.ranking.groups', { ...year2025, by: 'group' });
    expect(groups.rows.map((r) => [r.name, r.members, r.average, r.rank])).toEqual([
      ['第一活动组', 3, 22.33, 1],
      ['第二活动组', 2, 8.5, 2],
    ]);
  });

  it('年度数据: every figure as computed by hand, each with its records', () => {
    const f = t.ok('points.figures', { year: 2025 });
    const fig = (key: string) => f.figures.find((x) => x.key === key)!;
    expect(f.missingModules).toEqual([]);
    expect(Object.fromEntries(f.figures.map((x) => [x.key, x.text]))).toEqual({
      'events.meetings': '2次',
      'events.activities': '3次',
      'events.attendance': '13人次',
      'events.attendanceRate': '86.67%',
      'proposals.received': '3件',
      'proposals.filed': '2件',
      'proposals.filingRate': '66.67%',
      'proposals.answered': '1件',
      'proposals.answerRate': '50.00%',
      'proposals.satisfactionRate': '100.00%',
      'opinions.received': '2篇',
      'opinions.adopted': '1篇',
      'opinions.sentUp': '1篇',
      'opinions.instructed': '1件',
      'supervision.activities': '1次',
      'supervision.letters': '1份',
      'supervision.items': '3条',
      'supervision.rectified': '1条',
      'history.received': '2篇',
      'history.used': '2篇',
      'history.volumes': '0辑',
      'history.published': '0篇',
    });
    expect(fig('proposals.received').records.map((r) => r.id).sort()).toEqual(Object.values(proposalIds).sort());
    expect(fig('proposals.answerRate').records.map((r) => r.id)).toEqual([proposalIds.p1]);
    expect(fig('proposals.answerRate').definition).toBe('已办复 ÷ 立案（1 ÷ 2）。');
    expect(fig('events.meetings').records.map((r) => r.label)).toEqual(['第三次全体会议', '常委会议（第十次）']);
    expect(fig('opinions.received').records.map((r) => r.id)).toEqual([opinionIds.zhao, opinionIds.joint]);
    expect(fig('opinions.instructed').records[0]).toMatchObject({ id: opinionIds.zhao, date: '2025-07-01', detail: '周县长（县）' });
    expect(fig('supervision.rectified').records[0]).toMatchObject({ table: 'supervision_items', date: '2025-08-01' });
    expect(f.paragraphs.map((p) => p.text)).toEqual([
      '2025年，共召开各类会议2次，组织委员视察调研、界别活动等3次，委员参加13人次，出席率86.67%。',
      '共收到提案3件，经审查立案2件，立案率66.67%；已办复1件，办复率50%；提案者对办理工作表示满意和基本满意的占100%。',
      '共收到社情民意信息2篇，采用1篇，报送上级政协1篇，1件获领导批示。',
      '开展民主监督活动1次，发出《民主监督建议书》1份，提出意见建议3条，已整改完成1条。',
      '征集文史稿件2篇，采用2篇，编印《文史资料》0辑，刊用文章0篇。',
    ]);
  });
});

describe('rules: versions, effective dates, closed years', () => {
  it('lists each rule once with its versions', () => {
    const rules = t.ok('points.rule.list', { asOf: '2025-12-31' });
    expect(rules).toHaveLength(14);
    const visit = rules.find((r) => r.name === '参加视察调研')!;
    expect(visit.versions.map((v) => [v.seq, v.points, v.yearlyCap, v.effectiveFrom, v.effectiveTo])).toEqual([
      [1, 2, 4, '2025-01-01', '2025-06-30'],
      [2, 3, 6, '2025-07-01', null],
    ]);
    expect(visit).toMatchObject({ state: '生效中', available: true, kindLabel: '参加活动', description: '参加活动（视察调研）每次3分，年度最多计6分' });
  });

  it('validates with Chinese messages naming the field', () => {
    const e = t.fail('points.rule.save', { name: '', category: '任务', kind: 'activity.attended', points: 1.234, effectiveFrom: '2025-13-01' });
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toMatch(/规则名称/);
    expect(chinese.test(e.message)).toBe(true);
    const level = t.fail('points.rule.save', { name: '错误', category: '任务', kind: 'activity.attended', level: '省', points: 1, effectiveFrom: '2026-01-01' });
    expect(level.message).toBe('“参加活动”不分级别，不能按级别计分。');
    const stale = t.fail('points.rule.save', { id: rule.发言.id, version: rule.发言.version + 5, name: '发言', category: '任务', kind: 'speech', points: 4, effectiveFrom: '2026-01-01' });
    expect(stale.code).toBe('CONFLICT');
  });

  it('closing 2025 freezes it: later rule edits, record edits and roster changes leave it unchanged', () => {
    const before = t.ok('points.ranking.members', year2025);
    const sectorsBefore = t.ok('points.ranking.groups', { ...year2025, by: 'sector' });
    expect(t.fail('points.year.close', { year: 2026, today: '2026-11-23' }).message).toBe('2026年度尚未结束（今天是2026-11-23），年度结束后才能结账。');
    const closure = t.ok('points.year.close', { year: 2025, note: '2025年度履职积分', today: '2026-01-05' });
    expect(closure).toMatchObject({ year: 2025, memberCount: 5, total: 84, closedBy: t.actor });
    expect(t.fail('points.year.close', { year: 2025, today: '2026-01-05' }).message).toBe('2025年度已经结账。');

    // A rule change effective in 2025 is refused; one from 2026 is stored as a new version.
    const r = t.ok('points.rule.list', {}).find((x) => x.name === '出席全体会议')!;
    const edit = { id: r.id, version: r.version, name: r.name, category: r.category, kind: r.kind, tag: r.tag, points: 8 };
    expect(t.fail('points.rule.save', { ...edit, effectiveFrom: '2025-06-01' }).message).toBe('2025年度积分已结账，不能改动该年度适用的规则；修改请从2026年1月1日或以后生效。');
    t.ok('points.rule.save', { ...edit, effectiveFrom: '2026-01-01' });
    expect(t.fail('points.rule.void', { id: rule.文史.id, version: rule.文史.version, reason: '不再计分' }).message).toContain('已用于已结账的年度');
    // 2025's 活动 and 考勤 are locked.
    const e = t.ok('points.event.get', { id: ev['农村生活污水治理视察'] });
    expect(t.fail('points.event.void', { id: e.id, version: e.version, reason: '录入有误' }).message).toContain('2025年度积分已结账');
    // Records of other modules may still change (here: 张明华 moves to 经济界; the 优秀提案 is withdrawn).
    const zhang = t.ok('member.get', { id: m['张明华'] });
    t.ok('member.save', { id: zhang.id, version: zhang.version, termId, name: zhang.name, gender: zhang.gender, sectorId: t.ok('member.get', { id: m['王建国'] }).sectorId, phone: zhang.phone });
    const p1 = t.ok('proposal.get', { id: proposalIds.p1 });
    t.ok('proposal.setExcellent', { id: p1.id, version: p1.version, isExcellent: false, note: '', date: '2026-01-10' });

    const after = t.ok('points.ranking.members', year2025);
    expect(after.closedYears).toEqual([2025]);
    expect(after.rows).toEqual(before.rows);
    expect(t.ok('points.ranking.groups', { ...year2025, by: 'sector' }).rows).toEqual(sectorsBefore.rows);
    expect(t.ok('points.member', { memberId: m['张明华'], ...year2025 }).lines.every((l) => l.closed)).toBe(true);

    // 2026 follows the new rule: 张明华 attends a 全体会议 worth 8, now ranked in 经济界.
    event('第四次全体会议', '会议', '全体会议', '2026-01-20', ['张明华']);
    const y2026 = t.ok('points.ranking.members', { from: '2026-01-01', to: '2026-12-31' });
    expect(y2026.rows[0]).toMatchObject({ name: '张明华', total: 8, sectorName: '经济界' });
    expect(y2026.closedYears).toEqual([]);
    // A period across both years: the frozen 29 plus the live 8.
    expect(t.ok('points.member', { memberId: m['张明华'], from: '2025-01-01', to: '2026-12-31' }).total).toBe(37);
  });

  it('reopening a year (with a reason) lets it be recomputed and closed again', () => {
    expect(t.fail('points.year.reopen', { year: 2024, reason: '更正' }).message).toBe('2024年度尚未结账。');
    const reopened = t.ok('points.year.reopen', { year: 2025, reason: '优秀提案评选结果更正' });
    expect(reopened.voidReason).toBe('优秀提案评选结果更正');
    // Recomputed now: the withdrawn 优秀提案 no longer counts.
    expect(t.ok('points.member', { memberId: m['张明华'], ...year2025 }).total).toBe(19);
    const again = t.ok('points.year.close', { year: 2025, today: '2026-02-01' });
    expect(again.total).toBe(74);
    const years = t.ok('points.year.list', {});
    expect(years.find((y) => y.year === 2025)?.closure?.id).toBe(again.id);
    const log = t.app.sqlite.prepare("select summary from audit_log where entity = '积分年度结账' order by id").all() as { summary: string }[];
    expect(log.map((l) => l.summary)).toEqual([
      '2025年度积分结账（5名委员，29条计分记录，合计84分）',
      '作废积分年度结账：2025年度（原因：优秀提案评选结果更正）',
      '2025年度积分结账（5名委员，28条计分记录，合计74分）',
    ]);
  });
});

describe('attendance by hand and from a sign-in sheet', () => {
  it('imports all or nothing, naming every bad row; then merges or replaces', () => {
    const created = t.ok('points.event.save', { kind: '活动', type: '界别活动', title: '教育界别协商活动', date: '2026-04-10', memberIds: [m['张明华']] });
    const bad = t.ok('points.event.importAttendance', {
      id: created.id,
      version: created.version,
      rows: [
        { row: 2, name: '李晓红', status: '出席', spoke: '是' },
        { row: 3, name: '李小红', status: '出席' },
        { row: 4, name: '王建国', status: '迟到' },
        { row: 5, name: '李 晓红', status: '请假' },
        { row: 6, name: '赵丽', status: '请假', spoke: '是' },
        { row: 7, name: '陈刚', status: '出席' },
      ],
    });
    expect(bad.imported).toBe(0);
    expect(bad.errors).toEqual([
      { row: 3, message: '“李小红”不是2026-04-10在任的委员' },
      { row: 4, message: '出席情况“迟到”应为出席、请假或缺席' },
      { row: 5, message: '与第2行是同一名委员' },
      { row: 6, message: '未出席的委员不能登记发言' },
      { row: 7, message: '“陈刚”不是2026-04-10在任的委员' },
    ]);
    expect(t.ok('points.event.get', { id: created.id }).attendance).toHaveLength(1);

    const merged = t.ok('points.event.importAttendance', {
      id: created.id,
      version: created.version,
      rows: [
        { row: 2, name: '李晓红', phone: '139 0000 0002', status: '√', spoke: '是' },
        { row: 3, name: '赵丽', status: '病假' },
        { row: 4, name: '王建国', status: '' },
      ],
    });
    expect(merged.errors).toEqual([]);
    expect(merged.event!.attendance.map((a) => [a.name, a.status, a.spoke])).toEqual([
      ['张明华', '出席', false],
      ['李晓红', '出席', true],
      ['赵丽', '请假', false],
      ['王建国', '缺席', false],
    ]);
    expect(merged.event!.counts).toEqual({ expected: 4, present: 2, leave: 1, absent: 1, spoke: 1 });
    expect(merged.event!.attendanceRate).toBe('50.00%');
    // A stale version is a conflict; 替换 makes the list exactly the sheet.
    expect(t.fail('points.event.importAttendance', { id: created.id, version: created.version, rows: [{ row: 2, name: '李晓红', status: '出席' }] }).code).toBe('CONFLICT');
    const replaced = t.ok('points.event.importAttendance', { id: created.id, version: merged.event!.version, mode: '替换', rows: [{ row: 2, name: '李晓红', status: '出席' }] });
    expect(replaced.event!.attendance.map((a) => a.name)).toEqual(['李晓红']);
    const log = t.app.sqlite.prepare("select summary from audit_log where entity = '活动会议' order by id desc limit 1").get() as { summary: string };
    expect(log.summary).toBe('导入签到表：2026-04-10 教育界别协商活动（1行，替换；应到1人，出席1、请假0、缺席0）');
  });

  it('by hand: the list is replaced, members checked, counts kept with the event', () => {
    const e = t.ok('points.event.save', { kind: '会议', type: '专题协商会', title: '营商环境专题协商会', date: '2026-05-12', memberIds: [m['张明华'], m['王建国']] });
    expect(e.counts).toEqual({ expected: 2, present: 2, leave: 0, absent: 0, spoke: 0 });
    const dup = t.fail('points.event.setAttendance', {
      id: e.id,
      version: e.version,
      rows: [
        { memberId: m['张明华'], status: '出席' },
        { memberId: m['张明华'], status: '请假' },
      ],
    });
    expect(dup.message).toBe('考勤名单中有重复的委员。');
    const done = t.ok('points.event.setAttendance', { id: e.id, version: e.version, rows: [{ memberId: m['张明华'], status: '出席', spoke: true }, { memberId: m['王建国'], status: '请假' }] });
    expect(done.counts).toEqual({ expected: 2, present: 1, leave: 1, absent: 0, spoke: 1 });
    const wrongType = t.fail('points.event.save', { kind: '会议', type: '视察调研', title: '错误', date: '2026-05-12' });
    expect(wrongType.message).toContain('类型与类别不符');
    const listed = t.ok('points.event.list', { year: 2026, kind: '会议' });
    expect(listed.rows.map((r) => r.title)).toEqual(['营商环境专题协商会', '第四次全体会议']);
    expect(t.ok('points.event.list', { search: '协商', memberId: m['王建国'] }).rows.map((r) => r.title)).toEqual(['营商环境专题协商会']);
  });
});

describe('常用规则', () => {
  it('loads the default set only into an empty rule table', () => {
    expect(t.fail('points.rule.loadDefaults', { effectiveFrom: '2026-01-01' }).message).toMatch(/已有\d+条积分规则/);
    const fresh = tempApp();
    try {
      const out = fresh.ok('points.rule.loadDefaults', { effectiveFrom: '2026-01-01' });
      expect(out.created).toBeGreaterThanOrEqual(25);
      const rules = fresh.ok('points.rule.list', {});
      expect(rules).toHaveLength(out.created);
      // Every module's records are counted: no rule waits for a module that is not installed.
      expect(rules.filter((r) => !r.available)).toEqual([]);
      expect(new Set(rules.map((r) => r.module))).toEqual(new Set(['活动会议', '提案', '社情民意', '民主监督', '文史资料']));
      expect(fresh.ok('points.kinds', {}).every((k) => k.available)).toBe(true);
    } finally {
      fresh.close();
    }
  });
});

describe('联名 records: 各计全分, 均分, 第一作者全分其余按比例 (2025 closed, 2026 open)', () => {
  const y2026 = { from: '2026-01-01', to: '2026-12-31' };
  const linesOf = (name: string, module: string) =>
    t
      .ok('points.member', { memberId: m[name], ...y2026 })
      .lines.filter((l) => l.module === module)
      .map((l) => [l.date, l.ruleName, l.points, l.share]);

  it('a joint 社情民意: full points until the rule switches to 均分, then 2 ÷ 3 = 0.7 + 0.7 + 0.6; 2025 stays frozen', () => {
    const before2025 = t.ok('points.ranking.members', year2025).rows;
    const report = (title: string, authors: string[], date: string) => {
      const r = t.ok('opinion.save', { title, authorKind: '委员联名', memberIds: authors.map((n) => m[n]), content: `${title}的内容。` });
      t.ok('opinion.transition', { id: r.id, version: r.version, action: '报送', date });
    };
    report('关于完善城乡公交站点布局的建议', ['张明华', '李晓红', '王建国'], '2026-03-01');
    // From 1 July: 2 points a report, shared equally among its authors.
    const r = t.ok('points.rule.list', {}).find((x) => x.ruleKey === rule.报送.ruleKey)!;
    expect(r.shareMode).toBe('各计全分');
    expect(r.usedInClosedYears).toEqual([2025]);
    const edit = { id: r.id, version: r.version, name: r.name, category: r.category, kind: r.kind };
    expect(t.fail('points.rule.save', { ...edit, points: 2, shareMode: '均分', effectiveFrom: '2025-10-01' }).message).toBe('2025年度积分已结账，不能改动该年度适用的规则；修改请从2026年1月1日或以后生效。');
    const changed = t.ok('points.rule.save', { ...edit, points: 2, shareMode: '均分', effectiveFrom: '2026-07-01' });
    expect(changed.versions.map((v) => [v.seq, v.points, v.shareMode, v.effectiveFrom, v.effectiveTo])).toEqual([
      [1, 1, '各计全分', '2025-01-01', '2026-06-30'],
      [2, 2, '均分', '2026-07-01', null],
    ]);
    expect(changed.description).toBe('报送社情民意每篇2分（联名的由作者均分）');
    report('关于加强城区学校周边交通管理的建议', ['李晓红', '王建国', '张明华'], '2026-08-01');

    expect(linesOf('李晓红', '社情民意')).toEqual([
      ['2026-03-01', '报送社情民意', 1, '3人联名，各计全分'],
      ['2026-08-01', '报送社情民意', 0.7, '3人联名，均分'],
    ]);
    expect(linesOf('王建国', '社情民意').map((l) => l[2])).toEqual([1, 0.7]);
    expect(linesOf('张明华', '社情民意').map((l) => l[2])).toEqual([1, 0.6]);
    // The closed year is read from its snapshot: the 2025 联名 report still gives each author 1.
    expect(t.ok('points.ranking.members', year2025).rows).toEqual(before2025);
    expect(t.ok('points.member', { memberId: m['王建国'], ...year2025 }).lines.find((l) => l.module === '社情民意')).toMatchObject({ points: 1, closed: true });
  });

  it('a 联名提案 under “立案提案（全体提案人）”: 领衔 5, 附议 20% = 1 each; corrected to 均分 5 ÷ 3 = 1.7 + 1.7 + 1.6', () => {
    // The office stops scoring 领衔 and 附议 apart from 2026 and scores the whole proposal instead.
    for (const key of ['领衔', '附议']) {
      const r = t.ok('points.rule.list', {}).find((x) => x.ruleKey === rule[key].ruleKey)!;
      t.ok('points.rule.stop', { id: r.id, version: r.version, stopFrom: '2026-01-01' });
    }
    const whole = t.ok('points.rule.save', { name: '立案提案', category: '任务', kind: 'proposal.filed', points: 5, shareMode: '第一作者全分其余按比例', shareRatio: 20, effectiveFrom: '2026-01-01' });
    expect(whole.description).toBe('立案提案（全体提案人）每件5分（联名的第一作者计全分，其他作者按20%计）');
    const category = t.ok('dictItem.list', {}).find((d) => d.dict === 'proposalCategory' && d.label === '社会建设')!.id;
    const id = t.ok('proposal.save', { termId, kind: '委员联名', categoryId: category, ...proposalBody('关于推进城区垃圾分类的建议'), leadMemberId: m['张明华'], cosignerIds: [m['李晓红'], m['王建国']] } as MethodInput<'proposal.save'>).id;
    const get = () => t.ok('proposal.get', { id });
    for (const name of ['李晓红', '王建国']) t.ok('proposal.cosign', { id, version: get().version, memberId: m[name], state: '已确认', date: '2026-02-01' });
    for (const [action, date] of [
      ['提交', '2026-02-05'],
      ['预审通过', '2026-02-08'],
      ['立案', '2026-03-10'],
    ] as const)
      t.ok('proposal.transition', { id, version: get().version, action, date } as MethodInput<'proposal.transition'>);

    const points = () => ['张明华', '李晓红', '王建国'].map((n) => linesOf(n, '提案').map((l) => l[2]));
    expect(points()).toEqual([[5], [1], [1]]);
    expect(linesOf('李晓红', '提案')).toEqual([['2026-03-10', '立案提案', 1, '3人联名，按20%计分']]);
    expect(t.ok('points.member', { memberId: m['李晓红'], ...y2026 }).lines.find((l) => l.module === '提案')!.label).toContain('立案，附议，共3名提案人');

    // Same effective date: a correction of the version (no closed year touched) — now 均分.
    const r = t.ok('points.rule.list', {}).find((x) => x.ruleKey === whole.ruleKey)!;
    t.ok('points.rule.save', { id: r.id, version: r.version, name: r.name, category: r.category, kind: r.kind, points: 5, shareMode: '均分', effectiveFrom: '2026-01-01' });
    expect(points()).toEqual([[1.7], [1.7], [1.6]]);
  });

  it('a rule saved before 联名计分 existed counts as 各计全分: renaming it makes no new version', () => {
    const r = t.ok('points.rule.list', {}).find((x) => x.ruleKey === rule.批示.ruleKey)!;
    t.app.sqlite.prepare('update points_rules set share_mode = null where rule_key = ?').run(r.ruleKey);
    const legacy = t.ok('points.rule.list', {}).find((x) => x.ruleKey === r.ruleKey)!;
    expect(legacy.shareMode).toBeNull();
    const renamed = t.ok('points.rule.save', { id: legacy.id, version: legacy.version, name: '社情民意获领导批示', category: legacy.category, kind: legacy.kind, points: legacy.points, shareMode: '各计全分', effectiveFrom: legacy.effectiveFrom });
    expect(renamed.versions).toHaveLength(legacy.versions.length);
    expect(renamed).toMatchObject({ name: '社情民意获领导批示', shareMode: null });
  });

  it('the 计分事项 of a rule used in a closed year cannot change, even on a version that started later', () => {
    const r = t.ok('points.rule.list', {}).find((x) => x.ruleKey === rule.报送.ruleKey)!;
    // The current version starts 2026-07-01 (open year): before this rule, the same-date save rewrote its kind.
    const e = t.fail('points.rule.save', { id: r.id, version: r.version, name: r.name, category: r.category, kind: 'opinion.adopted', level: '县', points: 2, effectiveFrom: '2026-07-01' });
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toBe(
      '该规则已用于已结账的2025年度，不能把计分事项从“报送社情民意”改为“社情民意被采用”（已结账年度的积分按原事项计算）。如需对“社情民意被采用”计分，请新增一条规则；本规则不再使用的，可设置停用日期。',
    );
    expect(t.ok('points.rule.list', {}).find((x) => x.ruleKey === rule.报送.ruleKey)).toMatchObject({ kind: 'opinion.submitted', version: r.version });
    // A rule never used in a closed year may still be corrected (same date): 立案提案 → 附议 only.
    const fresh = t.ok('points.rule.list', {}).find((x) => x.kind === 'proposal.filed')!;
    expect(fresh.usedInClosedYears).toEqual([]);
    const corrected = t.ok('points.rule.save', { id: fresh.id, version: fresh.version, name: '立案提案（附议）', category: fresh.category, kind: 'proposal.filed.cosign', points: 1, effectiveFrom: '2026-01-01' });
    expect(corrected).toMatchObject({ kind: 'proposal.filed.cosign', shareMode: null, versions: [{ seq: 1 }] });
  });
});

describe('年度履职情况通报: 发文字号 in the office series, assigned when issued', () => {
  it('numbers per year from 1, only for a closed year, never reusing a voided number', () => {
    expect(t.fail('points.notice.issue', { year: 2026, issueDate: '2027-01-10' }).message).toBe('2026年度积分尚未结账。请先在“年度结账”中结账，积分固定后再印发通报并编发文字号。');
    expect(t.fail('points.notice.issue', { year: 2025, issueDate: '2025-12-20' }).message).toBe('成文日期应在2025年度结束以后（2026年1月1日或以后）。');
    const first = t.ok('points.notice.issue', { year: 2025, issueDate: '2026-01-20', issuer: '王主席' });
    expect(first).toMatchObject({ year: 2025, docYear: 2026, serial: 1, docNumber: '永政协办〔2026〕1号', issueDate: '2026-01-20', issuer: '王主席' });
    expect(t.fail('points.notice.issue', { year: 2025, issueDate: '2026-01-21' }).message).toBe('2025年度履职情况通报已于2026年1月20日印发（永政协办〔2026〕1号）。如需重新印发，请先作废原通报；原文号不再使用。');
    t.ok('points.notice.void', { id: first.id, version: first.version, reason: '排名有误，重新印发' });
    const second = t.ok('points.notice.issue', { year: 2025, issueDate: '2026-02-03' });
    expect(second.docNumber).toBe('永政协办〔2026〕2号');
    expect(t.ok('points.notice.list', { year: 2025 }).map((n) => [n.docNumber, n.voidedAt !== null])).toEqual([
      ['永政协办〔2026〕2号', false],
      ['永政协办〔2026〕1号', true],
    ]);
    // The office renames its 机关代字: the serial goes on counting the year's 通报.
    const office = t.ok('settings.getOffice', {});
    t.ok('settings.saveOffice', { ...office, series: { ...office.series, office: { ...office.series.office, prefix: '永政办' } } });
    const again = t.ok('points.notice.void', { id: second.id, version: second.version, reason: '更换机关代字' });
    expect(again.voidedAt).not.toBeNull();
    expect(t.ok('points.notice.issue', { year: 2025, issueDate: '2026-03-01' }).docNumber).toBe('永政办〔2026〕3号');
    const log = t.app.sqlite.prepare("select summary from audit_log where entity = '年度履职情况通报' order by id").all() as { summary: string }[];
    expect(log[0].summary).toBe('新增年度履职情况通报：永政协办〔2026〕1号 关于2025年度政协委员履职情况的通报');
  });
});
