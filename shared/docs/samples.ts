import type { Document } from 'docx';
import type { OfficeSettings } from '../contract/officeSettings';
import { formatDocNumber } from '../domain/docNumber';
import { attachments, blankLine, body, heading, headingNumber, mainRecipient, signature, title } from './blocks';
import { buildOfficialDocument } from './document';
import { letterHead } from './letter';
import { table } from './table';
import { letterVersionNote, versionNote } from './versionNote';

export interface SampleDocument {
  fileName: string;
  document: Document;
}

/** A file name an office would use: 发文字号-标题.docx, without characters Windows forbids. */
export function documentFileName(docNumber: string | undefined, docTitle: string): string {
  const safe = (s: string) => s.replace(/[\\/:*?"<>|\r\n\t]+/gu, ' ').trim();
  return `${docNumber ? `${safe(docNumber)}-` : ''}${safe(docTitle)}.docx`;
}

const units = [
  '县发展和改革局',
  '县教育局',
  '县公安局',
  '县民政局',
  '县财政局',
  '县人力资源和社会保障局',
  '县自然资源和规划局',
  '县住房和城乡建设局',
  '县交通运输局',
  '县水利局',
  '县农业农村局',
  '县商务局',
  '县文化和广电旅游体育局',
  '县卫生健康局',
  '县市场监督管理局',
  '县医疗保障局',
  '县综合行政执法局',
  '县数据局',
];
const topics = [
  '关于加快推进农村生活污水治理的建议',
  '关于完善城区停车设施规划的建议',
  '关于加强农村留守儿童关爱服务的建议',
  '关于推动县域医共体提质增效的建议',
  '关于促进乡村民宿规范发展的建议',
  '关于加强老旧小区电梯加装工作的建议',
  '关于提升城乡公交服务水平的建议',
  '关于加大中小微企业融资支持力度的建议',
  '关于加强中小学生心理健康教育的建议',
  '关于推进农贸市场改造提升的建议',
  '关于加快建设县域一刻钟便民生活圈的建议',
  '关于加强历史文化街区保护利用的建议',
];

/** 通知 with every part of the normal format: title, 主送, four heading levels, a table, 附件说明, date, 版记. */
function sampleNotice(settings: OfficeSettings): SampleDocument {
  const series = settings.series.proposal;
  const docNumber = formatDocNumber(series.prefix, 2026, 5);
  const docTitle = '关于做好政协永安县第十一届委员会第三次会议提案交办办理工作的通知';
  const rows = Array.from({ length: 30 }, (_, i) => [
    i + 1,
    `第${String(i + 1).padStart(3, '0')}号`,
    topics[i % topics.length],
    units[(i * 5) % units.length],
    i % 3 === 0 ? `${units[(i * 5 + 7) % units.length]}\n${units[(i * 5 + 11) % units.length]}` : i % 3 === 1 ? units[(i * 5 + 3) % units.length] : '',
  ]);
  const children = [
    title(docTitle),
    blankLine(),
    mainRecipient('县政府各部门，各乡镇人民政府、街道办事处，县人民法院，县人民检察院'),
    body(
      `政协永安县第十一届委员会第三次会议期间，委员们围绕县委中心工作和群众关心的热点难点问题，提出了一批质量较高的提案。经提案审查委员会审查，共立案${rows.length}件。为做好提案交办办理工作，现将有关事项通知如下。`,
    ),
    heading(1, `${headingNumber(1, 1)}提案基本情况`),
    body(
      '本次会议共收到提案一百零三件，经审查立案九十二件，其中集体提案二十五件，委员个人和联名提案六十七件，内容涉及经济建设、政治建设、文化建设、社会建设和生态文明建设等方面。',
    ),
    heading(1, `${headingNumber(1, 2)}办理工作要求`),
    heading(2, `${headingNumber(2, 1)}明确办理责任。`, '各承办单位主要负责同志要亲自研究部署，分管负责同志具体抓，明确承办科室和经办人员，做到责任到人。'),
    heading(2, `${headingNumber(2, 2)}严格办理时限。`),
    heading(3, `${headingNumber(3, 1)}`, '提案应当自交办之日起三个月内办理完毕并书面答复提案人；情况复杂的，经批准可适当延期，但最长不超过六个月。'),
    heading(3, `${headingNumber(3, 2)}`, '对不属于本单位职责范围的提案，应当在收到之日起五个工作日内提出申请退回，并说明理由。'),
    heading(4, `${headingNumber(4, 1)}`, '会办提案由主办单位牵头，会办单位应当在一个月内将会办意见送主办单位。'),
    heading(4, `${headingNumber(4, 2)}`, '分办提案由各承办单位分别答复提案人。'),
    heading(2, `${headingNumber(2, 3)}注重办理实效。`),
    body('办理过程中要加强与提案人的沟通联系，认真听取意见建议，切实把提案办理与推动工作结合起来，防止重答复轻落实。'),
    heading(1, `${headingNumber(1, 3)}提案交办清单`),
    body('本次交办的提案及主办、协办单位如下表。'),
    table({
      columns: [
        { title: '序号', width: 8, align: 'center' },
        { title: '提案号', width: 16, align: 'center' },
        { title: '案由', width: 40 },
        { title: '主办单位', width: 18 },
        { title: '协办单位', width: 18 },
      ],
      rows,
    }),
    ...attachments(['提案交办清单', '《提案办理答复函格式》']),
    ...signature({ issuer: settings.shortName, isoDate: '2026-03-05' }),
    ...versionNote({ cc: series.cc, issuer: settings.issuingOffice, issueDate: '2026-03-05' }),
  ];
  return {
    fileName: documentFileName(docNumber, docTitle),
    document: buildOfficialDocument({ kind: 'normal', settings, title: docTitle, subject: docNumber, children }),
  };
}

/** 民主监督建议书 in 信函格式: letterhead, 发文字号, 主送, numbered problems and recommendations, date, 抄送. */
function sampleSupervisionLetter(settings: OfficeSettings): SampleDocument {
  const series = settings.series.supervision;
  const docNumber = formatDocNumber(series.prefix, 2026, 3);
  const docTitle = '关于城区老旧小区改造工作的民主监督建议书';
  const problems = [
    '部分小区改造前征求居民意见不够充分，改造内容与群众需求存在偏差，个别楼栋居民对外墙保温、管网改造的施工安排意见较大。',
    '施工组织和现场管理有待加强，部分工地围挡不规范，材料堆放占用消防通道，夜间施工扰民问题时有发生。',
    '长效管理机制尚未建立，改造完成后部分小区缺乏物业服务，公共设施维护资金来源不稳定，存在“重建设、轻管理”的倾向。',
  ];
  const suggestions = [
    '坚持“改不改、改什么、怎么改”由居民议定，改造方案公示时间不少于七日，对居民意见集中的事项逐项回应。',
    '压实建设单位和施工单位责任，落实文明施工措施，设立现场公示牌和投诉电话，对扰民问题做到接诉即办。',
    '同步谋划改造后的管理，引导成立业主委员会或物业管理小组，探索“物业服务+社区治理”模式，建立公共维修资金归集使用制度。',
    '加强部门协同，将水、电、气、通信等管线改造纳入统一计划，避免重复开挖，减少对居民生活的影响。',
  ];
  const children = [
    blankLine(),
    title(docTitle),
    blankLine(),
    mainRecipient('县住房和城乡建设局'),
    body(
      '根据政协永安县委员会2026年度民主监督工作计划，派驻县住房和城乡建设局民主监督小组于2026年2月至3月，通过座谈、视察和暗访等方式，对城区老旧小区改造工作开展了专项民主监督。现将有关情况和建议函告如下。',
    ),
    heading(1, `${headingNumber(1, 1)}存在的问题`),
    ...problems.map((p, i) => heading(3, headingNumber(3, i + 1), p)),
    heading(1, `${headingNumber(1, 2)}意见建议`),
    ...suggestions.map((s, i) => heading(3, headingNumber(3, i + 1), s)),
    body('请你局认真研究办理，于2026年6月30日前将整改落实情况书面反馈政协永安县委员会办公室。'),
    ...signature({ issuer: settings.shortName, isoDate: '2026-03-18' }),
    ...letterVersionNote({ cc: series.cc }),
  ];
  return {
    fileName: documentFileName(docNumber, docTitle),
    document: buildOfficialDocument({
      kind: 'letter',
      settings,
      title: docTitle,
      subject: docNumber,
      letterHead: letterHead({ orgName: settings.committeeName, docNumber }),
      children,
    }),
  };
}

/** The sample documents (scripts/samples and the conformance tests): one per format. */
export function sampleDocuments(settings: OfficeSettings): SampleDocument[] {
  return [sampleNotice(settings), sampleSupervisionLetter(settings)];
}
