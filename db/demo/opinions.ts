import { addDays } from '../../shared/domain/workdays';

/**
 * One year of 社情民意 work, shaped like seed 000's office: 17 重点选题, 161 reports received,
 * 15 sent up, 14 of them receiving 批示 (one of the 14 twice, so 15 批示 in all). Everything goes
 * through the services (the same rules as the UI), with dates spread over the year.
 *
 * The plan (exact, the integration test relies on it):
 * - 161 reports: 委员个人 110, 委员联名 20, 界别 12, 党派团体 14, 机关工作人员 5; 105 tagged with a topic.
 * - 审查: 72 采用, 48 不采用, 22 留存, 19 still waiting (已报送).
 * - The 72 adopted are edited; 66 printed in 26 issues (第1–26期), 4 in a 27th issue still 编辑中,
 *   2 edited but not yet in an issue.
 * - 15 printed reports sent up: 市 only 10, 市 and 省 4, 省 and 全国 1 (市 14, 省 5, 全国 1).
 *   Upper adoptions: 市 8, 省 3, 全国 1.
 * - 批示 on 14 of the 15: 县 6, 市 6, 省 2, plus a second (县) 批示 on the first.
 * - 10 printed reports 转办 to units, 7 with 反馈.
 */
export const opinionYearPlan = {
  topics: 17,
  received: 161,
  byKind: { 委员个人: 110, 委员联名: 20, 界别: 12, 党派团体: 14, 机关工作人员: 5 },
  tagged: 105,
  adopted: 72,
  rejected: 48,
  kept: 22,
  pending: 19,
  printed: 66,
  printedIssues: 26,
  draftIssueReports: 4,
  sentUp: 15,
  sentUpByLevel: { 市: 14, 省: 5, 全国: 1 },
  upperAdoptions: { 市: 8, 省: 3, 全国: 1 },
  instructed: 14,
  instructionsByLevel: { 县: 7, 市: 6, 省: 2, 全国: 0 },
  transferred: 10,
  feedback: 7,
} as const;

export const topicTitles = [
  '城区停车位收费计价',
  '农村消防安全风险防范',
  '减轻企业数据填报负担',
  '优化营商环境',
  '乡村振兴与共同富裕',
  '居家养老服务体系建设',
  '义务教育优质均衡发展',
  '基层医疗卫生服务能力',
  '生态环境保护与治理',
  '历史文化遗产保护利用',
  '文旅融合发展',
  '数字化改革应用',
  '未成年人保护',
  '食品安全监管',
  '城乡公交一体化',
  '农村生活污水治理',
  '新就业形态劳动者权益保障',
];

const subjects = [
  ['城区停车位收费计价', '城区部分路段停车收费标准不一、计时方式不合理，群众反映较多'],
  ['农村消防安全', '农村老旧木结构房屋集中，消防通道狭窄，消防设施配备不足'],
  ['企业数据填报', '企业每月需向多个部门重复填报相同数据，报表多、口径乱、负担重'],
  ['营商环境', '部分审批事项仍需多头跑、重复交材料，“一件事”集成办理覆盖面不够'],
  ['村集体经济', '部分山区村集体经济薄弱，缺乏稳定增收项目，发展后劲不足'],
  ['居家养老', '居家养老服务中心利用率不高，助餐、助浴等服务供给与需求不匹配'],
  ['校园周边交通', '上下学高峰时段校园周边道路拥堵，接送车辆乱停乱放，安全隐患突出'],
  ['基层医疗', '乡镇卫生院专业技术人员流失，常见病、慢性病诊疗能力有待提升'],
  ['河道保洁', '部分支流河道垃圾漂浮物清理不及时，长效保洁机制尚未建立'],
  ['古村落保护', '部分历史建筑年久失修，保护资金不足，活化利用路径不清'],
  ['乡村旅游', '乡村旅游项目同质化明显，配套设施和服务水平有待提高'],
  ['数字化应用', '部分数字化应用场景使用率低，基层干部“重建设、轻运营”'],
  ['未成年人网络保护', '未成年人沉迷网络游戏、短视频现象较为普遍，家校社协同不足'],
  ['农贸市场食品安全', '农贸市场快检覆盖面不够，流动摊贩食品安全监管存在盲区'],
  ['城乡公交', '部分偏远村公交班次少、首末班时间不合理，群众出行不便'],
  ['农村污水', '部分农村生活污水处理终端运行不正常，运维责任落实不到位'],
  ['外卖骑手权益', '外卖骑手、网约车司机等新就业形态劳动者参保率低、职业伤害保障不足'],
  ['老旧小区加装电梯', '老旧小区加装电梯意见难统一、审批流程长、资金分摊难'],
  ['预付卡消费', '健身、美容、教培等行业预付卡“跑路”事件时有发生，消费者维权难'],
  ['背街小巷改造', '部分背街小巷路面破损、雨污混流、照明不足，群众出行不便'],
];

const suggestions = [
  '建议由县级主管部门牵头，尽快开展专项摸底调查，建立问题清单和整改台账，明确责任单位和完成时限。',
  '建议统筹整合各方资金，加大财政投入，探索引入社会资本参与，形成多元投入机制。',
  '建议完善相关制度规定，细化标准，加强部门协同，推动形成工作合力。',
  '建议充分运用数字化手段，打通部门数据壁垒，实现信息共享、一次采集、多方使用。',
  '建议加强宣传引导，畅通群众反映渠道，及时回应社会关切，提高群众满意度。',
  '建议建立长效管理机制，将相关工作纳入年度考核，定期通报进展情况，确保落到实处。',
];

function paragraphs(subject: string, problem: string, rand: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const n = 2 + Math.floor(rand() * 3);
  const picked = new Set<string>();
  while (picked.size < n) picked.add(pick(suggestions));
  return [
    `近期，笔者围绕${subject}问题开展调研，走访了部分乡镇（街道）、村（社区）和相关部门，听取了群众意见。调研发现，${problem}。`,
    `一、存在的问题。一是底数不清，相关情况缺乏系统统计；二是责任不明，部门之间存在推诿现象；三是投入不足，长效机制尚未建立。群众对此反映强烈，希望有关部门高度重视。`,
    `二、几点建议。${[...picked].map((s, i) => `${['一', '二', '三', '四'][i]}是${s.replace(/^建议/, '')}`).join('')}`,
  ].join('\n');
}

type Call = <T = { id: number; version: number }>(method: string, input: unknown) => T;

export interface OpinionYearInput {
  year: number;
  /** Members to draw authors from (ids). */
  memberIds: number[];
  sectorIds: number[];
  partyIds: number[];
  unitIds: number[];
  rand: () => number;
  staffNames?: string[];
}

export function generateOpinionYear(call: Call, input: OpinionYearInput) {
  const { year, rand } = input;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const day = (dayOfYear: number) => addDays(`${year}-01-01`, Math.max(0, Math.min(318, Math.round(dayOfYear))));
  const plan = opinionYearPlan;
  const staff = input.staffNames ?? ['王晓燕', '陈立新', '周敏'];

  const topics = topicTitles.map((title, i) => call('opinionTopic.save', { year, title, description: `${year}年度社情民意重点选题之一`, sort: i + 1 }));

  // 161 reports, received through the year in order.
  const kinds = Object.entries(plan.byKind).flatMap(([kind, n]) => Array.from({ length: n }, () => kind));
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
  }
  type Report = { id: number; version: number; submitted: string; title: string; content: string };
  const reports: Report[] = kinds.map((kind, i) => {
    const [subject, problem] = subjects[i % subjects.length];
    const tagged = i < plan.tagged;
    const topic = tagged ? topics[i % topics.length] : null;
    const authors: Record<string, unknown> = { authorKind: kind };
    if (kind === '委员个人') authors.memberIds = [pick(input.memberIds)];
    if (kind === '委员联名') {
      const set = new Set<number>();
      const size = 2 + Math.floor(rand() * 2);
      while (set.size < size) set.add(pick(input.memberIds));
      authors.memberIds = [...set];
    }
    if (kind === '界别') authors.sectorId = pick(input.sectorIds);
    if (kind === '党派团体') authors.partyId = pick(input.partyIds);
    if (kind === '机关工作人员') authors.staffName = pick(staff);
    // A subject comes back every 20 reports; each return words its title differently (5 × 4 forms).
    const round = Math.floor(i / subjects.length);
    const title = `关于${['加强', '改进', '破解', '完善', '推进'][round % 5]}${subject}${['工作', '问题', '管理', '机制'][round % 4]}的建议`;
    const content = paragraphs(subject, problem, rand);
    const saved = call('opinion.save', { ...authors, title, topicId: topic?.id ?? null, content, attachments: i % 9 === 0 ? ['调研照片.jpg'] : [] });
    const submitted = day(4 + (i * 300) / kinds.length);
    const after = call('opinion.transition', { id: saved.id, version: saved.version, action: '报送', date: submitted });
    return { id: saved.id, version: after.version, submitted, title, content };
  });

  // 审查: the last 19 still wait; the others are decided a few days after receipt.
  const decided = reports.slice(0, reports.length - plan.pending);
  const decisions: string[] = [...Array(plan.adopted).fill('采用'), ...Array(plan.rejected).fill('不采用'), ...Array(plan.kept).fill('留存')];
  for (let i = decisions.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [decisions[i], decisions[j]] = [decisions[j], decisions[i]];
  }
  const adopted: Report[] = [];
  decided.forEach((r, i) => {
    const action = decisions[i];
    const date = addDays(r.submitted, 3 + Math.floor(rand() * 5));
    const reason = action === '不采用' ? pick(['内容与已编发信息重复', '反映的问题已在解决中', '建议不够具体，缺乏可操作性', '属于个人诉求']) : '';
    const after = call('opinion.transition', { id: r.id, version: r.version, action, reason, date });
    r.version = after.version;
    if (action === '采用') adopted.push({ ...r, submitted: date });
  });

  // 编辑: every adopted report gets an edited text (shorter, tidier title).
  for (const r of adopted) {
    const edited = r.content.replace('笔者', '委员').replace('群众对此反映强烈，希望有关部门高度重视。', '群众对此反映强烈。');
    const after = call('opinion.edit', { id: r.id, version: r.version, editedTitle: r.title.replace('的建议', '的意见建议'), editedText: edited, editor: '王晓燕', date: addDays(r.submitted, 2) });
    r.version = after.version;
  }

  // 组期: 66 reports in 26 printed issues (14 issues of 3, 12 of 2), then 4 in a draft issue.
  const sizes = [...Array(14).fill(3), ...Array(12).fill(2)];
  let cursor = 0;
  const printed: Report[] = [];
  sizes.forEach((size, k) => {
    const batch = adopted.slice(cursor, cursor + size);
    cursor += size;
    const latest = batch.map((b) => b.submitted).sort().pop()!;
    const issueDate = addDays(latest, 3);
    const issue = call('opinionIssue.save', { year, issueDate, mainTo: ['县委', '县人大常委会', '县政府'], ccTo: ['市政协办公室'], editorName: '王晓燕', reportIds: batch.map((b) => b.id) });
    let v = call('opinionIssue.transition', { id: issue.id, version: issue.version, action: '审核', person: '李卫东', date: issueDate }).version;
    v = call('opinionIssue.transition', { id: issue.id, version: v, action: '签发', person: '陈建国', date: addDays(issueDate, 1) }).version;
    call('opinionIssue.transition', { id: issue.id, version: v, action: '印发', date: addDays(issueDate, 2) });
    // 审核, 签发 and 印发 each moved every report of the issue one version on.
    for (const b of batch) {
      b.submitted = addDays(issueDate, 2);
      b.version += 3;
      printed.push(b);
    }
    void k;
  });
  const draft = adopted.slice(cursor, cursor + plan.draftIssueReports);
  call('opinionIssue.save', { year, issueDate: day(318), mainTo: ['县委', '县人大常委会', '县政府'], ccTo: ['市政协办公室'], editorName: '王晓燕', reportIds: draft.map((b) => b.id) });


  // 报送上级: 15 printed reports, spread over the year.
  const step = Math.floor(printed.length / plan.sentUp);
  const sent = Array.from({ length: plan.sentUp }, (_, k) => printed[k * step]);
  const levelsFor = (k: number): ('市' | '省' | '全国')[] => (k < 10 ? ['市'] : k < 14 ? ['市', '省'] : ['省', '全国']);
  sent.forEach((r, k) => {
    levelsFor(k).forEach((level, n) => {
      r.version = call('opinion.sendUp', { id: r.id, version: r.version, level, date: addDays(r.submitted, 1 + n), target: '', note: '' }).version;
    });
  });
  // Upper adoptions: 市 8 (of the 14 sent to 市), 省 3, 全国 1.
  sent.slice(0, 8).forEach((r) => call('opinion.recordAdoption', { reportId: r.id, level: '市', date: addDays(r.submitted, 10), channel: '市政协《社情民意》', note: '' }));
  sent.slice(10, 12).forEach((r) => call('opinion.recordAdoption', { reportId: r.id, level: '省', date: addDays(r.submitted, 15), channel: '省政协《社情民意专报》', note: '' }));
  call('opinion.recordAdoption', { reportId: sent[14].id, level: '省', date: addDays(sent[14].submitted, 15), channel: '省政协《社情民意专报》', note: '' });
  call('opinion.recordAdoption', { reportId: sent[14].id, level: '全国', date: addDays(sent[14].submitted, 30), channel: '全国政协《社情民意信息》', note: '' });

  // 批示 on 14 of the 15 sent up: 县 6, 市 6, 省 2; the first gets a second 县 批示.
  const instructionLevels: ('县' | '市' | '省')[] = [...Array(6).fill('县'), ...Array(6).fill('市'), '省', '省'];
  const leaders = { 县: ['县委书记', '张建华'], 市: ['市委副书记', '刘志强'], 省: ['副省长', '孙立平'] } as const;
  sent.slice(0, 14).forEach((r, k) => {
    const level = instructionLevels[k];
    const [title, name] = leaders[level];
    call('opinion.recordInstruction', { reportId: r.id, leader: name, leaderTitle: title, level, date: addDays(r.submitted, 7), text: '请有关部门认真研究，提出具体落实意见。' });
  });
  call('opinion.recordInstruction', { reportId: sent[0].id, leader: '周德明', leaderTitle: '县长', level: '县', date: addDays(sent[0].submitted, 9), text: '请县交通运输局牵头落实。' });

  // 转办 10 printed reports (not among the sent ones), 7 answered.
  const notSent = printed.filter((r) => !sent.includes(r));
  notSent.slice(0, plan.transferred).forEach((r, k) => {
    const detail = call<{ version: number }>('opinion.transfer', { id: r.id, version: r.version, unitId: pick(input.unitIds), date: addDays(r.submitted, 2), requirement: '请于一个月内反馈办理情况。' });
    if (k < plan.feedback) {
      const full = call<{ transfers: { id: number }[] }>('opinion.get', { id: r.id });
      call('opinion.feedback', { id: r.id, version: detail.version, transferId: full.transfers[0].id, date: addDays(r.submitted, 25), source: '承办单位', content: '已组织专题研究，相关建议已纳入下一步工作计划。' });
    }
  });

  return { topics: topics.length, reports: reports.map((r) => r.id), sent: sent.map((r) => r.id), printed: printed.map((r) => r.id), adopted: adopted.map((r) => r.id) };
}
