import { z } from './zod';
import { command, query } from './define';
import { choice, id, isoDate, optionalText, pageInput, recordMeta, restoreInput, saveKey, text, versionField, voidInput, yearField } from './fields';
import { issueActions, opinionActions } from '../domain/opinion/machine';
import { issueNumberScopes } from '../domain/opinion/numbering';
import { coAuthorModes, defaultOpinionScoring, levelModes } from '../domain/opinion/scoring';
import { groupLabels } from '../domain/opinion/statistics';
import { issueStatuses, OPINION_MAX_CHARS, opinionAuthorKinds, opinionLevels, opinionStatuses, upperLevels } from '../domain/opinion/status';

// ───────────────────────── 重点选题 ─────────────────────────


export const opinionTopicFields = z.object({
  year: yearField(),
  title: text('选题名称', 60),
  description: optionalText('选题说明', 500),
  sort: z.number().int().min(0).max(9999).default(0).meta({ title: '排序' }),
});
export const opinionTopicRecord = opinionTopicFields.extend({ ...recordMeta, reportCount: z.number().int() });
export type OpinionTopicRecord = z.output<typeof opinionTopicRecord>;

// ───────────────────────── 信息 (report) ─────────────────────────

const memberIds = z.array(id('委员')).max(30, '联名委员最多30人').default([]).meta({ title: '报送委员' });
const attachments = z.array(text('附件名称', 100)).max(20, '附件最多20个').default([]).meta({ title: '附件' });

export const opinionFieldsShape = {
  title: text('标题', 60),
  authorKind: choice('报送者类型', opinionAuthorKinds),
  memberIds,
  sectorId: id('界别').optional().nullable(),
  partyId: id('党派团体').optional().nullable(),
  staffName: optionalText('报送人', 20),
  topicId: id('重点选题').optional().nullable(),
  content: text('信息正文', OPINION_MAX_CHARS),
  attachments,
  /** Set when the report was converted from a 不予立案 proposal (no FK: the proposal module links it). */
  sourceProposalId: z.number({ error: '来源提案应为编号' }).int().positive().optional().nullable().meta({ title: '来源提案' }),
  note: optionalText('备注', 500),
};

type AuthorInput = { authorKind: (typeof opinionAuthorKinds)[number]; memberIds?: number[]; sectorId?: number | null; partyId?: number | null; staffName?: string };

/** Who reported it must match the kind: one member, two or more, a 界别, a 党派团体 or a staff name. */
export function checkAuthor(v: AuthorInput, ctx: z.RefinementCtx) {
  const ids = v.memberIds ?? [];
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (new Set(ids).size !== ids.length) issue('memberIds', '报送委员有重复');
  switch (v.authorKind) {
    case '委员个人':
      if (ids.length !== 1) issue('memberIds', '委员个人报送须选择一名委员');
      break;
    case '委员联名':
      if (ids.length < 2) issue('memberIds', '委员联名须选择至少两名委员');
      break;
    case '界别':
      if (!v.sectorId) issue('sectorId', '请选择报送的界别');
      break;
    case '党派团体':
      if (!v.partyId) issue('partyId', '请选择报送的党派团体');
      break;
    case '机关工作人员':
      if (!v.staffName?.trim()) issue('staffName', '请填写报送的工作人员姓名');
      break;
  }
}

export const opinionFields = z.object(opinionFieldsShape).superRefine(checkAuthor);
export const opinionSaveInput = z.object({ ...opinionFieldsShape, ...saveKey }).superRefine(checkAuthor);

export const opinionLevel = choice('级别', opinionLevels);
export const upperLevel = choice('报送级别', upperLevels);

export const opinionRecord = z.object({
  ...recordMeta,
  title: z.string(),
  authorKind: z.enum(opinionAuthorKinds),
  memberIds: z.array(z.number().int()),
  sectorId: z.number().int().nullable(),
  partyId: z.number().int().nullable(),
  staffName: z.string(),
  topicId: z.number().int().nullable(),
  content: z.string(),
  attachments: z.array(z.string()),
  sourceProposalId: z.number().int().nullable(),
  note: z.string(),
  status: z.enum(opinionStatuses),
  receiveYear: z.number().int().nullable(),
  receiveNo: z.number().int().nullable(),
  /** 2026-007, or '' before 报送. */
  receiveLabel: z.string(),
  chars: z.number().int(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decisionReason: z.string().nullable(),
  editedTitle: z.string().nullable(),
  editedText: z.string().nullable(),
  editedChars: z.number().int().nullable(),
  editor: z.string().nullable(),
  editedAt: z.string().nullable(),
  auditor: z.string().nullable(),
  auditedAt: z.string().nullable(),
  signer: z.string().nullable(),
  signedAt: z.string().nullable(),
  printedAt: z.string().nullable(),
  issueId: z.number().int().nullable(),
  issueLabel: z.string().nullable(),
  /** Joined names for lists: 张三、李四 / 教育界 / 民盟永安县委员会 / 王科员. */
  authorLabel: z.string(),
  memberNames: z.array(z.string()),
  sectorName: z.string().nullable(),
  partyName: z.string().nullable(),
  topicTitle: z.string().nullable(),
  adoptedLevels: z.array(z.enum(opinionLevels)),
  sentLevels: z.array(z.enum(upperLevels)),
  instructionCount: z.number().int(),
  /** Highest 批示 level, for the list. */
  topInstruction: z.enum(opinionLevels).nullable(),
});
export type OpinionRecord = z.output<typeof opinionRecord>;

const entryMeta = { id: z.number().int(), version: z.number().int(), createdAt: z.string(), voidedAt: z.string().nullable(), voidReason: z.string().nullable() };
export const adoptionRecord = z.object({ ...entryMeta, reportId: z.number().int(), level: z.enum(opinionLevels), date: z.string(), channel: z.string(), note: z.string() });
export const instructionRecord = z.object({
  ...entryMeta,
  reportId: z.number().int(),
  leader: z.string(),
  leaderTitle: z.string(),
  level: z.enum(opinionLevels),
  date: z.string(),
  text: z.string(),
});
export const sendUpRecord = z.object({ ...entryMeta, reportId: z.number().int(), level: z.enum(upperLevels), date: z.string(), target: z.string(), note: z.string() });
export const transferRecord = z.object({ ...entryMeta, reportId: z.number().int(), unitId: z.number().int(), unitName: z.string(), date: z.string(), requirement: z.string() });
export const feedbackRecord = z.object({ ...entryMeta, reportId: z.number().int(), transferId: z.number().int().nullable(), date: z.string(), source: z.string(), content: z.string() });
export type AdoptionRecord = z.output<typeof adoptionRecord>;
export type InstructionRecord = z.output<typeof instructionRecord>;
export type SendUpRecord = z.output<typeof sendUpRecord>;
export type TransferRecord = z.output<typeof transferRecord>;
export type FeedbackRecord = z.output<typeof feedbackRecord>;

export const availableActionOut = z.object({
  action: z.string(),
  needs: z.array(z.string()),
  reasonLabel: z.string().optional(),
  personLabel: z.string().optional(),
  description: z.string(),
  confirm: z.boolean(),
  allowed: z.boolean(),
  reason: z.string().optional(),
});
export type AvailableActionOut = z.output<typeof availableActionOut>;

export const historyEntry = z.object({ at: z.string(), actor: z.string(), summary: z.string() });

export const opinionDetail = opinionRecord.extend({
  adoptions: z.array(adoptionRecord),
  instructions: z.array(instructionRecord),
  sendUps: z.array(sendUpRecord),
  transfers: z.array(transferRecord),
  feedbacks: z.array(feedbackRecord),
  actions: z.array(availableActionOut),
  history: z.array(historyEntry),
});
export type OpinionDetail = z.output<typeof opinionDetail>;

export const opinionSortKeys = ['receiveNo', 'submittedAt', 'updatedAt', 'title'] as const;

export const opinionListInput = z.object({
  ...pageInput,
  year: yearField('收稿年度').optional(),
  status: choice('状态', opinionStatuses).optional(),
  statuses: z.array(choice('状态', opinionStatuses)).max(20).optional(),
  authorKind: choice('报送者类型', opinionAuthorKinds).optional(),
  memberId: id('委员').optional(),
  sectorId: id('界别').optional(),
  partyId: id('党派团体').optional(),
  topicId: id('重点选题').optional(),
  issueId: id('期次').optional(),
  adoptedLevel: opinionLevel.optional(),
  instructed: z.boolean().optional(),
  sentUp: z.boolean().optional(),
  from: isoDate('报送日期起').optional(),
  to: isoDate('报送日期止').optional(),
  search: z.string().trim().max(50, '搜索词不能超过50个字').optional(),
  includeVoided: z.boolean().default(false),
  sortBy: z.enum(opinionSortKeys).default('receiveNo'),
  sortOrder: z.enum(['asc', 'desc']).default('desc'),
});

const stepDate = isoDate('日期').optional();

/** The steps a clerk takes on the report page (审核/签发/印发 go through the issue). */
export const opinionClerkActions = ['报送', '退回', '采用', '不采用', '留存', '作废'] as const satisfies readonly (typeof opinionActions)[number][];

// ───────────────────────── 《社情民意》 期 (issue) ─────────────────────────

const unitList = (label: string) => z.array(text(label, 60)).max(30, `${label}最多30个`).default([]).meta({ title: label });

export const opinionIssueFieldsShape = {
  year: yearField(),
  /** Left out when creating: the next 期号 of the year (or 届). */
  number: z.number({ error: '期号应为数字' }).int('期号应为整数').min(1, '期号应大于0').max(9999, '期号过大').optional().meta({ title: '期号' }),
  termId: id('届次').optional().nullable(),
  issueDate: isoDate('编印日期'),
  mainTo: unitList('主送'),
  ccTo: unitList('抄送'),
  editorName: optionalText('编辑', 20),
  reportIds: z.array(id('信息')).max(30, '一期最多编入30篇信息').default([]).meta({ title: '本期信息' }),
  note: optionalText('备注', 500),
};
export const opinionIssueFields = z.object(opinionIssueFieldsShape);

export const opinionIssueRecord = z.object({
  ...recordMeta,
  year: z.number().int(),
  termId: z.number().int().nullable(),
  number: z.number().int(),
  total: z.number().int().nullable(),
  label: z.string(),
  issueDate: z.string(),
  mainTo: z.array(z.string()),
  ccTo: z.array(z.string()),
  editorName: z.string(),
  reviewerName: z.string(),
  signerName: z.string(),
  status: z.enum(issueStatuses),
  reviewedAt: z.string().nullable(),
  signedAt: z.string().nullable(),
  printedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  note: z.string(),
  reportCount: z.number().int(),
  reportTitles: z.array(z.string()),
});
export type OpinionIssueRecord = z.output<typeof opinionIssueRecord>;

export const opinionIssueDetail = opinionIssueRecord.extend({
  reports: z.array(opinionRecord),
  actions: z.array(availableActionOut),
  history: z.array(historyEntry),
});
export type OpinionIssueDetail = z.output<typeof opinionIssueDetail>;

// ───────────────────────── settings, statistics, ranking ─────────────────────────

const points = (label: string) => z.number({ error: `${label}应为数字` }).min(0, `${label}不能为负数`).max(1000, `${label}过大`).meta({ title: label });
const levelPoints = (what: string) =>
  z.object({ 县: points(`县级${what}分值`), 市: points(`市级${what}分值`), 省: points(`省级${what}分值`), 全国: points(`全国${what}分值`) });

export const opinionScoringSchema = z.object({
  submitted: points('报送分值'),
  adoption: levelPoints('采用'),
  instruction: levelPoints('批示'),
  adoptionMode: choice('多级采用计分', levelModes),
  instructionMode: choice('多次批示计分', levelModes),
  coAuthorMode: choice('联名计分', coAuthorModes),
});

export const opinionSettingsSchema = z.object({
  scoring: opinionScoringSchema,
  issueNumbering: choice('期号编排', issueNumberScopes),
  /** Print 总第N期 beside 第N期 on the 报头. */
  withTotal: z.boolean().default(false),
  /** Default 主送 of a new issue (the 抄送 default is 设置 → 单位信息 → 社情民意). */
  mainTo: unitList('默认主送'),
  /** 报头 title, normally 社情民意. */
  bulletinTitle: text('刊物名称', 20),
});
export type OpinionSettings = z.output<typeof opinionSettingsSchema>;
export const defaultOpinionSettings: OpinionSettings = {
  scoring: defaultOpinionScoring,
  issueNumbering: '每年',
  withTotal: false,
  mainTo: ['县委', '县人大常委会', '县政府', '县政协领导'],
  bulletinTitle: '社情民意',
};

const levelCounts = z.object({ 县: z.number(), 市: z.number(), 省: z.number(), 全国: z.number() });
const upperCounts = z.object({ 市: z.number(), 省: z.number(), 全国: z.number() });
export const opinionTotals = z.object({
  received: z.number(),
  adopted: z.number(),
  rejected: z.number(),
  kept: z.number(),
  printed: z.number(),
  sentUp: z.number(),
  instructed: z.number(),
  transferred: z.number(),
  feedback: z.number(),
  adoptedByLevel: levelCounts,
  sentUpByLevel: upperCounts,
  instructionsByLevel: levelCounts,
  instructedByLevel: levelCounts,
  adoptionRate: z.number(),
});
export type OpinionTotalsOut = z.output<typeof opinionTotals>;
const groupRow = z.object({ key: z.string(), id: z.number().int().nullable(), name: z.string(), totals: opinionTotals });
export type OpinionGroupRow = z.output<typeof groupRow>;

export const opinionStatsInput = z.object({
  year: yearField(),
  /** Only this quarter (1–4); the quarter table is always the whole year. */
  quarter: z.number().int().min(1, '季度应为1–4').max(4, '季度应为1–4').optional().meta({ title: '季度' }),
});
export const opinionStats = z.object({
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  from: z.string(),
  to: z.string(),
  /** 重点选题 of the year. */
  topics: z.number().int(),
  issues: z.number().int(),
  totals: opinionTotals,
  quarters: z.array(z.object({ quarter: z.number().int(), label: z.string(), totals: opinionTotals })),
  byMember: z.array(groupRow),
  bySector: z.array(groupRow),
  byParty: z.array(groupRow),
  byTopic: z.array(groupRow),
  byAuthorKind: z.array(groupRow),
});
export type OpinionStats = z.output<typeof opinionStats>;

export const rankByValues = ['member', 'sector', 'party'] as const;
export const rankByLabels: Record<(typeof rankByValues)[number], string> = { member: groupLabels.member, sector: groupLabels.sector, party: groupLabels.party };
export const rankingRow = z.object({
  key: z.string(),
  id: z.number().int().nullable(),
  name: z.string(),
  sectorName: z.string().nullable().optional(),
  partyName: z.string().nullable().optional(),
  rank: z.number().int(),
  tied: z.boolean(),
  received: z.number(),
  adopted: z.number(),
  adoptedAbove: z.number(),
  instructed: z.number(),
  points: z.number(),
  submittedPoints: z.number(),
  adoptionPoints: z.number(),
  instructionPoints: z.number(),
});
export type RankingRowOut = z.output<typeof rankingRow>;

export const opinionRankingInput = z
  .object({ by: z.enum(rankByValues).default('member').meta({ title: '排名对象' }), from: isoDate('开始日期'), to: isoDate('结束日期') })
  .refine((v) => v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] });

// ───────────────────────── 年度通报 ─────────────────────────

export const opinionNoticeRecord = z.object({
  ...recordMeta,
  year: z.number().int(),
  issueDate: z.string(),
  signer: z.string(),
  docYear: z.number().int(),
  serial: z.number().int(),
  /** 永政协社〔2027〕1号 */
  docNumber: z.string(),
});
export type OpinionNoticeRecord = z.output<typeof opinionNoticeRecord>;

export const opinionNoticeIssueInput = z.object({
  year: yearField('通报年度'),
  date: isoDate('印发日期'),
  signer: text('签发人', 20),
});

// ───────────────────────── methods ─────────────────────────

const listOf = <T extends z.ZodType>(row: T) => z.object({ rows: z.array(row), total: z.number().int() });

export const opinionContract = {
  'opinionTopic.list': query(
    '重点选题列表',
    z.object({ year: yearField().optional(), includeVoided: z.boolean().default(false) }).default({ includeVoided: false }),
    z.array(opinionTopicRecord),
  ),
  'opinionTopic.save': command('新增或修改重点选题', opinionTopicFields.extend(saveKey), opinionTopicRecord),
  'opinionTopic.void': command('作废重点选题', voidInput, opinionTopicRecord),
  'opinionTopic.restore': command('恢复已作废的重点选题', restoreInput, opinionTopicRecord),

  'opinion.list': query('社情民意信息列表（筛选、排序、分页）', opinionListInput, listOf(opinionRecord)),
  'opinion.get': query('社情民意信息详情（含采用、批示、报送、转办、反馈和流转记录）', z.object({ id: id('信息') }), opinionDetail),
  'opinion.save': command('新增或修改社情民意信息（报送前）', opinionSaveInput, opinionRecord),
  'opinion.transition': command(
    '信息流转：报送、退回、采用、不采用、留存、作废',
    z.object({ id: id('信息'), version: versionField, action: choice('操作', opinionClerkActions), reason: optionalText('原因', 500), date: stepDate }),
    opinionRecord,
  ),
  'opinion.edit': command(
    '保存编辑稿（原稿保留）',
    z.object({ id: id('信息'), version: versionField, editedTitle: text('编辑后标题', 60), editedText: text('编辑稿', OPINION_MAX_CHARS), editor: text('编辑人', 20), date: stepDate }),
    opinionRecord,
  ),
  'opinion.sendUp': command(
    '报送上级（市政协、省政协、全国政协）',
    z.object({ id: id('信息'), version: versionField, level: upperLevel, date: isoDate('报送日期'), target: optionalText('报送对象', 60), note: optionalText('备注', 200) }),
    opinionRecord,
  ),
  'opinion.transfer': command(
    '转有关单位办理',
    z.object({ id: id('信息'), version: versionField, unitId: id('转办单位'), date: isoDate('转办日期'), requirement: optionalText('办理要求', 500) }),
    opinionRecord,
  ),
  'opinion.feedback': command(
    '登记反馈',
    z.object({ id: id('信息'), version: versionField, transferId: id('转办记录').optional().nullable(), date: isoDate('反馈日期'), source: text('反馈单位', 60), content: text('反馈内容', 2000) }),
    opinionRecord,
  ),
  'opinion.recordAdoption': command(
    '登记采用（县、市、省、全国）',
    z.object({ reportId: id('信息'), level: opinionLevel, date: isoDate('采用日期'), channel: optionalText('采用载体', 100), note: optionalText('备注', 200) }),
    adoptionRecord,
  ),
  'opinion.recordInstruction': command(
    '登记领导批示',
    z.object({
      reportId: id('信息'),
      leader: text('批示领导', 20),
      leaderTitle: optionalText('领导职务', 60),
      level: opinionLevel,
      date: isoDate('批示日期'),
      text: optionalText('批示内容', 2000),
    }),
    instructionRecord,
  ),
  'opinion.voidAdoption': command('作废采用记录', voidInput, adoptionRecord),
  'opinion.voidInstruction': command('作废批示记录', voidInput, instructionRecord),
  'opinion.restoreAdoption': command('恢复已作废的采用记录', restoreInput, adoptionRecord),
  'opinion.restoreInstruction': command('恢复已作废的批示记录', restoreInput, instructionRecord),
  'opinion.voidSendUp': command('作废报送上级记录（不再计入报送上级统计）', voidInput, sendUpRecord),
  'opinion.restoreSendUp': command('恢复已作废的报送上级记录', restoreInput, sendUpRecord),
  'opinion.voidTransfer': command('作废转办记录', voidInput, transferRecord),
  'opinion.restoreTransfer': command('恢复已作废的转办记录', restoreInput, transferRecord),
  'opinion.voidFeedback': command('作废反馈记录', voidInput, feedbackRecord),
  'opinion.restoreFeedback': command('恢复已作废的反馈记录', restoreInput, feedbackRecord),

  'opinionIssue.list': query(
    '《社情民意》期次列表',
    z.object({ ...pageInput, year: yearField().optional(), status: choice('状态', issueStatuses).optional(), includeVoided: z.boolean().default(false) }),
    listOf(opinionIssueRecord),
  ),
  'opinionIssue.get': query('《社情民意》期次详情（含本期信息）', z.object({ id: id('期次') }), opinionIssueDetail),
  'opinionIssue.nextNumber': query('下一期期号', z.object({ year: yearField(), termId: id('届次').optional().nullable() }), z.object({ number: z.number().int(), total: z.number().int() })),
  'opinionIssue.save': command('新建或修改一期《社情民意》（组期）', opinionIssueFields.extend(saveKey), opinionIssueRecord),
  'opinionIssue.transition': command(
    '期次流转：审核、退回、签发、印发、作废',
    z.object({ id: id('期次'), version: versionField, action: choice('操作', issueActions), person: optionalText('姓名', 20), reason: optionalText('原因', 500), date: stepDate }),
    opinionIssueRecord,
  ),

  'opinionNotice.list': query(
    '已印发的年度通报（含发文字号）',
    z.object({ year: yearField('通报年度').optional(), includeVoided: z.boolean().default(false) }).default({ includeVoided: false }),
    z.array(opinionNoticeRecord),
  ),
  'opinionNotice.issue': command('印发年度通报：按社情民意发文字号序列编号（每年从1号起，号码不重复使用）', opinionNoticeIssueInput, opinionNoticeRecord),
  'opinionNotice.void': command('作废已印发的年度通报（发文字号不再使用）', voidInput, opinionNoticeRecord),
  'opinionNotice.restore': command('恢复已作废的年度通报', restoreInput, opinionNoticeRecord),

  'opinion.getSettings': query('社情民意设置（计分规则、期号编排）', z.object({}).default({}), opinionSettingsSchema),
  'opinion.saveSettings': command('保存社情民意设置', opinionSettingsSchema, opinionSettingsSchema),
  'opinion.stats': query('社情民意统计（年度或季度）', opinionStatsInput, opinionStats),
  'opinion.ranking': query('委员、界别、党派团体排名（任意时段）', opinionRankingInput, z.array(rankingRow)),
};

