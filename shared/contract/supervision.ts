import { z } from './zod';
import { command, query } from './define';
import { choice, count, id, isoDate, optionalText, pageInput, reasonField, recordMeta, restoreInput, saveKey, text, versionField, voidInput } from './fields';
import {
  activityForms,
  evaluationResults,
  groupRoles,
  itemStates,
  itemStatuses,
  letterStages,
  letterStatuses,
  progressValues,
  reviewForms,
  reviewResults,
  topicSources,
} from '../domain/supervision/status';
import { overdueKinds, reminderWays } from '../domain/supervision/reminders';

/** 民主监督建议书 (domain.md): topics, groups, activities, letters with items, 整改, 评估, 回头看, the 台账. */

const year = count('年度', 2100).min(2000, '年度应为四位年份，如2026');
const today = isoDate('统计日期').optional();
const person = (label: string) => text(label, 40);

// ---- 监督议题 -------------------------------------------------------------------------------

export const topicFields = z.object({
  year,
  source: choice('来源', topicSources),
  title: text('监督议题', 100),
  unitId: id('被监督单位'),
  description: optionalText('议题说明', 3000),
});

export const topicRecord = topicFields.extend({
  ...recordMeta,
  unitName: z.string(),
  groupCount: z.number().int(),
  activityCount: z.number().int(),
  letterCount: z.number().int(),
});
export type TopicRecord = z.output<typeof topicRecord>;

// ---- 监督小组 -------------------------------------------------------------------------------

export const groupFields = z.object({
  topicId: id('监督议题'),
  name: text('小组名称', 60),
  leaderId: id('组长'),
  memberIds: z.array(id('小组成员')).max(60, '小组成员最多60人').default([]),
  unitId: id('派驻单位'),
  liaison: optionalText('联络员', 40),
  note: optionalText('备注', 500),
});

const memberRef = z.object({ id: z.number().int(), name: z.string(), sectorName: z.string(), role: choice('职务', groupRoles) });

export const groupRecord = groupFields.extend({
  ...recordMeta,
  year: z.number().int(),
  topicTitle: z.string(),
  leaderName: z.string(),
  unitName: z.string(),
  members: z.array(memberRef),
  activityCount: z.number().int(),
});
export type GroupRecord = z.output<typeof groupRecord>;

// ---- 附件 (photos, evidence) ------------------------------------------------------------------

export const attachmentOwners = ['activity', 'feedback'] as const;
export const attachmentInfo = z.object({
  id: z.number().int(),
  version: z.number().int(),
  ownerKind: z.enum(attachmentOwners),
  ownerId: z.number().int(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
  caption: z.string(),
  createdAt: z.string(),
});
export type AttachmentInfo = z.output<typeof attachmentInfo>;

/** 10 MB per file (a photo from a phone). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

// ---- 活动记录 -------------------------------------------------------------------------------

export const activityFields = z.object({
  groupId: id('监督小组'),
  date: isoDate('活动日期'),
  place: text('活动地点', 100),
  form: choice('活动形式', activityForms),
  memberIds: z.array(id('参加委员')).max(100, '参加委员最多100人').default([]),
  otherParticipants: optionalText('其他参加人员', 500),
  findings: text('发现的问题和情况', 20000),
});

export const activityRecord = activityFields.extend({
  ...recordMeta,
  topicId: z.number().int(),
  topicTitle: z.string(),
  year: z.number().int(),
  groupName: z.string(),
  participants: z.array(z.object({ id: z.number().int(), name: z.string() })),
  photos: z.array(attachmentInfo),
});
export type ActivityRecord = z.output<typeof activityRecord>;

// ---- 建议书 ---------------------------------------------------------------------------------

/** An item while drafting: may be incomplete; 提交审核 checks it (machine.checkDraft). */
export const letterItemInput = z.object({
  id: z.number().int().positive().optional(),
  title: optionalText('事项标题', 60),
  problem: optionalText('存在问题', 10000),
  suggestion: optionalText('意见建议', 10000),
});

export const letterFields = z.object({
  topicId: id('监督议题'),
  groupId: id('监督小组').optional().nullable(),
  title: text('建议书标题', 100),
  mainUnitId: id('主送单位'),
  intro: optionalText('导语', 5000),
  closing: optionalText('结束语', 2000),
  /** 抄送; left out when creating = the default 抄送 of 设置 → 单位信息 (民主监督), left out when updating = unchanged. */
  cc: z.array(text('抄送机关', 60)).max(30, '抄送机关最多30个').optional(),
  items: z.array(letterItemInput).max(60, '一份建议书最多60条').default([]),
});

export const feedbackRecord = z.object({
  ...recordMeta,
  itemId: z.number().int(),
  round: z.number().int(),
  date: z.string(),
  measures: z.string(),
  progress: z.enum(progressValues),
  completionDate: z.string().nullable(),
  evidence: z.string(),
  attachments: z.array(attachmentInfo),
});
export type FeedbackRecord = z.output<typeof feedbackRecord>;

const availableAction = z.object({
  action: z.string(),
  needs: z.array(z.string()),
  description: z.string(),
  confirm: z.boolean(),
  allowed: z.boolean(),
  reason: z.string().optional(),
});
export type AvailableActionOut = z.output<typeof availableAction>;

export const itemRecord = z.object({
  id: z.number().int(),
  version: z.number().int(),
  seq: z.number().int(),
  title: z.string(),
  problem: z.string(),
  suggestion: z.string(),
  status: z.enum(itemStatuses),
  round: z.number().int(),
  feedbackDue: z.string().nullable(),
  progress: z.enum(progressValues).nullable(),
  measures: z.string().nullable(),
  completionDate: z.string().nullable(),
  feedbackDate: z.string().nullable(),
  evaluation: z.enum(evaluationResults).nullable(),
  evaluationDate: z.string().nullable(),
  evaluator: z.string().nullable(),
  evaluationComment: z.string().nullable(),
  reviewResult: z.enum(reviewResults).nullable(),
  reviewDate: z.string().nullable(),
  /** 台账 state today: 未送达 / 待反馈 / 整改中 / 已完成 / 逾期. */
  state: z.enum(itemStates),
  overdueDays: z.number().int(),
  /** 逾期 in working days (holiday table), as a 催办函 counts them. */
  overdueWorkdays: z.number().int(),
  /** 催办 so far, and the latest date. */
  reminderCount: z.number().int(),
  lastReminderDate: z.string().nullable(),
  actions: z.array(availableAction),
});
export type ItemRecord = z.output<typeof itemRecord>;

export const itemCounts = z.object({
  total: z.number().int(),
  done: z.number().int(),
  inProgress: z.number().int(),
  awaiting: z.number().int(),
  overdue: z.number().int(),
  evaluated: z.number().int(),
  satisfied: z.number().int(),
  basicallySatisfied: z.number().int(),
  unsatisfied: z.number().int(),
});

export const letterRecord = z.object({
  ...recordMeta,
  topicId: z.number().int(),
  topicTitle: z.string(),
  topicSource: z.string(),
  year: z.number().int(),
  groupId: z.number().int().nullable(),
  groupName: z.string().nullable(),
  leaderName: z.string().nullable(),
  title: z.string(),
  mainUnitId: z.number().int(),
  mainUnitName: z.string(),
  intro: z.string(),
  closing: z.string(),
  cc: z.array(z.string()),
  status: z.enum(letterStatuses),
  stage: z.enum(letterStages),
  reviewer: z.string().nullable(),
  reviewDate: z.string().nullable(),
  reviewComment: z.string().nullable(),
  returnReason: z.string().nullable(),
  issuer: z.string().nullable(),
  issueDate: z.string().nullable(),
  docYear: z.number().int().nullable(),
  serial: z.number().int().nullable(),
  docNumber: z.string().nullable(),
  servedDate: z.string().nullable(),
  receiver: z.string().nullable(),
  feedbackDue: z.string().nullable(),
  closedDate: z.string().nullable(),
  closeComment: z.string().nullable(),
  reviewCount: z.number().int(),
  lastReviewDate: z.string().nullable(),
  reminderCount: z.number().int(),
  lastReminderDate: z.string().nullable(),
  counts: itemCounts,
  items: z.array(itemRecord),
});
export type LetterRecord = z.output<typeof letterRecord>;

export const reviewRecord = z.object({
  ...recordMeta,
  letterId: z.number().int(),
  date: z.string(),
  form: z.enum(reviewForms),
  participants: z.string(),
  summary: z.string(),
  findings: z.array(z.object({ itemId: z.number().int(), seq: z.number().int(), result: z.enum(reviewResults), note: z.string() })),
});
export type ReviewRecord = z.output<typeof reviewRecord>;

export const eventRecord = z.object({
  id: z.number().int(),
  at: z.string(),
  itemId: z.number().int().nullable(),
  itemSeq: z.number().int().nullable(),
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  date: z.string().nullable(),
  actor: z.string(),
  comment: z.string(),
});
export type EventRecord = z.output<typeof eventRecord>;

/** One 催办 (电话/函件/现场) with the items it named and how overdue each was that day. */
export const reminderRecord = z.object({
  ...recordMeta,
  letterId: z.number().int(),
  date: z.string(),
  way: z.enum(reminderWays),
  person: z.string(),
  note: z.string(),
  replyBy: z.string(),
  docYear: z.number().int().nullable(),
  serial: z.number().int().nullable(),
  docNumber: z.string().nullable(),
  items: z.array(
    z.object({ itemId: z.number().int(), seq: z.number().int(), title: z.string(), problem: z.string(), dueDate: z.string(), overdueKind: z.enum(overdueKinds), overdueWorkdays: z.number().int() }),
  ),
});
export type ReminderRecord = z.output<typeof reminderRecord>;

export const letterDetail = letterRecord.extend({
  actions: z.array(availableAction),
  feedback: z.array(feedbackRecord),
  reviews: z.array(reviewRecord),
  reminders: z.array(reminderRecord),
  events: z.array(eventRecord),
});
export type LetterDetail = z.output<typeof letterDetail>;

const letterKey = { id: id('建议书'), version: versionField };
const itemKey = { itemId: id('条目'), version: versionField };

export const findingInput = z.object({
  itemId: id('条目'),
  result: choice('落实情况', reviewResults),
  note: optionalText('说明', 2000),
});

export const ledgerInput = z.object({
  ...pageInput,
  year,
  stage: choice('阶段', letterStages).optional(),
  unitId: id('被监督单位').optional(),
  topicId: id('监督议题').optional(),
  overdueOnly: z.boolean().default(false),
  search: z.string().trim().max(50, '搜索词不能超过50个字').optional(),
  includeVoided: z.boolean().default(false),
  today,
});

export const ledgerTotals = itemCounts.extend({ letters: z.number().int(), byStage: z.record(z.string(), z.number().int()) });

export const supervisionRulesSchema = z.object({
  feedbackWorkdays: count('整改反馈期限（工作日）', 250).min(1, '整改反馈期限至少1个工作日'),
  redoWorkdays: count('重新整改期限（工作日）', 250).min(1, '重新整改期限至少1个工作日'),
  maxRounds: count('整改轮次上限', 5).min(1, '整改轮次至少1轮'),
});

export const supervisionContract = {
  'supervision.rules.get': query('民主监督期限设置', z.object({}).default({}), supervisionRulesSchema),
  'supervision.rules.save': command('保存民主监督期限设置', supervisionRulesSchema, supervisionRulesSchema),
  'supervision.years': query('有监督议题或签发了建议书的年度', z.object({}).default({}), z.array(z.number().int())),

  'supervision.topic.list': query(
    '监督议题列表',
    z.object({ ...pageInput, year: year.optional(), unitId: id('被监督单位').optional(), source: choice('来源', topicSources).optional(), search: z.string().trim().max(50).optional(), includeVoided: z.boolean().default(false) }),
    z.object({ rows: z.array(topicRecord), total: z.number().int() }),
  ),
  'supervision.topic.save': command('新增或修改监督议题', topicFields.extend(saveKey), topicRecord),
  'supervision.topic.void': command('作废监督议题', voidInput, topicRecord),
  'supervision.topic.restore': command('恢复监督议题', restoreInput, topicRecord),

  'supervision.group.list': query(
    '监督小组列表',
    z.object({ year: year.optional(), topicId: id('监督议题').optional(), includeVoided: z.boolean().default(false) }),
    z.array(groupRecord),
  ),
  'supervision.group.save': command('新增或修改监督小组', groupFields.extend(saveKey), groupRecord),
  'supervision.group.void': command('作废监督小组', voidInput, groupRecord),
  'supervision.group.restore': command('恢复监督小组', restoreInput, groupRecord),

  'supervision.activity.list': query(
    '监督活动记录',
    z.object({
      ...pageInput,
      year: year.optional(),
      topicId: id('监督议题').optional(),
      groupId: id('监督小组').optional(),
      form: choice('活动形式', activityForms).optional(),
      search: z.string().trim().max(50).optional(),
      includeVoided: z.boolean().default(false),
    }),
    z.object({ rows: z.array(activityRecord), total: z.number().int() }),
  ),
  'supervision.activity.save': command('新增或修改监督活动记录', activityFields.extend(saveKey), activityRecord),
  'supervision.activity.void': command('作废监督活动记录', voidInput, activityRecord),
  'supervision.activity.restore': command('恢复监督活动记录', restoreInput, activityRecord),

  'supervision.attachment.add': command(
    '上传照片或证明材料',
    z.object({
      ownerKind: z.enum(attachmentOwners),
      ownerId: id('所属记录'),
      fileName: text('文件名', 200),
      mime: z.string().max(100).default('application/octet-stream'),
      caption: optionalText('说明', 200),
      base64: z.string().min(1, '文件为空').max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4, '文件不能超过10MB'),
    }),
    attachmentInfo,
  ),
  'supervision.attachment.get': query('下载附件', z.object({ id: id('附件') }), attachmentInfo.extend({ base64: z.string() })),
  'supervision.attachment.caption': command('修改照片或附件的说明', z.object({ id: id('附件'), version: versionField, caption: optionalText('说明', 200) }), attachmentInfo),
  'supervision.attachment.void': command('作废附件', voidInput, attachmentInfo),

  'supervision.letter.get': query('建议书详情（条目、整改反馈、回头看、办理过程）', z.object({ id: id('建议书'), today }), letterDetail),
  'supervision.letter.save': command('起草或修改建议书（起草状态）', letterFields.extend(saveKey), letterDetail),
  'supervision.letter.submit': command('建议书提交审核', z.object(letterKey), letterDetail),
  'supervision.letter.approve': command(
    '建议书审核通过',
    z.object({ ...letterKey, reviewer: person('审核人'), date: isoDate('审核日期'), comment: optionalText('审核意见', 1000) }),
    letterDetail,
  ),
  'supervision.letter.return': command('建议书退回修改', z.object({ ...letterKey, reason: text('退回意见', 1000) }), letterDetail),
  'supervision.letter.issue': command('签发建议书（编发文字号）', z.object({ ...letterKey, issuer: person('签发人'), date: isoDate('成文日期') }), letterDetail),
  'supervision.letter.serve': command(
    '送达建议书（抄送督查室），开始计算整改反馈期限',
    z.object({ ...letterKey, date: isoDate('送达日期'), receiver: person('签收人') }),
    letterDetail,
  ),
  'supervision.letter.remind': command(
    '催办逾期条目（电话、函件或现场；函件催办可编发文字号、打印催办函）',
    z.object({
      ...letterKey,
      date: isoDate('催办日期'),
      way: choice('催办方式', reminderWays),
      person: person('催办人'),
      note: optionalText('催办说明', 1000),
      replyBy: isoDate('要求反馈日期'),
      itemIds: z.array(id('催办条目')).min(1, '请选择要催办的逾期条目').max(60),
      /** 函件: give the 催办函 the next 发文字号 of the 监 series. */
      numbered: z.boolean().default(false),
    }),
    letterDetail,
  ),
  'supervision.reminder.void': command('作废催办记录（登记错误的；催办函的发文字号不再使用）', voidInput, letterDetail),
  'supervision.letter.close': command('建议书结项', z.object({ ...letterKey, date: isoDate('结项日期'), comment: optionalText('结项意见', 2000) }), letterDetail),
  'supervision.letter.void': command('作废建议书（签发前）', z.object({ ...letterKey, reason: reasonField }), letterDetail),

  'supervision.item.feedback': command(
    '登记整改反馈（逐条）',
    z.object({
      ...itemKey,
      date: isoDate('反馈日期'),
      measures: text('整改措施', 10000),
      progress: choice('整改进度', progressValues),
      completionDate: isoDate('完成时间').optional().nullable(),
      evidence: optionalText('证明材料', 2000),
    }),
    feedbackRecord,
  ),
  'supervision.item.evaluate': command(
    '评估整改情况（逐条）',
    z.object({ ...itemKey, date: isoDate('评估日期'), result: choice('评估结果', evaluationResults), evaluator: person('评估人'), comment: optionalText('评估意见', 2000) }),
    itemRecord,
  ),
  'supervision.review.save': command(
    '登记回头看',
    z.object({
      ...letterKey,
      date: isoDate('回头看日期'),
      form: choice('回头看形式', reviewForms),
      participants: optionalText('参加人员', 500),
      summary: text('回头看情况', 10000),
      findings: z.array(findingInput).max(60).default([]),
    }),
    reviewRecord,
  ),

  'supervision.ledger': query(
    '民主监督台账（某年度签发的建议书及逐条整改情况；未签发的按议题年度）',
    ledgerInput,
    z.object({ rows: z.array(letterRecord), total: z.number().int(), totals: ledgerTotals }),
  ),
};
