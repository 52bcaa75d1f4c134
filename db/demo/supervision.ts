/**
 * 民主监督 in the demo county (seed 001: 派驻监督小组, 《民主监督建议书》, 回头看): two years of topics,
 * groups of members stationed at departments, their activities, and letters in every stage, all
 * through the services so every rule (numbering, deadlines, the machines) applies.
 *
 * | year | topic                          | unit                     | letter                                |
 * |------|--------------------------------|--------------------------|---------------------------------------|
 * | 2025 | 县域医共体建设                  | 县卫生健康局              | 〔2025〕1号, 已结项                     |
 * | 2025 | 农村饮用水安全                  | 县水利局                  | 〔2025〕2号, 已结项                     |
 * | 2026 | 城区老旧小区改造工作            | 县住房和城乡建设局        | 〔2026〕1号, 已结项 (3条, 满意/基本满意) |
 * | 2026 | 农村生活污水治理设施运维        | 市生态环境局永安分局      | 〔2026〕2号, 整改中: 完成/整改中/逾期;  |
 * |      |                                |                          | 逾期的第3条电话催办, 再发催办函〔2026〕4号 |
 * | 2026 | 中小学校园周边交通安全          | 县教育局                  | 〔2026〕3号, 整改中: 一条不满意重新整改 |
 * | 2026 | 农贸市场改造提升                | 县市场监督管理局          | 待签发                                  |
 * | 2026 | 居家养老服务设施建设            | 县民政局                  | 起草                                    |
 */

type Call = <T = { id: number; version: number }>(method: string, input: unknown) => T;

interface DemoItem {
  title: string;
  problem: string;
  suggestion: string;
  /** What the unit reports (整改措施, 进度, dates) and how it is judged; absent = no report yet. */
  feedback?: { date: string; measures: string; progress: '整改中' | '已完成'; completion?: string; evidence?: string };
  evaluation?: { date: string; result: '满意' | '基本满意' | '不满意'; comment?: string };
  review?: { result: '已落实' | '基本落实' | '未落实'; note?: string };
}

interface DemoLetter {
  year: number;
  /** 催办 of overdue items (by 条 number), after all letters are signed so the 催办函 number follows theirs. */
  reminders?: { date: string; way: '电话' | '函件' | '现场'; person: string; replyBy: string; seqs: number[]; note?: string }[];
  topic: string;
  source: string;
  unit: string;
  description: string;
  activities: { date: string; form: '座谈' | '视察' | '暗访' | '调研'; place: string; others: string; findings: string }[];
  stage: '起草' | '待签发' | '已签发' | '整改中' | '已结项';
  approved?: string;
  issued?: string;
  served?: string;
  receiver?: string;
  reviewDate?: string;
  reviewSummary?: string;
  closed?: string;
  items: DemoItem[];
}

const letters: DemoLetter[] = [
  {
    year: 2025,
    topic: '县域医共体建设',
    source: '年度协商计划',
    unit: '县卫生健康局',
    description: '围绕县域医共体“人财物”统一管理和分级诊疗落实情况开展派驻监督。',
    activities: [{ date: '2025-04-16', form: '调研', place: '县人民医院医共体总院', others: '县卫生健康局分管副局长', findings: '医共体内部人员统筹使用不够，基层分院专业技术人员流失较多；双向转诊信息平台尚未与乡镇卫生院全部联通。' }],
    stage: '已结项',
    approved: '2025-05-20',
    issued: '2025-05-22',
    served: '2025-05-26',
    receiver: '陈卫东（局办公室）',
    reviewDate: '2025-10-15',
    reviewSummary: '监督小组回访三家基层分院，人员下沉和信息平台联通已基本到位。',
    closed: '2025-11-20',
    items: [
      {
        title: '基层分院人才留不住',
        problem: '基层分院专业技术人员流失较多，近三年共有二十余名医生调离，部分分院全科医生不足，群众在家门口看病的需求难以满足。',
        suggestion: '落实医共体内人员统一招聘、统一培训、统一调配，建立总院医生下沉基层分院的轮岗制度，并在职称评聘、绩效分配上向基层倾斜。',
        feedback: { date: '2025-07-01', measures: '出台医共体人员统筹使用办法，总院每年下派医生不少于三十人次，基层岗位绩效系数上浮百分之十。', progress: '已完成', completion: '2025-06-28', evidence: '统筹使用办法文件' },
        evaluation: { date: '2025-07-10', result: '满意' },
        review: { result: '已落实' },
      },
      {
        title: '双向转诊平台未全覆盖',
        problem: '双向转诊信息平台尚未与全部乡镇卫生院联通，转诊仍靠电话联系，患者信息不能共享。',
        suggestion: '加快信息平台建设，年内实现与全部乡镇卫生院联通，推行检查结果互认。',
        feedback: { date: '2025-07-01', measures: '已完成平台二期建设，十四家卫生院全部接入，检查结果互认项目扩大到三十二项。', progress: '已完成', completion: '2025-06-30' },
        evaluation: { date: '2025-07-10', result: '基本满意', comment: '互认项目仍需扩大' },
        review: { result: '基本落实' },
      },
    ],
  },
  {
    year: 2025,
    topic: '农村饮用水安全',
    source: '党委交办',
    unit: '县水利局',
    description: '对农村单村供水工程水质达标和长效管护情况开展民主监督。',
    activities: [{ date: '2025-06-11', form: '暗访', place: '古山镇、石柱镇部分行政村', others: '', findings: '部分单村供水工程消毒设备停用，管护人员报酬偏低，水质检测频次达不到要求。' }],
    stage: '已结项',
    approved: '2025-07-14',
    issued: '2025-07-16',
    served: '2025-07-18',
    receiver: '吴海峰（农水科）',
    reviewDate: '2025-11-05',
    reviewSummary: '回访六个行政村，消毒设备均正常运行，管护经费已列入预算。',
    closed: '2025-12-10',
    items: [
      {
        title: '单村供水消毒设备停用',
        problem: '暗访的十二个单村供水工程中有四个消毒设备停用或未按要求投加药剂，水质存在隐患。',
        suggestion: '开展农村供水工程消毒设备专项排查，落实专人管护，对停用设备限期修复。',
        feedback: { date: '2025-08-29', measures: '完成全县一百三十六处单村供水工程排查，修复更换消毒设备二十一台，建立月度巡查制度。', progress: '已完成', completion: '2025-08-25' },
        evaluation: { date: '2025-09-05', result: '满意' },
        review: { result: '已落实' },
      },
    ],
  },
  {
    year: 2026,
    topic: '城区老旧小区改造工作',
    source: '年度协商计划',
    unit: '县住房和城乡建设局',
    description: '围绕老旧小区改造中群众反映集中的征求意见、施工管理和长效管理问题开展派驻监督。',
    activities: [
      { date: '2026-02-26', form: '座谈', place: '城关镇南门社区', others: '社区干部、居民代表八人', findings: '居民反映改造前征求意见不充分，部分改造内容与需求不符；夜间施工扰民。' },
      { date: '2026-03-05', form: '视察', place: '东城街道三个在建改造小区', others: '县住房和城乡建设局分管副局长', findings: '施工围挡不规范，材料堆放占用消防通道；已完工小区缺乏物业服务。' },
    ],
    stage: '已结项',
    approved: '2026-03-16',
    issued: '2026-03-18',
    served: '2026-03-20',
    receiver: '李明（局办公室）',
    reviewDate: '2026-06-18',
    reviewSummary: '监督小组回访四个小区，改造方案公示、文明施工和物业管理整改措施已落实。',
    closed: '2026-07-10',
    items: [
      {
        title: '改造前征求居民意见不充分',
        problem: '部分小区改造前征求居民意见不够充分，改造内容与群众需求存在偏差，个别楼栋居民对外墙保温、管网改造的施工安排意见较大。',
        suggestion: '坚持“改不改、改什么、怎么改”由居民议定，改造方案公示时间不少于七日，对居民意见集中的事项逐项回应。',
        feedback: { date: '2026-04-20', measures: '制定老旧小区改造居民意见征询办法，在建项目方案全部公示七日以上，收集意见一百四十二条，逐项答复。', progress: '已完成', completion: '2026-04-15', evidence: '征询办法、公示照片' },
        evaluation: { date: '2026-05-06', result: '满意' },
        review: { result: '已落实' },
      },
      {
        title: '施工组织和现场管理不规范',
        problem: '部分工地围挡不规范，材料堆放占用消防通道，夜间施工扰民问题时有发生。',
        suggestion: '压实建设单位和施工单位责任，落实文明施工措施，设立现场公示牌和投诉电话，对扰民问题做到接诉即办。',
        feedback: { date: '2026-04-28', measures: '约谈施工单位六家，所有工地设立公示牌和投诉电话，夜间施工实行审批。', progress: '已完成', completion: '2026-04-25' },
        evaluation: { date: '2026-05-06', result: '满意' },
        review: { result: '已落实' },
      },
      {
        title: '长效管理机制尚未建立',
        problem: '改造完成后部分小区缺乏物业服务，公共设施维护资金来源不稳定，存在“重建设、轻管理”的倾向。',
        suggestion: '同步谋划改造后的管理，引导成立业主委员会或物业管理小组，建立公共维修资金归集使用制度。',
        feedback: { date: '2026-05-29', measures: '已完工的九个小区中七个引入物业服务，两个成立自治管理小组；公共维修资金归集办法已起草。', progress: '整改中', completion: '2026-12-31' },
        evaluation: { date: '2026-06-08', result: '基本满意', comment: '维修资金制度尚待出台' },
        review: { result: '基本落实', note: '资金归集办法年底前出台' },
      },
    ],
  },
  {
    year: 2026,
    topic: '农村生活污水治理设施运维',
    source: '委员建议',
    unit: '市生态环境局永安分局',
    description: '对农村生活污水处理终端运行维护和出水达标情况开展派驻监督。',
    activities: [
      { date: '2026-04-22', form: '暗访', place: '龙山镇、西溪镇处理终端', others: '', findings: '部分终端设备停运，出水浑浊；运维单位巡查记录缺失。' },
      { date: '2026-04-29', form: '座谈', place: '市生态环境局永安分局', others: '分局、运维单位负责人', findings: '运维经费按终端数量包干，考核办法不完善，部分行政村管网破损未修复。' },
    ],
    stage: '整改中',
    approved: '2026-05-08',
    issued: '2026-05-12',
    served: '2026-05-14',
    receiver: '周建平（办公室）',
    reviewDate: '2026-09-16',
    reviewSummary: '回访两个镇的处理终端，管网修复仍未启动，已督促分局列出时间表。',
    reminders: [
      { date: '2026-07-08', way: '电话', person: '赵丽（办公室）', replyBy: '2026-07-22', seqs: [3], note: '分局办公室周建平接听，表示尽快报送' },
      { date: '2026-11-16', way: '函件', person: '赵丽（办公室）', replyBy: '2026-11-30', seqs: [3] },
    ],
    items: [
      {
        title: '部分处理终端停运',
        problem: '暗访的二十个处理终端中有五个停运或间歇运行，出水水质达不到排放标准。',
        suggestion: '对全县处理终端开展运行状况全面排查，停运终端限期修复，建立在线监测和定期抽检制度。',
        feedback: { date: '2026-06-12', measures: '排查终端三百一十二个，修复停运终端二十三个，安装在线监测设备四十套。', progress: '已完成', completion: '2026-06-10' },
        evaluation: { date: '2026-06-20', result: '满意' },
      },
      {
        title: '运维考核办法不完善',
        problem: '运维经费按终端数量包干，缺少按出水水质和运行率考核付费的机制，运维单位积极性不高。',
        suggestion: '修订运维考核办法，推行按效付费，将考核结果与运维费用拨付挂钩。',
        feedback: { date: '2026-06-24', measures: '按效付费考核办法已征求意见，拟于年底前印发实施。', progress: '整改中', completion: '2026-12-31' },
      },
      {
        title: '村内管网破损未修复',
        problem: '部分行政村污水管网破损、雨污混接，污水收集率低，处理终端进水浓度偏低。',
        suggestion: '开展村内管网排查，制定修复计划，优先解决雨污混接问题。',
        review: { result: '未落实', note: '修复计划尚未制定' },
      },
      {
        title: '运维巡查记录缺失',
        problem: '运维单位巡查记录不全，部分终端连续三个月无巡查记录。',
        suggestion: '推行运维巡查电子台账，巡查情况实时上传，分局定期抽查。',
        feedback: { date: '2026-06-12', measures: '已上线运维巡查小程序，巡查记录实时上传。', progress: '已完成', completion: '2026-06-01' },
      },
    ],
  },
  {
    year: 2026,
    topic: '中小学校园周边交通安全',
    source: '界别提出',
    unit: '县教育局',
    description: '对中小学校园周边上下学时段交通秩序和安全设施开展民主监督。',
    activities: [{ date: '2026-09-02', form: '视察', place: '县实验小学、城关二中周边', others: '县公安局交警大队', findings: '上下学时段接送车辆乱停，部分路口缺少人行横道和减速设施。' }],
    stage: '整改中',
    approved: '2026-09-07',
    issued: '2026-09-08',
    served: '2026-09-10',
    receiver: '郑晓燕（安全科）',
    items: [
      {
        title: '接送车辆乱停乱放',
        problem: '上下学时段接送车辆在校门口乱停乱放，造成交通拥堵，存在安全隐患。',
        suggestion: '会同交警部门设置临时停车区和即停即走通道，高峰时段安排护学岗。',
        feedback: { date: '2026-10-12', measures: '三所学校已设置即停即走通道，高峰时段交警和家长志愿者护学。', progress: '已完成', completion: '2026-10-09' },
        evaluation: { date: '2026-10-20', result: '不满意', comment: '其余十二所学校尚未落实' },
      },
      {
        title: '安全设施不完善',
        problem: '部分校园周边路口缺少人行横道、减速带和警示标志。',
        suggestion: '对全县中小学校园周边道路安全设施进行排查，按标准补齐。',
        feedback: { date: '2026-10-16', measures: '已完成排查，需补设施二十六处，已列入年度交通安全设施计划。', progress: '整改中', completion: '2027-03-31' },
      },
      {
        title: '交通安全教育不足',
        problem: '学生交通安全教育流于形式，低年级学生安全意识薄弱。',
        suggestion: '将交通安全教育纳入课后服务内容，每学期开展一次交通安全实践活动。',
      },
    ],
  },
  {
    year: 2026,
    topic: '农贸市场改造提升',
    source: '年度协商计划',
    unit: '县市场监督管理局',
    description: '对城区农贸市场改造提升和食品安全快检情况开展民主监督。',
    activities: [{ date: '2026-10-21', form: '视察', place: '城关农贸市场、江南农贸市场', others: '', findings: '快检室检测项目少，部分摊位证照公示不全，市场周边占道经营。' }],
    stage: '待签发',
    approved: '2026-11-10',
    items: [
      { title: '食品快检项目偏少', problem: '市场快检室仅能检测农药残留一项，检测结果公示不及时。', suggestion: '扩大快检项目，检测结果每日在市场显示屏公示。' },
      { title: '摊位证照公示不全', problem: '部分摊位营业执照、健康证未公示或已过期。', suggestion: '开展摊位证照专项检查，推行“一摊一码”。' },
    ],
  },
  {
    year: 2026,
    topic: '居家养老服务设施建设',
    source: '专委会提出',
    unit: '县民政局',
    description: '对居家养老服务中心建设和运营情况开展民主监督。',
    activities: [{ date: '2026-11-04', form: '调研', place: '东城街道、西城街道居家养老服务中心', others: '街道分管领导', findings: '部分中心建成后使用率低，助餐服务覆盖不足。' }],
    stage: '起草',
    items: [{ title: '服务中心使用率低', problem: '部分居家养老服务中心建成后活动少，老年人参与度不高。', suggestion: '' }],
  },
];

export function generateSupervisionDemo(call: Call, options: { memberIds: number[]; unitId: (name: string) => number }) {
  const { memberIds } = options;
  const made = new Map<DemoLetter, number>();
  letters.forEach((d, n) => {
    const unitId = options.unitId(d.unit);
    const topic = call('supervision.topic.save', { year: d.year, source: d.source, title: d.topic, unitId, description: d.description });
    const team = memberIds.slice(n * 4, n * 4 + 4);
    const group = call<{ id: number; version: number; name: string; leaderName: string }>('supervision.group.save', {
      topicId: topic.id,
      name: `派驻${d.unit}民主监督小组`,
      leaderId: team[0],
      memberIds: team.slice(1),
      unitId,
      liaison: '',
    });
    for (const a of d.activities) {
      call('supervision.activity.save', { groupId: group.id, date: a.date, place: a.place, form: a.form, memberIds: team.slice(0, 3), otherParticipants: a.others, findings: a.findings });
    }
    const forms = [...new Set(d.activities.map((a) => a.form))].join('、');
    let letter = call<Letter>('supervision.letter.save', {
      topicId: topic.id,
      groupId: group.id,
      title: `关于${d.topic}的民主监督建议书`,
      mainUnitId: unitId,
      intro: `根据政协永安县委员会${d.year}年度民主监督工作计划，${group.name}通过${forms}等方式，对${d.topic}开展了专项民主监督。总的看，${d.unit}对这项工作高度重视，做了大量工作，取得了一定成效，但也存在一些问题。现将有关问题和建议函告如下。`,
      closing: `请你单位认真研究，自收到本建议书之日起30个工作日内，将逐条整改落实情况书面反馈政协永安县委员会办公室。`,
      items: d.items.map((i) => ({ title: i.title, problem: i.problem, suggestion: i.suggestion })),
    });
    made.set(d, letter.id);
    if (d.stage === '起草') return;
    letter = call<Letter>('supervision.letter.submit', { id: letter.id, version: letter.version });
    letter = call<Letter>('supervision.letter.approve', { id: letter.id, version: letter.version, reviewer: '周文华', date: d.approved, comment: '' });
    if (d.stage === '待签发') return;
    letter = call<Letter>('supervision.letter.issue', { id: letter.id, version: letter.version, issuer: '王国平', date: d.issued });
    if (d.stage === '已签发') return;
    letter = call<Letter>('supervision.letter.serve', { id: letter.id, version: letter.version, date: d.served, receiver: d.receiver });
    // Reports and evaluations in date order, item by item.
    const steps = d.items.flatMap((item, i) => [
      ...(item.feedback ? [{ date: item.feedback.date, run: () => feedback(call, letter, i, item.feedback!) }] : []),
      ...(item.evaluation ? [{ date: item.evaluation.date, run: () => evaluate(call, letter, i, item.evaluation!, group.leaderName) }] : []),
    ]);
    for (const s of steps.sort((a, b) => a.date.localeCompare(b.date))) letter = s.run();
    if (d.reviewDate) {
      const findings = d.items.flatMap((item, i) => (item.review ? [{ itemId: letter.items[i].id, result: item.review.result, note: item.review.note ?? '' }] : []));
      call('supervision.review.save', { id: letter.id, version: letter.version, date: d.reviewDate, form: '再调研', participants: '监督小组全体成员', summary: d.reviewSummary, findings });
      letter = call<Letter>('supervision.letter.get', { id: letter.id });
    }
    if (d.stage === '已结项') call('supervision.letter.close', { id: letter.id, version: letter.version, date: d.closed, comment: '整改落实情况良好，予以结项。' });
  });
  for (const [d, id] of made) {
    for (const r of d.reminders ?? []) {
      const letter = call<{ version: number; items: { id: number; seq: number }[] }>('supervision.letter.get', { id });
      const itemIds = letter.items.filter((i) => r.seqs.includes(i.seq)).map((i) => i.id);
      call('supervision.letter.remind', { id, version: letter.version, date: r.date, way: r.way, person: r.person, note: r.note ?? '', replyBy: r.replyBy, itemIds, numbered: r.way === '函件' });
    }
  }
}

interface Letter {
  id: number;
  version: number;
  items: { id: number; version: number }[];
}

function feedback(call: Call, letter: Letter, i: number, f: NonNullable<DemoItem['feedback']>): Letter {
  const item = call<Letter>('supervision.letter.get', { id: letter.id }).items[i];
  call('supervision.item.feedback', { itemId: item.id, version: item.version, date: f.date, measures: f.measures, progress: f.progress, completionDate: f.completion ?? null, evidence: f.evidence ?? '' });
  return call<Letter>('supervision.letter.get', { id: letter.id });
}

function evaluate(call: Call, letter: Letter, i: number, e: NonNullable<DemoItem['evaluation']>, evaluator: string): Letter {
  const item = call<Letter>('supervision.letter.get', { id: letter.id }).items[i];
  call('supervision.item.evaluate', { itemId: item.id, version: item.version, date: e.date, result: e.result, evaluator, comment: e.comment ?? '' });
  return call<Letter>('supervision.letter.get', { id: letter.id });
}
