import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LetterDetail } from '../../shared/contract/supervision';
import { holidays2026 } from '../fixtures/holidays2026';
import { chinese, tempApp, type TempApp } from '../fixtures/tempApp';

let t: TempApp;
const ids = { term: 0, sector: 0, unitHousing: 0, unitEdu: 0, members: [] as number[] };

const longProblem =
  '部分小区改造前征求居民意见不够充分，改造内容与群众需求存在偏差。个别楼栋居民对外墙保温、管网改造的施工安排意见较大，反映“改什么、怎么改”事先不知情，施工中多次出现返工。'.repeat(8);

beforeAll(() => {
  t = tempApp();
  ids.term = t.ok('term.save', { number: 11, name: '第十一届', startDate: '2023-01-10' }).id;
  ids.sector = t.ok('sector.save', { name: '经济界' }).id;
  ids.unitHousing = t.ok('unit.save', { name: '县住房和城乡建设局', kind: '政府部门' }).id;
  ids.unitEdu = t.ok('unit.save', { name: '县教育局', kind: '政府部门' }).id;
  for (const [i, name] of ['张明华', '李秀英', '王建国', '陈丽'].entries()) {
    ids.members.push(t.ok('member.save', { termId: ids.term, name, gender: i % 2 ? '女' : '男', sectorId: ids.sector, phone: `1390579000${i}` }).id);
  }
  for (const h of holidays2026) t.ok('holiday.save', { date: h.date, kind: h.kind, name: h.name ?? '假日' });
});
afterAll(() => t.close());

function topicGroupActivity(year = 2026, unitId = ids.unitHousing) {
  const topic = t.ok('supervision.topic.save', { year, source: '年度协商计划', title: '城区老旧小区改造工作', unitId, description: '派驻监督' });
  const group = t.ok('supervision.group.save', {
    topicId: topic.id,
    name: '派驻县住房和城乡建设局民主监督小组',
    leaderId: ids.members[0],
    memberIds: [ids.members[1], ids.members[2], ids.members[0]],
    unitId,
    liaison: '周科长',
  });
  const activity = t.ok('supervision.activity.save', {
    groupId: group.id,
    date: `${year}-02-26`,
    place: '城关镇南门社区',
    form: '座谈',
    memberIds: [ids.members[0], ids.members[1]],
    otherParticipants: '社区居民代表8人',
    findings: longProblem,
  });
  return { topic, group, activity };
}

const threeItems = [
  { title: '改造前征求意见不充分', problem: longProblem, suggestion: '坚持“改不改、改什么、怎么改”由居民议定，改造方案公示时间不少于七日。' },
  { title: '施工管理不规范', problem: '部分工地围挡不规范，材料堆放占用消防通道。', suggestion: '压实建设单位和施工单位责任，设立现场公示牌和投诉电话。' },
  { title: '长效管理机制缺失', problem: '改造完成后部分小区缺乏物业服务。', suggestion: '引导成立业主委员会或物业管理小组。' },
];

function draftLetter(topicId: number, groupId: number, unitId = ids.unitHousing, title = '关于城区老旧小区改造工作的民主监督建议书') {
  return t.ok('supervision.letter.save', { topicId, groupId, title, mainUnitId: unitId, intro: '根据年度民主监督工作计划……', closing: '请认真研究办理。', items: threeItems });
}

/** 起草 → 待审核 → 待签发 → 已签发, returning the signed letter. */
function signed(letter: LetterDetail, date: string) {
  let l = t.ok('supervision.letter.submit', { id: letter.id, version: letter.version });
  l = t.ok('supervision.letter.approve', { id: l.id, version: l.version, reviewer: '周主任', date, comment: '' });
  return t.ok('supervision.letter.issue', { id: l.id, version: l.version, issuer: '王主席', date });
}

describe('topics, groups, activities', () => {
  it('saves a topic with its group (roster members, leader not twice) and an activity with participants', () => {
    const { topic, group, activity } = topicGroupActivity();
    expect(topic).toMatchObject({ year: 2026, unitName: '县住房和城乡建设局', groupCount: 0 });
    expect(group.members.map((m) => [m.name, m.role])).toEqual([
      ['张明华', '组长'],
      ['李秀英', '成员'],
      ['王建国', '成员'],
    ]);
    expect(group.memberIds).toEqual([ids.members[1], ids.members[2]]);
    expect(activity).toMatchObject({ form: '座谈', groupName: group.name, topicTitle: '城区老旧小区改造工作', year: 2026 });
    expect(activity.participants.map((p) => p.name).sort()).toEqual(['张明华', '李秀英'].sort());
    expect(activity.findings).toBe(longProblem);

    const listed = t.ok('supervision.topic.list', { year: 2026 });
    expect(listed.rows.find((r) => r.id === topic.id)).toMatchObject({ groupCount: 1, activityCount: 1, letterCount: 0 });
    expect(t.ok('supervision.activity.list', { groupId: group.id, form: '座谈' }).total).toBe(1);
    expect(t.ok('supervision.activity.list', { groupId: group.id, form: '暗访' }).total).toBe(0);
    expect(t.ok('supervision.activity.list', { search: '南门社区' }).rows.map((r) => r.id)).toContain(activity.id);
  });

  it('refuses unknown members and units with Chinese messages naming the field', () => {
    const { topic } = topicGroupActivity();
    const e = t.fail('supervision.group.save', { topicId: topic.id, name: '小组', leaderId: 9999, unitId: ids.unitHousing });
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('组长');
    const v = t.fail('supervision.topic.save', { year: 2026, source: '年度协商计划', title: '', unitId: ids.unitHousing });
    expect(v.message).toContain('监督议题');
    const y = t.fail('supervision.topic.save', { year: 26, source: '年度协商计划', title: '议题', unitId: ids.unitHousing });
    expect(y.message).toContain('年度');
  });

  it('attaches photos to an activity, downloads them, voids them', () => {
    const { activity } = topicGroupActivity();
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const info = t.ok('supervision.attachment.add', { ownerKind: 'activity', ownerId: activity.id, fileName: '座谈现场.png', mime: 'image/png', caption: '座谈会现场', base64: png.toString('base64') });
    expect(info).toMatchObject({ fileName: '座谈现场.png', size: png.length, caption: '座谈会现场' });
    const listed = t.ok('supervision.activity.list', { groupId: activity.groupId });
    expect(listed.rows.find((r) => r.id === activity.id)!.photos.map((p) => p.fileName)).toEqual(['座谈现场.png']);
    expect(Buffer.from(t.ok('supervision.attachment.get', { id: info.id }).base64, 'base64').equals(png)).toBe(true);
    const audit = t.app.sqlite.prepare("select after from audit_log where entity = '附件' and entity_id = ?").get(info.id) as { after: string };
    expect(audit.after.length).toBeLessThan(500); // the file itself is not copied into the log

    // the caption is edited with a version check, and the change is audited
    const captioned = t.ok('supervision.attachment.caption', { id: info.id, version: info.version, caption: '南门社区座谈会现场（2026年2月26日）' });
    expect(captioned).toMatchObject({ caption: '南门社区座谈会现场（2026年2月26日）', version: info.version + 1 });
    expect(t.ok('supervision.activity.list', { groupId: activity.groupId }).rows.find((r) => r.id === activity.id)!.photos[0].caption).toBe('南门社区座谈会现场（2026年2月26日）');
    expect(t.fail('supervision.attachment.caption', { id: info.id, version: info.version, caption: '别人的旧版本' }).code).toBe('CONFLICT');
    const log = t.app.sqlite.prepare("select summary, before, after from audit_log where entity = '附件' and entity_id = ? and summary like '修改附件说明%'").all(info.id) as { summary: string; before: string; after: string }[];
    expect(log).toHaveLength(1);
    expect(log[0].summary).toBe('修改附件说明：座谈现场.png（座谈会现场 → 南门社区座谈会现场（2026年2月26日））');
    expect(JSON.parse(log[0].before)).toEqual({ caption: '座谈会现场' });
    expect(t.fail('supervision.attachment.caption', { id: info.id, version: captioned.version, caption: 'x'.repeat(201) }).message).toContain('说明');
    t.ok('supervision.attachment.void', { id: info.id, version: captioned.version, reason: '照片模糊' });
    expect(t.fail('supervision.attachment.caption', { id: info.id, version: captioned.version + 1, caption: '作废后' }).code).toBe('NOT_FOUND');
    expect(t.fail('supervision.attachment.get', { id: info.id }).code).toBe('NOT_FOUND');
    expect(t.fail('supervision.attachment.add', { ownerKind: 'activity', ownerId: 99999, fileName: 'x.png', base64: 'AAAA' }).code).toBe('NOT_FOUND');
  });
});

describe('drafting a letter', () => {
  it('keeps long Chinese text, numbers the items 1…n, reorders, adds and removes (removed ones are voided, not deleted)', () => {
    const { topic, group } = topicGroupActivity();
    const letter = draftLetter(topic.id, group.id);
    expect(letter).toMatchObject({ status: '起草', stage: '起草', docNumber: null, mainUnitName: '县住房和城乡建设局', cc: ['县委督查室', '县政府督查室'] });
    expect(letter.items.map((i) => [i.seq, i.title])).toEqual([
      [1, '改造前征求意见不充分'],
      [2, '施工管理不规范'],
      [3, '长效管理机制缺失'],
    ]);
    expect(letter.items[0].problem).toBe(longProblem);
    const [a, b, c] = letter.items;
    const reordered = t.ok('supervision.letter.save', {
      id: letter.id,
      version: letter.version,
      topicId: topic.id,
      groupId: group.id,
      title: letter.title,
      mainUnitId: ids.unitHousing,
      items: [
        { id: c.id, title: c.title, problem: c.problem, suggestion: c.suggestion },
        { id: a.id, title: a.title, problem: a.problem, suggestion: '改造方案公示时间不少于十日。' },
        { title: '资金保障不足', problem: '', suggestion: '' },
      ],
    });
    expect(reordered.items.map((i) => [i.seq, i.id === c.id, i.title])).toEqual([
      [1, true, '长效管理机制缺失'],
      [2, false, '改造前征求意见不充分'],
      [3, false, '资金保障不足'],
    ]);
    expect(reordered.items[1].suggestion).toBe('改造方案公示时间不少于十日。');
    expect(reordered.cc).toEqual(['县委督查室', '县政府督查室']);
    const removed = t.app.sqlite.prepare('select voided_at, void_reason from supervision_items where id = ?').get(b.id) as { voided_at: string; void_reason: string };
    expect(removed.voided_at).toBeTruthy();
    expect(removed.void_reason).toBe('起草时删除');

    // an incomplete item blocks 提交审核, naming it
    const refused = t.fail('supervision.letter.submit', { id: reordered.id, version: reordered.version });
    expect(refused).toMatchObject({ code: 'TRANSITION', message: '第3条缺少存在问题。' });
    expect(reordered.actions.find((x) => x.action === '提交审核')).toMatchObject({ allowed: false, reason: '第3条缺少存在问题。' });

    // a stale save is refused and changes nothing
    const stale = t.fail('supervision.letter.save', { id: letter.id, version: letter.version, topicId: topic.id, title: '别的标题', mainUnitId: ids.unitHousing, items: [] });
    expect(stale.code).toBe('CONFLICT');
    expect(t.ok('supervision.letter.get', { id: letter.id }).items).toHaveLength(3);
  });

  it('a group of another topic is refused', () => {
    const one = topicGroupActivity();
    const two = topicGroupActivity();
    const e = t.fail('supervision.letter.save', { topicId: one.topic.id, groupId: two.group.id, title: '建议书', mainUnitId: ids.unitHousing, items: [] });
    expect(e).toMatchObject({ code: 'VALIDATION', message: '所选监督小组不属于该监督议题。' });
  });
});

describe('审核, 签发 and the 发文字号', () => {
  it('return for changes, resubmit, approve, sign: the number is assigned once and content is frozen', () => {
    const { topic, group } = topicGroupActivity(2030);
    let l = draftLetter(topic.id, group.id);
    l = t.ok('supervision.letter.submit', { id: l.id, version: l.version });
    expect(l.status).toBe('待审核');
    const frozen = t.fail('supervision.letter.save', { id: l.id, version: l.version, topicId: topic.id, title: 'x', mainUnitId: ids.unitHousing, items: [] });
    expect(frozen).toMatchObject({ code: 'TRANSITION', message: '建议书当前状态为“待审核”，内容已不能修改（如需修改，请先退回修改）。' });
    l = t.ok('supervision.letter.return', { id: l.id, version: l.version, reason: '第二条建议不够具体' });
    expect(l).toMatchObject({ status: '起草', returnReason: '第二条建议不够具体' });
    l = t.ok('supervision.letter.submit', { id: l.id, version: l.version });
    expect(l.returnReason).toBeNull();
    expect(t.fail('supervision.letter.issue', { id: l.id, version: l.version, issuer: '王主席', date: '2030-03-18' })).toMatchObject({
      code: 'TRANSITION',
      message: '建议书当前状态为“待审核”，不能执行“签发”。',
    });
    l = t.ok('supervision.letter.approve', { id: l.id, version: l.version, reviewer: '周主任', date: '2030-03-16', comment: '同意' });
    expect(l).toMatchObject({ status: '待签发', reviewer: '周主任', reviewDate: '2030-03-16' });
    l = t.ok('supervision.letter.issue', { id: l.id, version: l.version, issuer: '王主席', date: '2030-03-18' });
    expect(l).toMatchObject({ status: '已签发', docNumber: '永政协监〔2030〕1号', docYear: 2030, serial: 1, issuer: '王主席', issueDate: '2030-03-18' });
    expect(l.events.map((e) => e.action)).toEqual(['起草', '提交审核', '退回修改', '提交审核', '审核通过', '签发']);
    expect(t.fail('supervision.letter.void', { id: l.id, version: l.version, reason: '写错了' })).toMatchObject({ code: 'TRANSITION', message: '建议书当前状态为“已签发”，不能执行“作废”。' });
  });

  it('numbers run per year, skip nothing, are never reused, and a voided draft takes none', () => {
    const { topic, group } = topicGroupActivity(2031);
    const sign = (date: string, title: string) => signed(draftLetter(topic.id, group.id, ids.unitHousing, title), date).docNumber;
    const draft = draftLetter(topic.id, group.id, ids.unitEdu, '作废的草稿');
    t.ok('supervision.letter.void', { id: draft.id, version: draft.version, reason: '议题调整' });
    expect(sign('2031-11-03', '第一份')).toBe('永政协监〔2031〕1号');
    expect(sign('2031-12-30', '第二份')).toBe('永政协监〔2031〕2号');
    expect(sign('2032-01-05', '跨年第一份')).toBe('永政协监〔2032〕1号');
    expect(sign('2031-12-31', '补签上年')).toBe('永政协监〔2031〕3号');
    // the office changes its 机关代字: the year keeps counting
    const office = t.ok('settings.getOffice', {});
    t.ok('settings.saveOffice', { ...office, series: { ...office.series, supervision: { ...office.series.supervision, prefix: '永政协督' } } });
    expect(sign('2032-02-01', '改代字后')).toBe('永政协督〔2032〕2号');
    t.ok('settings.saveOffice', office);
    const numbers = t.app.sqlite.prepare('select doc_year y, serial s from supervision_letters where serial is not null and doc_year in (2031, 2032) order by y, s').all();
    expect(numbers).toEqual([
      { y: 2031, s: 1 },
      { y: 2031, s: 2 },
      { y: 2031, s: 3 },
      { y: 2032, s: 1 },
      { y: 2032, s: 2 },
    ]);
    // the database itself refuses a second holder of a number
    expect(() => t.app.sqlite.prepare('update supervision_letters set doc_year = 2031, serial = 1 where id = ?').run(draft.id)).toThrow(/UNIQUE/);
  });
});

describe('送达, 整改 item by item, 评估, 回头看, 结项', () => {
  let letter: LetterDetail;
  beforeAll(() => {
    const { topic, group } = topicGroupActivity(2026);
    letter = signed(draftLetter(topic.id, group.id), '2026-03-18');
  });

  it('送达 sets the working-day deadline on every item and records the 抄送', () => {
    expect(t.fail('supervision.letter.serve', { id: letter.id, version: letter.version, date: '2026-03-17', receiver: '李明' }).message).toBe(
      '送达日期不能早于成文日期（2026年3月18日）。',
    );
    letter = t.ok('supervision.letter.serve', { id: letter.id, version: letter.version, date: '2026-03-20', receiver: '李明（局办公室）' });
    expect(letter).toMatchObject({ status: '整改中', stage: '整改中', servedDate: '2026-03-20', receiver: '李明（局办公室）', feedbackDue: '2026-05-07' });
    expect(letter.items.map((i) => [i.status, i.feedbackDue])).toEqual([
      ['待反馈', '2026-05-07'],
      ['待反馈', '2026-05-07'],
      ['待反馈', '2026-05-07'],
    ]);
    expect(letter.events.find((e) => e.action === '抄送')?.comment).toBe('县委督查室、县政府督查室');
  });

  it('整改反馈: 已完成 on item 1, 整改中 on item 2, nothing on item 3 → the ledger after the deadline', () => {
    const [one, two] = letter.items;
    const f1 = t.ok('supervision.item.feedback', {
      itemId: one.id,
      version: one.version,
      date: '2026-04-20',
      measures: '已制定改造方案征求意见办法，所有在建项目方案公示七日以上。',
      progress: '已完成',
      completionDate: '2026-04-15',
      evidence: '公示照片、会议纪要',
    });
    expect(f1).toMatchObject({ round: 1, progress: '已完成' });
    t.ok('supervision.attachment.add', { ownerKind: 'feedback', ownerId: f1.id, fileName: '公示照片.jpg', mime: 'image/jpeg', base64: Buffer.from('jpegdata').toString('base64') });
    t.ok('supervision.item.feedback', { itemId: two.id, version: two.version, date: '2026-04-28', measures: '已约谈施工单位，正在整改。', progress: '整改中', completionDate: '2026-06-30', evidence: '' });

    const before = t.ok('supervision.ledger', { year: 2026, today: '2026-05-07' }).rows.find((r) => r.id === letter.id)!;
    expect(before.counts).toMatchObject({ total: 3, done: 1, inProgress: 1, awaiting: 1, overdue: 0 });
    const after = t.ok('supervision.ledger', { year: 2026, today: '2026-05-08' }).rows.find((r) => r.id === letter.id)!;
    expect(after.counts).toMatchObject({ total: 3, done: 1, inProgress: 1, awaiting: 0, overdue: 1 });
    expect(after.items.map((i) => i.state)).toEqual(['已完成', '整改中', '逾期']);
    expect(after.items[2].overdueDays).toBe(1);
    const late = t.ok('supervision.ledger', { year: 2026, today: '2026-07-02' }).rows.find((r) => r.id === letter.id)!;
    expect(late.items.map((i) => i.state)).toEqual(['已完成', '逾期', '逾期']);
    expect(t.ok('supervision.ledger', { year: 2026, today: '2026-05-08', overdueOnly: true }).rows.map((r) => r.id)).toContain(letter.id);

    const detail = t.ok('supervision.letter.get', { id: letter.id, today: '2026-05-08' });
    expect(detail.feedback.map((f) => [f.itemId, f.progress, f.attachments.map((a) => a.fileName)])).toEqual([
      [one.id, '已完成', ['公示照片.jpg']],
      [two.id, '整改中', []],
    ]);
    letter = detail;
  });

  it('refuses 评估 before a report, and a report dated before 送达', () => {
    const three = letter.items[2];
    expect(t.fail('supervision.item.evaluate', { itemId: three.id, version: three.version, date: '2026-05-10', result: '满意', evaluator: '张明华' })).toMatchObject({
      code: 'TRANSITION',
      message: '该条当前状态为“待反馈”，不能执行“评估”。',
    });
    expect(
      t.fail('supervision.item.feedback', { itemId: three.id, version: three.version, date: '2026-03-19', measures: '措施', progress: '已完成', completionDate: '2026-03-19' }).message,
    ).toBe('反馈日期不能早于送达日期（2026年3月20日）。');
    expect(t.fail('supervision.item.feedback', { itemId: three.id, version: three.version + 5, date: '2026-05-10', measures: '措施', progress: '整改中' }).code).toBe('CONFLICT');
  });

  it('回头看 with a finding on item 3 only', () => {
    const three = letter.items[2];
    const review = t.ok('supervision.review.save', {
      id: letter.id,
      version: letter.version,
      date: '2026-05-20',
      form: '再调研',
      participants: '张明华、李秀英',
      summary: '小组回访三个小区，物业管理问题尚未落实。',
      findings: [{ itemId: three.id, result: '未落实', note: '尚无物业服务' }],
    });
    expect(review.findings).toEqual([{ itemId: three.id, seq: 3, result: '未落实', note: '尚无物业服务' }]);
    letter = t.ok('supervision.letter.get', { id: letter.id, today: '2026-05-20' });
    expect(letter.items[2]).toMatchObject({ reviewResult: '未落实', reviewDate: '2026-05-20', status: '待反馈', state: '逾期' });
    expect(letter).toMatchObject({ reviewCount: 1, lastReviewDate: '2026-05-20', status: '整改中' });
  });

  it('评估: 不满意 sends item 2 to 重新整改 with a new working-day deadline; 结项 waits for every item', () => {
    const [one, two] = letter.items;
    t.ok('supervision.item.evaluate', { itemId: one.id, version: one.version, date: '2026-05-21', result: '满意', evaluator: '张明华', comment: '' });
    const redo = t.ok('supervision.item.evaluate', { itemId: two.id, version: two.version, date: '2026-06-10', result: '不满意', evaluator: '张明华', comment: '围挡仍不规范' });
    expect(redo).toMatchObject({ status: '重新整改', round: 2, feedbackDue: '2026-07-09', evaluation: '不满意' });
    letter = t.ok('supervision.letter.get', { id: letter.id, today: '2026-06-10' });
    expect(letter.actions.find((a) => a.action === '结项')).toMatchObject({ allowed: false, reason: '第2、3条尚未完成整改评估，不能结项。' });
    expect(t.fail('supervision.letter.close', { id: letter.id, version: letter.version, date: '2026-06-10' }).message).toBe('第2、3条尚未完成整改评估，不能结项。');

    const two2 = letter.items[1];
    t.ok('supervision.item.feedback', { itemId: two2.id, version: two2.version, date: '2026-07-01', measures: '围挡全部更换。', progress: '已完成', completionDate: '2026-06-30' });
    const three = letter.items[2];
    t.ok('supervision.item.feedback', { itemId: three.id, version: three.version, date: '2026-07-02', measures: '已引入物业服务企业。', progress: '整改中', completionDate: '2026-12-31' });
    letter = t.ok('supervision.letter.get', { id: letter.id, today: '2026-07-03' });
    expect(letter.stage).toBe('待评估');
    for (const item of letter.items.slice(1)) t.ok('supervision.item.evaluate', { itemId: item.id, version: item.version, date: '2026-07-06', result: '基本满意', evaluator: '张明华' });
    letter = t.ok('supervision.letter.get', { id: letter.id, today: '2026-07-06' });
    expect(letter.stage).toBe('待结项');
    expect(letter.counts).toMatchObject({ evaluated: 3, satisfied: 1, basicallySatisfied: 2, unsatisfied: 0, done: 2, inProgress: 1, overdue: 0 });
    letter = t.ok('supervision.letter.close', { id: letter.id, version: letter.version, date: '2026-07-10', comment: '整改基本到位' });
    expect(letter).toMatchObject({ status: '已结项', stage: '已结项', closedDate: '2026-07-10' });
    expect(letter.items.every((i) => i.actions.length === 0)).toBe(true);
    const one2 = letter.items[0];
    expect(t.fail('supervision.item.feedback', { itemId: one2.id, version: one2.version, date: '2026-08-01', measures: 'x', progress: '整改中' }).message).toBe(
      '建议书状态为“已结项”，只有送达后、结项前才能登记整改反馈、评估和回头看。',
    );
  });

  it('every step is in the audit log and in the letter timeline', () => {
    const summaries = (t.app.sqlite.prepare("select summary from audit_log where entity in ('建议书', '建议书条目', '整改反馈', '回头看') order by id").all() as { summary: string }[]).map((r) => r.summary);
    for (const step of ['建议书提交审核', '建议书审核通过', '建议书签发', '建议书送达', '建议书回头看', '建议书结项', '整改反馈：', '评估：', '回头看：', '新增整改反馈', '新增回头看']) {
      expect(summaries.some((s) => s.includes(step)), step).toBe(true);
    }
    const detail = t.ok('supervision.letter.get', { id: letter.id });
    expect(detail.events.filter((e) => e.itemSeq === 2).map((e) => `${e.action}:${e.toStatus}`)).toEqual(['整改反馈:已反馈', '评估:重新整改', '整改反馈:已反馈', '评估:已评估']);
    expect(detail.events.every((e) => e.actor === t.actor)).toBe(true);
  });
});

describe('催办 of overdue items', () => {
  it('records 电话/函件/现场 催办 of overdue items only; a 函件 takes the next number of the 监 series, shared with the letters', () => {
    const { topic, group } = topicGroupActivity(2026, ids.unitEdu);
    let letter = signed(draftLetter(topic.id, group.id, ids.unitEdu, '关于校园周边交通安全的民主监督建议书'), '2026-03-18');
    letter = t.ok('supervision.letter.serve', { id: letter.id, version: letter.version, date: '2026-03-20', receiver: '赵老师' });
    const [one, two, three] = letter.items;
    t.ok('supervision.item.feedback', { itemId: one.id, version: one.version, date: '2026-04-20', measures: '已增设护学岗。', progress: '整改中', completionDate: '2026-06-30' });

    // nothing overdue on the last day: the button says why, the step is refused
    letter = t.ok('supervision.letter.get', { id: letter.id, today: '2026-05-07' });
    expect(letter.actions.find((a) => a.action === '催办')).toMatchObject({ allowed: false, reason: '没有逾期的条目，无需催办。' });
    const remind = (over: Record<string, unknown>) => ({ id: letter.id, version: letter.version, date: '2026-05-12', way: '函件' as '函件' | '电话', person: '王秘书', note: '', replyBy: '2026-05-26', itemIds: [two.id, three.id], numbered: true, ...over });
    expect(t.fail('supervision.letter.remind', remind({ date: '2026-05-07' }))).toMatchObject({ code: 'TRANSITION', message: '没有逾期的条目，无需催办。' });
    expect(t.fail('supervision.letter.remind', remind({ itemIds: [one.id, two.id] }))).toMatchObject({ code: 'TRANSITION', message: '第1条在2026年5月12日尚未逾期，不能催办。' });
    expect(t.fail('supervision.letter.remind', remind({ way: '电话' })).message).toBe('只有函件催办才编发文字号。');
    expect(t.fail('supervision.letter.remind', remind({ replyBy: '2026-05-12' })).message).toBe('要求反馈日期应晚于催办日期。');
    expect(t.fail('supervision.letter.remind', remind({ version: letter.version - 1 })).code).toBe('CONFLICT');
    expect(t.fail('supervision.letter.remind', remind({ itemIds: [] })).message).toContain('请选择要催办的逾期条目');
    expect(t.app.sqlite.prepare('select count(*) n from supervision_reminders where letter_id = ?').get(letter.id)).toEqual({ n: 0 });

    const last = (t.app.sqlite.prepare('select max(serial) s from supervision_letters where doc_year = 2026').get() as { s: number }).s;
    letter = t.ok('supervision.letter.remind', remind({ note: '请主要负责同志亲自过问' }));
    expect(letter.reminders).toHaveLength(1);
    const r = letter.reminders[0];
    expect(r).toMatchObject({ way: '函件', person: '王秘书', date: '2026-05-12', replyBy: '2026-05-26', docYear: 2026, serial: last + 1, docNumber: `永政协监〔2026〕${last + 1}号` });
    // 5/8 Fri, 5/9 Sat (劳动节调休上班), 5/11 Mon, 5/12 Tue: 4 working days past 5/7
    expect(r.items.map((i) => [i.seq, i.dueDate, i.overdueKind, i.overdueWorkdays])).toEqual([
      [2, '2026-05-07', '逾期未反馈', 4],
      [3, '2026-05-07', '逾期未反馈', 4],
    ]);
    expect(letter.items.map((i) => i.reminderCount)).toEqual([0, 1, 1]);
    expect(letter.items[1].lastReminderDate).toBe('2026-05-12');
    expect(letter.events.filter((e) => e.action === '催办').map((e) => e.itemSeq)).toEqual([null, 2, 3]);
    expect(letter.events.find((e) => e.action === '催办' && !e.itemSeq)!.comment).toBe(`函件催办第2、3条（永政协监〔2026〕${last + 1}号），催办人王秘书，要求2026-05-26前反馈；请主要负责同志亲自过问`);

    // later: 电话 催办 without a number; the promised 完成时间 of item 1 has passed by then
    letter = t.ok('supervision.letter.remind', remind({ version: letter.version, date: '2026-07-06', way: '电话', numbered: false, replyBy: '2026-07-10', itemIds: [one.id, three.id] }));
    const phone = letter.reminders[1];
    expect(phone).toMatchObject({ way: '电话', docNumber: null, serial: null });
    expect(phone.items.map((i) => [i.seq, i.dueDate, i.overdueKind])).toEqual([
      [1, '2026-06-30', '逾期未完成'],
      [3, '2026-05-07', '逾期未反馈'],
    ]);
    // 5/8–7/6: 42 weekdays, + 5/9 (调休上班), − 6/19 (端午) = 42 working days (60 calendar days)
    expect(phone.items[1].overdueWorkdays).toBe(42);

    // the series is shared: the next letter of 2026 comes after the 催办函, and the database refuses a letter holding its number
    const next = signed(draftLetter(topic.id, group.id, ids.unitEdu, '关于课后服务的民主监督建议书'), '2026-07-07');
    expect(next.docNumber).toBe(`永政协监〔2026〕${last + 2}号`);
    expect(() => t.app.sqlite.prepare('update supervision_letters set serial = ? where id = ?').run(last + 1, next.id)).toThrow(/UNIQUE/);

    const row = t.ok('supervision.ledger', { year: 2026, today: '2026-07-06' }).rows.find((x) => x.id === letter.id)!;
    expect(row).toMatchObject({ reminderCount: 2, lastReminderDate: '2026-07-06' });
    const summaries = (t.app.sqlite.prepare("select summary from audit_log where entity in ('建议书', '催办') and summary like '%催办%' order by id").all() as { summary: string }[]).map((x) => x.summary);
    expect(summaries.filter((x) => x.startsWith('建议书催办'))).toHaveLength(2);
    expect(summaries.filter((x) => x.startsWith('新增催办'))).toHaveLength(2);
  });
});

describe('the ledger', () => {
  it('lists every letter of a year in number order with filters and totals', () => {
    const { topic, group } = topicGroupActivity(2033, ids.unitEdu);
    const a = signed(draftLetter(topic.id, group.id, ids.unitEdu, '关于校园周边交通安全的民主监督建议书'), '2033-04-01');
    const b = draftLetter(topic.id, group.id, ids.unitEdu, '关于课后服务的民主监督建议书');
    t.ok('supervision.letter.serve', { id: a.id, version: a.version, date: '2033-04-02', receiver: '赵老师' });
    const all = t.ok('supervision.ledger', { year: 2033, today: '2033-04-10' });
    expect(all.rows.map((r) => [r.docNumber, r.stage])).toEqual([
      ['永政协监〔2033〕1号', '整改中'],
      [null, '起草'],
    ]);
    expect(all.totals).toMatchObject({ letters: 2, total: 6, awaiting: 3, byStage: { 整改中: 1, 起草: 1 } });
    expect(t.ok('supervision.ledger', { year: 2033, stage: '起草' }).rows.map((r) => r.id)).toEqual([b.id]);
    expect(t.ok('supervision.ledger', { year: 2033, search: '课后' }).rows.map((r) => r.id)).toEqual([b.id]);
    expect(t.ok('supervision.ledger', { year: 2033, search: '〔2033〕1号' }).rows.map((r) => r.id)).toEqual([a.id]);
    expect(t.ok('supervision.ledger', { year: 2033, unitId: ids.unitHousing }).total).toBe(0);
    expect(t.ok('supervision.ledger', { year: 2033, page: 2, pageSize: 1 }).rows.map((r) => r.id)).toEqual([b.id]);
    expect(t.ok('supervision.years', {})).toEqual(expect.arrayContaining([2033, 2026]));
    t.ok('supervision.letter.void', { id: b.id, version: b.version, reason: '并入另一份' });
    expect(t.ok('supervision.ledger', { year: 2033 }).total).toBe(1);
    expect(t.ok('supervision.ledger', { year: 2033, includeVoided: true }).rows.find((r) => r.id === b.id)).toMatchObject({ status: '已作废', voidReason: '并入另一份' });
    expect(t.fail('supervision.topic.void', { id: topic.id, version: topic.version, reason: '取消' })).toMatchObject({ code: 'TRANSITION', message: '该议题下还有1份建议书，不能作废议题。' });
  });

  it('a letter belongs to the ledger of its 发文字号 year (a topic of one year signed in January of the next is in the next ledger); drafts stay in their topic year', () => {
    const { topic, group } = topicGroupActivity(2034, ids.unitEdu);
    const late = signed(draftLetter(topic.id, group.id, ids.unitEdu, '关于2034年议题跨年签发的民主监督建议书'), '2035-01-08');
    const draft = draftLetter(topic.id, group.id, ids.unitEdu, '关于2034年议题尚未签发的民主监督建议书');
    expect(late.docNumber).toBe('永政协监〔2035〕1号');
    expect(late.year).toBe(2034); // the topic's year is kept on the record
    expect(t.ok('supervision.ledger', { year: 2035 }).rows.map((r) => r.id)).toEqual([late.id]);
    expect(t.ok('supervision.ledger', { year: 2034 }).rows.map((r) => r.id)).toEqual([draft.id]);
    expect(t.ok('supervision.ledger', { year: 2035, search: '〔2035〕1号' }).totals.letters).toBe(1);
    expect(t.ok('supervision.years', {})).toEqual(expect.arrayContaining([2035, 2034]));
  });

  it('the deadline is configurable and uses the holiday table the office edits', () => {
    t.ok('supervision.rules.save', { feedbackWorkdays: 10, redoWorkdays: 5, maxRounds: 2 });
    expect(t.ok('supervision.rules.get', {})).toEqual({ feedbackWorkdays: 10, redoWorkdays: 5, maxRounds: 2 });
    const { topic, group } = topicGroupActivity(2026);
    const l = signed(draftLetter(topic.id, group.id), '2026-09-14');
    const served = t.ok('supervision.letter.serve', { id: l.id, version: l.version, date: '2026-09-15', receiver: '李明' });
    // 9/16–9/18 (3), 9/20 调休上班 (4), 9/21–9/24 (8), 9/25 中秋 skipped, 9/28 (9), 9/29 (10)
    expect(served.feedbackDue).toBe('2026-09-29');
    t.ok('supervision.rules.save', { feedbackWorkdays: 30, redoWorkdays: 20, maxRounds: 2 });
    expect(t.fail('supervision.rules.save', { feedbackWorkdays: 0, redoWorkdays: 20, maxRounds: 2 }).message).toMatch(chinese);
  });
});

describe('发文登记', () => {
  it('lists every number the 监 series gave (建议书 and 催办函), newest first, with no 断号 or 重号; a number taken outside the app shows as 断号', () => {
    const numbers = (table: string) => (t.app.sqlite.prepare(`select doc_number d from ${table} where serial is not null`).all() as { d: string }[]).map((r) => r.d);
    const given = [...numbers('supervision_letters'), ...numbers('supervision_reminders')];
    expect(given.length).toBeGreaterThan(2);
    const register = t.ok('docRegister.list', { series: 'supervision' });
    expect(register.rows.map((r) => r.docNumber).sort()).toEqual(given.sort());
    expect(new Set(register.rows.map((r) => r.module))).toEqual(new Set(['民主监督建议书', '民主监督催办函']));
    expect(register.rows.find((r) => r.module === '民主监督催办函')).toMatchObject({ title: '关于督促落实民主监督建议书整改事项的函', seriesLabel: '民主监督（建议书）' });
    const order = register.rows.map((r) => [r.docYear, r.serial]);
    expect(order).toEqual([...order].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
    expect(register).toMatchObject({ gaps: [], duplicates: [] });
    expect(t.ok('docRegister.list', { series: 'office' }).rows).toEqual([]);

    // A paper document took two numbers of 2026 in the old way: the register shows the 断号.
    const top = (t.app.sqlite.prepare('select max(serial) s from (select serial from supervision_letters where doc_year = 2026 union all select serial from supervision_reminders where doc_year = 2026)').get() as { s: number }).s;
    const moved = t.app.sqlite.prepare('select id, serial from supervision_letters where doc_year = 2026 and serial is not null order by serial limit 1').get() as { id: number; serial: number };
    t.app.sqlite.prepare('update supervision_letters set serial = ?, doc_number = ? where id = ?').run(top + 2, `永政协监〔2026〕${top + 2}号`, moved.id);
    const gapped = t.ok('docRegister.list', { year: 2026 });
    expect(gapped.gaps).toEqual([{ series: 'supervision', year: 2026, missing: [moved.serial, top + 1], note: `民主监督（建议书）2026年缺${moved.serial}号、${top + 1}号` }]);
    expect(gapped.rows.every((r) => r.docYear === 2026)).toBe(true);

    // 手工登记 fills the gaps with the paper documents that took those numbers; the register is whole again.
    const paper = t.ok('docRegister.add', { series: 'supervision', date: '2026-04-02', title: '关于开展民主监督工作的通知', serial: moved.serial, issuer: '王主席' });
    expect(paper).toMatchObject({ docNumber: `永政协监〔2026〕${moved.serial}号`, module: '手工登记', voided: false, entryVersion: 1, sourceTable: 'doc_register_entries' });
    const held = t.fail('docRegister.add', { series: 'supervision', date: '2026-04-03', title: '另一份文件', serial: top + 2 });
    expect(held).toMatchObject({ code: 'DUPLICATE', message: `民主监督（建议书）2026年第${top + 2}号已被《${gapped.rows.find((r) => r.serial === top + 2)!.title}》（民主监督建议书）使用。下一个可用文号是永政协监〔2026〕${top + 3}号。` });
    t.ok('docRegister.add', { series: 'supervision', date: '2026-04-03', title: '关于召开监督小组会议的通知', serial: top + 1 });
    expect(t.ok('docRegister.list', { year: 2026 }).gaps).toEqual([]);
    // Without a serial: the next number after every one used (gaps are never filled by themselves).
    const auto = t.ok('docRegister.add', { series: 'supervision', date: '2026-04-03', title: '关于调整监督小组成员的通知' });
    expect(auto.docNumber).toBe(`永政协监〔2026〕${top + 3}号`);
    // A voided entry keeps its number; the next 建议书 signed takes the number after every used one.
    const voided = t.ok('docRegister.void', { id: auto.sourceId, version: auto.entryVersion!, reason: '登记错误' });
    expect(voided).toMatchObject({ voided: true, docNumber: auto.docNumber });
    expect(t.ok('docRegister.next', { series: 'supervision', date: '2026-06-01' }).docNumber).toBe(`永政协监〔2026〕${top + 4}号`);
    const { topic, group } = topicGroupActivity(2026);
    expect(signed(draftLetter(topic.id, group.id), '2026-06-01').docNumber).toBe(`永政协监〔2026〕${top + 4}号`);
    expect(t.fail('docRegister.add', { series: 'supervision', date: '2026-06-02', title: '' }).message).toContain('文件标题');
  });
});
