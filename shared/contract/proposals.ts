import { z } from './zod';
import { command, query } from './define';
import { choice, count, id, isoDate, optionalText, pageInput, phone, recordMeta, restoreInput, saveKey, text, versionField, voidInput, yearField } from './fields';
import { importResult } from './members';
import { proposalActions } from '../domain/proposal/machine';
import { assignModes, cosignStates, feedbackResults, proposalStatuses, proposerKinds, replyClasses, unitRoles } from '../domain/proposal/status';

/**
 * 提案 API. The lifecycle steps go through the domain state machine (shared/domain/proposal/machine.ts);
 * a step the machine does not allow comes back as TRANSITION with a Chinese message.
 */

/** Where a proposal belongs: a 会次 (大会提案) or null = 平时提案. In filters undefined means 全届. */
const meetingRef = id('会次').nullable();

const kindRules = (v: { kind: string; leadMemberId?: number | null; cosignerIds?: number[]; partyId?: number | null; sectorId?: number | null; committeeId?: number | null }, ctx: z.RefinementCtx) => {
  const need = (ok: unknown, path: string, message: string) => {
    if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
  };
  const cosigners = v.cosignerIds ?? [];
  switch (v.kind) {
    case '委员个人':
      need(v.leadMemberId, 'leadMemberId', '委员个人提案请选择提案委员');
      need(cosigners.length === 0, 'cosignerIds', '委员个人提案没有附议委员；有附议委员请选择“委员联名”');
      break;
    case '委员联名':
      need(v.leadMemberId, 'leadMemberId', '联名提案请选择领衔委员');
      need(cosigners.length > 0, 'cosignerIds', '联名提案至少需要一名附议委员');
      need(!v.leadMemberId || !cosigners.includes(v.leadMemberId), 'cosignerIds', '领衔委员不能同时是附议委员');
      need(new Set(cosigners).size === cosigners.length, 'cosignerIds', '附议委员有重复');
      break;
    case '党派团体':
      need(v.partyId, 'partyId', '党派团体提案请选择党派或团体');
      break;
    case '界别':
      need(v.sectorId, 'sectorId', '界别提案请选择界别');
      break;
    case '专委会':
      need(v.committeeId, 'committeeId', '专委会提案请选择专门委员会');
      break;
  }
};

export const proposalFields = z.object({
  termId: id('届次'),
  meetingId: meetingRef.default(null),
  kind: choice('提案者类型', proposerKinds),
  leadMemberId: id('提案委员').nullable().optional(),
  cosignerIds: z.array(id('附议委员')).max(100, '附议委员最多100人').default([]).meta({ title: '附议委员' }),
  partyId: id('党派团体').nullable().optional(),
  sectorId: id('界别').nullable().optional(),
  committeeId: id('专委会').nullable().optional(),
  title: text('案由', 50),
  background: text('背景', 10000),
  problems: text('存在问题', 10000),
  suggestions: text('具体建议', 10000),
  categoryId: id('提案类别'),
  suggestedUnits: optionalText('建议承办单位', 200),
  isPublic: z.boolean({ error: '是否同意公开应为是或否' }).default(true).meta({ title: '是否同意公开' }),
  contactName: optionalText('联系人', 20),
  contactPhone: z.union([phone('联系电话'), z.literal('')]).optional().default(''),
  contactAddress: optionalText('通讯地址', 100),
  cosignDeadline: isoDate('附议截止日期').nullable().optional(),
  note: optionalText('备注', 500),
});
export type ProposalFieldsInput = z.input<typeof proposalFields>;

export const proposalSaveInput = proposalFields.extend(saveKey).superRefine(kindRules);
/** The entry form validates with the same rules (no id/version). */
export const proposalFormSchema = proposalFields.superRefine(kindRules);

const status = choice('状态', proposalStatuses);
const nullableText = z.string().nullable();

export const proposalListRow = z.object({
  id: z.number().int(),
  version: z.number().int(),
  code: nullableText,
  /** 第001号, 不予立案第001号, 平时第001号 … */
  number: nullableText,
  termId: z.number().int(),
  termName: z.string(),
  meetingId: z.number().int().nullable(),
  /** 第三次会议, or 平时. */
  sessionName: z.string(),
  kind: choice('提案者类型', proposerKinds),
  proposerName: z.string(),
  cosignerNames: z.string(),
  /** 张明华等5人 / 民盟 … as printed in lists. */
  proposerText: z.string(),
  title: z.string(),
  categoryId: z.number().int(),
  categoryName: z.string(),
  sectorName: nullableText,
  partyName: nullableText,
  status,
  submittedDate: nullableText,
  mode: nullableText,
  mainUnit: nullableText,
  coUnits: z.array(z.string()),
  assignedDate: nullableText,
  dueDate: nullableText,
  overdue: z.boolean(),
  /** Current units that have neither 签收 nor 申退 yet (while units may still sign). */
  unsignedUnits: z.array(z.string()),
  /** Some unit is past its 签收 deadline without 签收 or 申退. */
  signOverdue: z.boolean(),
  answeredDate: nullableText,
  replyClass: nullableText,
  feedback: nullableText,
  isKey: z.boolean(),
  keyLeader: z.string(),
  isExcellent: z.boolean(),
  followUpDate: nullableText,
  suggestedUnits: z.string(),
  voidedAt: nullableText,
});
export type ProposalListRow = z.output<typeof proposalListRow>;

export const proposalSortKeys = ['number', 'submittedDate', 'dueDate', 'updatedAt'] as const;

export const proposalFilter = z.object({
  termId: id('届次').optional(),
  /** undefined = every 会次 and 平时; null = 平时 only. */
  meetingId: meetingRef.optional(),
  statuses: z.array(status).max(30).optional(),
  categoryId: id('提案类别').optional(),
  kind: choice('提案者类型', proposerKinds).optional(),
  sectorId: id('界别').optional(),
  partyId: id('党派').optional(),
  /** 承办单位 (主办 or 协办, current assignment). */
  unitId: id('承办单位').optional(),
  unitRole: choice('承办方式', unitRoles).optional(),
  isKey: z.boolean().optional(),
  isExcellent: z.boolean().optional(),
  overdue: z.boolean().optional(),
  /** Some current unit has not 签收 (nor 申退) yet. */
  signPending: z.boolean().optional(),
  /** Some current unit is past its 签收 deadline without 签收 or 申退. */
  signOverdue: z.boolean().optional(),
  /** B-class 回头看 due (follow-up date on or before today and not done). */
  followUpDue: z.boolean().optional(),
  memberId: id('委员').optional(),
  search: z.string().trim().max(100, '搜索词不能超过100个字').optional(),
  includeVoided: z.boolean().default(false),
  /** The date overdue is judged against (default today). */
  today: isoDate('统计日期').optional(),
});
export type ProposalFilter = z.input<typeof proposalFilter>;

export const proposalListInput = proposalFilter.extend({
  ...pageInput,
  sortBy: z.enum(proposalSortKeys).default('number'),
  sortOrder: z.enum(['asc', 'desc']).default('asc'),
});

export const cosignerRecord = z.object({
  id: z.number().int(),
  memberId: z.number().int().nullable(),
  name: z.string(),
  sectorName: nullableText,
  state: choice('附议状态', cosignStates),
  stateDate: nullableText,
});

/** A unit's 签收 state: 待签收, 已签收, 申退中 (waiting for the office), 已退回 (申退 granted, row ended). */
export const unitSignStates = ['待签收', '已签收', '申退中', '已退回'] as const;
export const unitAssignment = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  contact: z.string(),
  phone: z.string(),
  role: choice('承办方式', unitRoles),
  assignedDate: z.string(),
  signDeadline: nullableText,
  signedDate: nullableText,
  signedBy: z.string(),
  returnDate: nullableText,
  returnReason: nullableText,
  endedDate: nullableText,
  active: z.boolean(),
  state: z.enum(unitSignStates),
  /** 待签收 after its deadline. */
  signOverdue: z.boolean(),
});
export type UnitAssignment = z.output<typeof unitAssignment>;

export const replyReviews = ['待审核', '已通过', '已退回', '已收到'] as const;
export const replyRecord = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  role: choice('承办方式', unitRoles),
  round: z.number().int(),
  replyClass: z.enum(replyClasses).nullable(),
  content: z.string(),
  signer: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  replyDate: z.string(),
  plannedDate: nullableText,
  review: z.enum(replyReviews),
  reviewComment: z.string(),
  reviewDate: nullableText,
});
export type ReplyRecord = z.output<typeof replyRecord>;

export const eventRecord = z.object({
  id: z.number().int(),
  action: z.string(),
  fromStatus: nullableText,
  toStatus: nullableText,
  date: z.string(),
  at: z.string(),
  actor: z.string(),
  comment: z.string(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type EventRecord = z.output<typeof eventRecord>;

export const followupKinds = ['督办', '催办', '回头看'] as const;
export const followupRecord = z.object({
  id: z.number().int(),
  kind: z.enum(followupKinds),
  date: z.string(),
  unitId: z.number().int().nullable(),
  unitName: nullableText,
  person: z.string(),
  method: z.string(),
  place: z.string(),
  content: z.string(),
  createdAt: z.string(),
});
export type FollowupRecord = z.output<typeof followupRecord>;

export const availableAction = z.object({
  action: z.enum(proposalActions),
  actor: z.string(),
  needs: z.array(z.string()),
  reasonLabel: z.string().optional(),
  description: z.string(),
  allowed: z.boolean(),
  reason: z.string().optional(),
});
export type AvailableActionRecord = z.output<typeof availableAction>;

const proposalLink = z.object({ id: z.number().int(), number: nullableText, title: z.string(), proposerText: z.string(), status });

export const proposalRecord = proposalListRow.extend({
  ...recordMeta,
  leadMemberId: z.number().int().nullable(),
  partyId: z.number().int().nullable(),
  sectorId: z.number().int().nullable(),
  committeeId: z.number().int().nullable(),
  committeeName: nullableText,
  meetingNumber: z.number().int().nullable(),
  termNumber: z.number().int(),
  background: z.string(),
  problems: z.string(),
  suggestions: z.string(),
  isPublic: z.boolean(),
  contactName: z.string(),
  contactPhone: z.string(),
  contactAddress: z.string(),
  note: z.string(),
  cosignDeadline: nullableText,
  series: nullableText,
  serial: z.number().int().nullable(),
  rejectReason: nullableText,
  convertedTo: nullableText,
  convertedOpinionId: z.number().int().nullable(),
  convertedNote: nullableText,
  mergedIntoId: z.number().int().nullable(),
  filedDate: nullableText,
  firstAssignedDate: nullableText,
  redoDueDate: nullableText,
  coDueDate: nullableText,
  signDeadline: nullableText,
  signedDate: nullableText,
  round: z.number().int(),
  feedbackDate: nullableText,
  closedDate: nullableText,
  archivedDate: nullableText,
  followUpDoneDate: nullableText,
  lastRemindedDate: nullableText,
  excellentNote: z.string(),
  imported: z.boolean(),
  cosigners: z.array(cosignerRecord),
  units: z.array(unitAssignment),
  replies: z.array(replyRecord),
  events: z.array(eventRecord),
  followups: z.array(followupRecord),
  mergedInto: proposalLink.nullable(),
  merged: z.array(proposalLink),
  /** Every machine step of the current status, with whether a guard refuses it now. */
  actions: z.array(availableAction),
  /** The latest maximum a 延期 may reach (交办日 + 6 months). */
  maxDueDate: nullableText,
});
export type ProposalRecord = z.output<typeof proposalRecord>;

/** The steps proposal.transition performs; 交办, 答复 and 催办 have their own methods. */
export const simpleActions = proposalActions.filter((a) => a !== '交办' && a !== '答复' && a !== '催办') as Exclude<(typeof proposalActions)[number], '交办' | '答复' | '催办'>[];

const stepDate = isoDate('日期').optional();
const comment = optionalText('意见', 1000);
const target = z.object({ id: id('提案'), version: versionField });

export const transitionInput = target.extend({
  action: z.enum(simpleActions as [string, ...string[]], { error: '不支持的操作' }).meta({ title: '操作' }),
  date: stepDate,
  comment,
  reason: optionalText('原因', 500),
  /** 并案: the main proposal. */
  mergeInto: id('主提案').optional(),
  result: choice('征询意见', feedbackResults).optional(),
  newDueDate: isoDate('延期后的办理期限').optional(),
  /** 转为社情民意: the 社情民意 record when it already exists. */
  opinionId: id('社情民意').nullable().optional(),
  /** 签收 / 申退: the unit (default the 主办); 同意申退 / 驳回申退: the unit whose 申退 is decided (default the first waiting). */
  unitId: id('承办单位').optional(),
  /** 签收: the unit's 签收人. */
  signer: optionalText('签收人', 20),
  /** 同意申退 of a 协办 unit: the unit it is 改交 to (optional). */
  replacementUnitId: id('改交单位').optional(),
});

export const assignmentFields = z.object({
  mode: choice('交办方式', assignModes),
  mainUnitId: id('主办单位'),
  coUnitIds: z.array(id('协办单位')).max(20, '协办单位最多20个').default([]).meta({ title: '协办单位' }),
});

export const assignInput = target.extend(assignmentFields.shape).extend({ date: stepDate, comment });

export const batchItems = z.array(target).min(1, '请至少选择一件提案').max(2000, '一次最多处理2000件');

export const replyInput = target.extend({
  unitId: id('承办单位'),
  replyClass: choice('答复类别', replyClasses).nullable().optional(),
  content: text('答复内容', 20000),
  signer: optionalText('签发人', 20),
  contactName: optionalText('联系人', 20),
  contactPhone: z.union([phone('联系电话'), z.literal('')]).optional().default(''),
  replyDate: isoDate('答复日期'),
  plannedDate: isoDate('计划完成日期').nullable().optional(),
  comment,
});

export const remindInput = z.object({
  items: batchItems,
  date: stepDate,
  method: optionalText('催办方式', 20),
  person: optionalText('催办人', 20),
  content: optionalText('催办内容', 1000),
});

export const statisticsScope = z.object({
  termId: id('届次'),
  /** undefined = whole 届; null = 平时提案; a number = that 会次. */
  meetingId: meetingRef.optional(),
  asOf: isoDate('统计截止日期').optional(),
});

export const rateSchema = z.object({ numerator: z.number().int(), denominator: z.number().int(), value: z.number().nullable(), text: z.string() });
export const filingRow = z.object({ key: z.string(), received: z.number().int(), filed: z.number().int(), filingRate: rateSchema, answered: z.number().int(), answerRate: rateSchema });
export const unitStatRow = z.object({
  unit: z.string(),
  main: z.number().int(),
  mainAnswered: z.number().int(),
  mainOnTime: z.number().int(),
  co: z.number().int(),
  coAnswered: z.number().int(),
  total: z.number().int(),
  answered: z.number().int(),
  answerRate: rateSchema,
  mainOnTimeRate: rateSchema,
  replyClasses: z.object({ A: z.number().int(), B: z.number().int(), C: z.number().int() }),
  /** 征询 returned for the proposals it 主办, and 满意 + 基本满意 among them. */
  feedbackReturned: z.number().int(),
  satisfied: z.number().int(),
  satisfactionRate: rateSchema,
  /** Suggested 优秀承办单位 (every 主办 one answered on time, every returned 征询 satisfied); the clerk decides. */
  candidate: z.boolean(),
  /** Named 优秀承办单位 in this scope. */
  excellent: z.boolean(),
});

export const excellentUnitRecord = z.object({
  id: z.number().int(),
  version: z.number().int(),
  termId: z.number().int(),
  termName: z.string(),
  meetingId: z.number().int().nullable(),
  /** 第三次会议, or 平时. */
  sessionName: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  date: z.string(),
  note: z.string(),
  actor: z.string(),
  createdAt: z.string(),
  voidedAt: nullableText,
  voidReason: nullableText,
});
export type ExcellentUnitRecord = z.output<typeof excellentUnitRecord>;

export const excellentUnitFilter = z.object({
  termId: id('届次').optional(),
  /** undefined = every 会次 and 平时; null = 平时 only. */
  meetingId: meetingRef.optional(),
  /** 评定年度 (the year of the date it was named). */
  year: yearField('评定年度').optional(),
  unitId: id('承办单位').optional(),
  includeVoided: z.boolean().default(false),
});

export const statisticsOutput = z.object({
  scopeName: z.string(),
  termName: z.string(),
  /** 第四次会议, 平时, or '' for the whole 届. */
  sessionName: z.string(),
  summary: z.object({
    received: z.number().int(),
    collective: z.number().int(),
    individual: z.number().int(),
    byKind: z.record(z.string(), z.number().int()),
    filed: z.number().int(),
    filingRate: rateSchema,
    notFiled: z.number().int(),
    convertedToOpinion: z.number().int(),
    convertedToLetter: z.number().int(),
    merged: z.number().int(),
    undecided: z.number().int(),
    key: z.number().int(),
    mainUnits: z.number().int(),
    units: z.number().int(),
    answered: z.number().int(),
    answerRate: rateSchema,
    onTime: z.number().int(),
    onTimeRate: rateSchema,
    replyClasses: z.object({ A: z.object({ count: z.number().int(), share: rateSchema }), B: z.object({ count: z.number().int(), share: rateSchema }), C: z.object({ count: z.number().int(), share: rateSchema }) }),
    feedback: z.object({
      returned: z.number().int(),
      满意: z.number().int(),
      基本满意: z.number().int(),
      不满意: z.number().int(),
      satisfactionRate: rateSchema,
      satisfiedRate: rateSchema,
    }),
  }),
  byKind: z.array(filingRow),
  byCategory: z.array(filingRow),
  bySector: z.array(filingRow),
  byParty: z.array(filingRow),
  units: z.array(unitStatRow),
  /** 优秀承办单位 named for this scope (a whole 届: every 会次's). */
  excellentUnits: z.array(excellentUnitRecord),
  paragraph: z.string(),
});
export type ProposalStatistics = z.output<typeof statisticsOutput>;

/** A proposal with everything a printed book or form needs (提案汇编, 提案目录, 交办清单). */
export const proposalBookRow = proposalListRow.extend({
  background: z.string(),
  problems: z.string(),
  suggestions: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  serial: z.number().int().nullable(),
  series: nullableText,
  coDueDate: nullableText,
  signDeadline: nullableText,
  rejectReason: nullableText,
});
export type ProposalBookRow = z.output<typeof proposalBookRow>;

/** 提案工作设置: the deadline rules (deadlines.ts) and the number of 办理 rounds. */
export const proposalSettings = z.object({
  replyMonths: count('办理期限（月）', 12).min(1, '办理期限至少1个月'),
  maxReplyMonths: count('延期后最长办理期限（月）', 12).min(1, '最长办理期限至少1个月'),
  coHandlerMonths: count('会办单位答复期限（月）', 12).min(1, '会办期限至少1个月'),
  signWorkdays: count('签收/申退期限（工作日）', 30).min(1, '签收期限至少1个工作日'),
  redoMonths: count('重新办理期限（月）', 12).min(1, '重新办理期限至少1个月'),
  followUpMonths: count('回头看间隔（月）', 24).min(1, '回头看间隔至少1个月'),
  maxRounds: count('最多办理轮次', 5).min(1, '至少办理1轮'),
});
export type ProposalSettings = z.output<typeof proposalSettings>;
export const defaultProposalSettings: ProposalSettings = { replyMonths: 3, maxReplyMonths: 6, coHandlerMonths: 1, signWorkdays: 5, redoMonths: 1, followUpMonths: 6, maxRounds: 2 };

/** One row of the 历史数据导入 sheet, as text. */
export const historyRow = z.object({
  row: z.number().int().min(1),
  term: z.string().max(200).default(''),
  session: z.string().max(200).default(''),
  serial: z.string().max(200).default(''),
  title: z.string().max(500).default(''),
  kind: z.string().max(200).default(''),
  proposer: z.string().max(200).default(''),
  cosigners: z.string().max(2000).default(''),
  sector: z.string().max(200).default(''),
  party: z.string().max(200).default(''),
  category: z.string().max(200).default(''),
  submittedDate: z.string().max(200).default(''),
  result: z.string().max(200).default(''),
  rejectReason: z.string().max(500).default(''),
  mainUnit: z.string().max(200).default(''),
  coUnits: z.string().max(1000).default(''),
  mode: z.string().max(200).default(''),
  assignedDate: z.string().max(200).default(''),
  dueDate: z.string().max(200).default(''),
  answeredDate: z.string().max(200).default(''),
  replyClass: z.string().max(200).default(''),
  feedback: z.string().max(200).default(''),
  isKey: z.string().max(200).default(''),
  isExcellent: z.string().max(200).default(''),
  content: z.string().max(30000).default(''),
});
export type HistoryRow = z.input<typeof historyRow>;

/** The 历史数据导入 template's columns, in order; the importer reads them by header text. */
export const historyColumns: { key: Exclude<keyof HistoryRow, 'row'>; header: string; width: number; example: string }[] = [
  { key: 'term', header: '届次', width: 8, example: '10' },
  { key: 'session', header: '会次', width: 8, example: '3' },
  { key: 'serial', header: '编号', width: 8, example: '1' },
  { key: 'title', header: '案由', width: 40, example: '关于加快推进农村生活污水治理的建议' },
  { key: 'kind', header: '提案者类型', width: 12, example: '委员联名' },
  { key: 'proposer', header: '提案者', width: 14, example: '张明华' },
  { key: 'cosigners', header: '附议人', width: 24, example: '李芳、王建国' },
  { key: 'sector', header: '界别', width: 14, example: '农业界' },
  { key: 'party', header: '党派', width: 10, example: '民盟' },
  { key: 'category', header: '类别', width: 10, example: '生态文明' },
  { key: 'submittedDate', header: '提交日期', width: 12, example: '2022-01-12' },
  { key: 'result', header: '审查结果', width: 10, example: '立案' },
  { key: 'rejectReason', header: '不予立案理由', width: 20, example: '' },
  { key: 'mainUnit', header: '主办单位', width: 20, example: '县农业农村局' },
  { key: 'coUnits', header: '协办单位', width: 24, example: '市生态环境局永安分局、县水利局' },
  { key: 'mode', header: '交办方式', width: 8, example: '会办' },
  { key: 'assignedDate', header: '交办日期', width: 12, example: '2022-02-20' },
  { key: 'dueDate', header: '办理期限', width: 12, example: '' },
  { key: 'answeredDate', header: '答复日期', width: 12, example: '2022-05-10' },
  { key: 'replyClass', header: '答复类别', width: 8, example: 'A' },
  { key: 'feedback', header: '征询意见', width: 10, example: '满意' },
  { key: 'isKey', header: '重点提案', width: 8, example: '否' },
  { key: 'isExcellent', header: '优秀提案', width: 8, example: '否' },
  { key: 'content', header: '提案内容', width: 50, example: '（可选）提案正文' },
];

export const proposalContract = {
  'proposal.list': query('提案列表（筛选、全文检索、分页）', proposalListInput, z.object({ rows: z.array(proposalListRow), total: z.number().int() })),
  'proposal.get': query('提案详情（含办理过程、答复、时间线和可执行的操作）', z.object({ id: id('提案') }), proposalRecord),
  'proposal.save': command('新增或修改提案（立案前）', proposalSaveInput, proposalRecord),
  'proposal.cosign': command(
    '附议确认（确认或拒绝附议）',
    target.extend({ memberId: id('附议委员'), state: choice('附议状态', ['已确认', '已拒绝'] as const), date: stepDate }),
    proposalRecord,
  ),
  'proposal.transition': command('提案办理步骤（提交、预审、审查、签收、申退、审核、征询、办结、归档……）', transitionInput, proposalRecord),
  'proposal.assign': command('交办（主办、协办单位和交办方式）', assignInput, proposalRecord),
  'proposal.reply': command('登记办理答复（主办答复或协办意见）', replyInput, proposalRecord),
  'proposal.remind': command('催办（可批量，一个事务）', remindInput, z.object({ reminded: z.number().int() })),
  'proposal.batchFile': command(
    '批量立案（一个事务，可按类别重排编号）',
    z.object({ items: batchItems, date: stepDate, comment, renumber: z.boolean().default(false) }),
    z.object({ filed: z.number().int(), numbers: z.array(z.object({ id: z.number().int(), number: z.string() })) }),
  ),
  'proposal.batchAssign': command(
    '批量交办（一个事务）',
    z.object({ items: z.array(target.extend(assignmentFields.shape)).min(1, '请至少选择一件提案').max(2000, '一次最多交办2000件'), date: stepDate, comment }),
    z.object({ assigned: z.number().int() }),
  ),
  'proposal.renumber': command(
    '按类别重排立案编号（已交办的编号不变）',
    z.object({ termId: id('届次'), meetingId: meetingRef }),
    z.object({ changed: z.number().int(), skipped: z.number().int() }),
  ),
  'proposal.setKey': command(
    '设为或取消重点提案（督办领导）',
    target.extend({ isKey: z.boolean(), keyLeader: optionalText('督办领导', 100), date: stepDate, comment }),
    proposalRecord,
  ),
  'proposal.supervise': command(
    '登记督办（重点提案）',
    target.extend({ date: isoDate('督办日期'), person: optionalText('督办领导', 100), method: optionalText('督办方式', 30), place: optionalText('地点', 100), content: text('督办情况', 5000) }),
    proposalRecord,
  ),
  'proposal.followUp': command(
    '登记回头看（B类答复）',
    target.extend({ date: isoDate('回头看日期'), person: optionalText('参加人员', 100), content: text('回头看情况', 5000), done: z.boolean().default(true) }),
    proposalRecord,
  ),
  'proposal.setExcellent': command('评为或取消优秀提案', target.extend({ isExcellent: z.boolean(), note: optionalText('说明', 200), date: stepDate }), proposalRecord),
  'proposal.excellentUnits': query(
    '优秀承办单位名单（按届次、会次、年度筛选）',
    excellentUnitFilter.extend(pageInput),
    z.object({ rows: z.array(excellentUnitRecord), total: z.number().int() }),
  ),
  'proposal.markExcellentUnit': command(
    '评为优秀承办单位（一个会次或平时提案）',
    z.object({ termId: id('届次'), meetingId: meetingRef, unitId: id('承办单位'), date: isoDate('评定日期'), note: optionalText('说明', 200) }),
    excellentUnitRecord,
  ),
  'proposal.voidExcellentUnit': command('撤销优秀承办单位（作废，须填写原因，记录保留）', voidInput, excellentUnitRecord),
  'proposal.restoreExcellentUnit': command('恢复已撤销的优秀承办单位', restoreInput, excellentUnitRecord),
  'proposal.statistics': query('提案统计（立案率、办复率、答复类别、满意率，含报告段落）', statisticsScope, statisticsOutput),
  'proposal.book': query(
    '一个会次（或筛选结果）的全部提案及正文，用于提案目录、提案汇编、交办清单',
    proposalFilter.extend({ limit: z.number().int().min(1).max(100_000).default(5000) }),
    z.object({ rows: z.array(proposalBookRow), total: z.number().int() }),
  ),
  'proposal.unitsOf': query('一批提案的承办单位（交办清单、催办函分组用）', z.object({ ids: z.array(id('提案')).max(100_000) }), z.array(z.object({ proposalId: z.number().int(), units: z.array(unitAssignment) }))),
  'proposal.import': command(
    '历史数据导入（全部校验通过才导入）',
    z.object({ rows: z.array(historyRow).min(1, '表格中没有数据行').max(20000, '一次最多导入20000行') }),
    importResult,
  ),
  'proposal.getSettings': query('提案工作设置', z.object({}).default({}), proposalSettings),
  'proposal.saveSettings': command('保存提案工作设置', proposalSettings, proposalSettings),
  'proposal.dueDatePreview': query(
    '按交办日期和节假日计算办理期限',
    z.object({ date: isoDate('交办日期'), mode: choice('交办方式', assignModes).optional() }),
    z.object({ dueDate: z.string(), maxDueDate: z.string(), signDeadline: z.string(), coDueDate: z.string().nullable() }),
  ),
};
