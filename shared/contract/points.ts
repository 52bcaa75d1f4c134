import { z } from './zod';
import { command, query } from './define';
import { choice, count, id, isoDate, optionalText, pageInput, reasonField, recordMeta, restoreInput, text, versionField, voidInput } from './fields';
import {
  attendanceStatuses,
  eventKinds,
  eventTypes,
  factKindKeys,
  factModules,
  pointCategories,
  pointLevels,
  type FactKind,
} from '../domain/points/kinds';
import { groupDimensions, rankOrders } from '../domain/points/ranking';
import { MAX_RULE_POINTS, MAX_YEARLY_CAP } from '../domain/points/rules';
import { levelModes } from '../domain/opinion/scoring';
import { shareModes } from '../domain/points/share';

/** 履职积分 (domain.md): rules, 活动/会议 with attendance, points from every module's records, rankings, 结账, 年度数据. */

const year = count('年度', 2100).min(2000, '年度应为四位年份，如2026');
const today = isoDate('统计日期').optional();

function pointsNumber(label: string, max: number, allowNegative: boolean) {
  return z
    .number({ error: `${label}应为数字` })
    .min(allowNegative ? -max : 0, allowNegative ? `${label}不能小于−${max}` : `${label}不能为负数`)
    .max(max, `${label}不能超过${max}`)
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, `${label}最多保留两位小数`)
    .meta({ title: label });
}

export const periodFields = {
  from: isoDate('开始日期'),
  to: isoDate('截止日期'),
};
const periodCheck = (p: { from: string; to: string }) => p.to >= p.from;
const periodMessage = { message: '截止日期不能早于开始日期', path: ['to'] };

// ---- 积分规则 --------------------------------------------------------------------------------

export const factKindChoice = choice('计分事项', factKindKeys as [FactKind, ...FactKind[]]);

export const ruleFields = z.object({
  name: text('规则名称', 60),
  category: choice('积分类别', pointCategories),
  kind: factKindChoice,
  level: choice('级别', pointLevels).optional().nullable(),
  levelMode: choice('多级别计分', levelModes).optional().nullable(),
  tag: z.string({ error: '细分类型应为文字' }).trim().max(20, '细分类型不能超过20个字').meta({ title: '细分类型' }).optional().nullable(),
  points: pointsNumber('每项分值', MAX_RULE_POINTS, true),
  yearlyCap: pointsNumber('年度上限', MAX_YEARLY_CAP, false).optional().nullable(),
  /** 联名 kinds only: how the authors of one record share its points. */
  shareMode: choice('联名计分', shareModes).optional().nullable(),
  /** 第一作者全分其余按比例: the other authors' percentage. */
  shareRatio: z
    .number({ error: '其他作者计分比例应为数字' })
    .int('其他作者计分比例应为整数（百分比）')
    .min(0, '其他作者计分比例不能为负数')
    .max(100, '其他作者计分比例不能超过100%')
    .meta({ title: '其他作者计分比例' })
    .optional()
    .nullable(),
  /** When the rule (or this change of it) starts to count. */
  effectiveFrom: isoDate('生效日期'),
  note: optionalText('说明', 500),
  sort: count('排序', 9999).default(0),
});

export const ruleVersion = z.object({
  id: z.number().int(),
  seq: z.number().int(),
  name: z.string(),
  category: z.enum(pointCategories),
  level: z.enum(pointLevels).nullable(),
  levelMode: z.enum(levelModes).nullable(),
  tag: z.string().nullable(),
  points: z.number(),
  yearlyCap: z.number().nullable(),
  shareMode: z.enum(shareModes).nullable(),
  shareRatio: z.number().nullable(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  description: z.string(),
  createdAt: z.string(),
});

export const ruleRecord = ruleFields.extend({
  ...recordMeta,
  ruleKey: z.number().int(),
  seq: z.number().int(),
  level: z.enum(pointLevels).nullable(),
  levelMode: z.enum(levelModes).nullable(),
  tag: z.string().nullable(),
  yearlyCap: z.number().nullable(),
  shareMode: z.enum(shareModes).nullable(),
  shareRatio: z.number().nullable(),
  effectiveTo: z.string().nullable(),
  kindLabel: z.string(),
  module: z.enum(factModules),
  /** The module whose records this rule counts exists in this installation. */
  available: z.boolean(),
  /** Closed years (结账) any version of this rule counted in: its 计分事项 can no longer change. */
  usedInClosedYears: z.array(z.number().int()),
  description: z.string(),
  /** 生效 / 未生效 / 已停用 on `asOf`. */
  state: z.enum(['生效中', '未生效', '已停用']),
  versions: z.array(ruleVersion),
});
export type RuleRecord = z.output<typeof ruleRecord>;

export const factKindRecord = z.object({
  kind: z.string(),
  label: z.string(),
  module: z.enum(factModules),
  item: z.string(),
  defaultCategory: z.enum(pointCategories),
  hasLevel: z.boolean(),
  tagLabel: z.string().nullable(),
  tags: z.array(z.string()),
  typicalPoints: z.number(),
  available: z.boolean(),
  /** Records may have several member authors (联名): rules choose 各计全分 / 均分 / 第一作者全分其余按比例. */
  joint: z.boolean(),
});
export type FactKindRecord = z.output<typeof factKindRecord>;

// ---- 活动 / 会议 -----------------------------------------------------------------------------

export const eventBase = z.object({
    kind: choice('类别', eventKinds),
    type: text('类型', 20),
    title: text('名称', 100),
    date: isoDate('日期'),
    place: optionalText('地点', 100),
    organizer: optionalText('组织单位', 60),
    sectorGroupId: id('活动组').optional().nullable(),
    note: optionalText('备注', 1000),
});
const typeOk = (e: { kind: keyof typeof eventTypes; type: string }) => (eventTypes[e.kind] ?? []).includes(e.type);
const typeMessage = { message: '类型与类别不符（请选择会议类型或活动类型）', path: ['type'] };
export const eventFields = eventBase.refine(typeOk, typeMessage);

export const attendanceRow = z.object({
  memberId: id('委员'),
  status: choice('出席情况', attendanceStatuses),
  spoke: z.boolean({ error: '是否发言应为是或否' }).default(false),
  note: optionalText('备注', 200),
});

export const attendanceRecord = z.object({
  memberId: z.number().int(),
  name: z.string(),
  sectorName: z.string().nullable(),
  groupName: z.string().nullable(),
  phone: z.string(),
  status: z.enum(attendanceStatuses),
  spoke: z.boolean(),
  note: z.string(),
});
export type AttendanceRecord = z.output<typeof attendanceRecord>;

export const attendanceCounts = z.object({ expected: z.number().int(), present: z.number().int(), leave: z.number().int(), absent: z.number().int(), spoke: z.number().int() });

export const eventRecord = z.object({
  ...recordMeta,
  kind: z.enum(eventKinds),
  type: z.string(),
  title: z.string(),
  date: z.string(),
  place: z.string(),
  organizer: z.string(),
  sectorGroupId: z.number().int().nullable(),
  sectorGroupName: z.string().nullable(),
  note: z.string(),
  counts: attendanceCounts,
  /** 出席率 text, e.g. 93.33% (— when nobody was expected). */
  attendanceRate: z.string(),
});
export type EventRecord = z.output<typeof eventRecord>;
export const eventDetail = eventRecord.extend({ attendance: z.array(attendanceRecord) });
export type EventDetail = z.output<typeof eventDetail>;

/** One sign-in sheet row as read: 姓名 (and 手机号 when two members share a name), 出席情况, 发言, 备注. */
export const signinRow = z.object({
  row: z.number().int().min(1),
  name: z.string().max(200).default(''),
  phone: z.string().max(200).default(''),
  status: z.string().max(200).default(''),
  spoke: z.string().max(200).default(''),
  note: z.string().max(1000).default(''),
});
export type SigninRow = z.input<typeof signinRow>;

/** The sign-in sheet (签到表) template columns; the importer reads by header text. */
export const signinColumns: { key: Exclude<keyof SigninRow, 'row'>; header: string; width: number; example: string }[] = [
  { key: 'name', header: '姓名', width: 10, example: '张明华' },
  { key: 'phone', header: '手机号', width: 14, example: '13905791234' },
  { key: 'status', header: '出席情况', width: 10, example: '出席' },
  { key: 'spoke', header: '发言', width: 6, example: '否' },
  { key: 'note', header: '备注', width: 24, example: '' },
];

export const importModes = ['合并', '替换'] as const;

// ---- 积分、排名、结账 ---------------------------------------------------------------------------

export const scoredLine = z.object({
  memberId: z.number().int(),
  kind: z.string(),
  kindLabel: z.string(),
  module: z.enum(factModules),
  date: z.string(),
  level: z.string().nullable(),
  tag: z.string().nullable(),
  sourceTable: z.string(),
  sourceId: z.number().int(),
  label: z.string(),
  ruleId: z.number().int(),
  ruleKey: z.number().int(),
  ruleName: z.string(),
  category: z.enum(pointCategories),
  item: z.string(),
  rulePoints: z.number(),
  points: z.number(),
  capped: z.boolean(),
  topped: z.boolean(),
  /** A 联名 record's share (“3人联名，均分”); null when the record has one author. */
  share: z.string().nullable(),
  /** Read from the snapshot of a closed year. */
  closed: z.boolean(),
});
export type ScoredLineRecord = z.output<typeof scoredLine>;

export const unmatchedFact = z.object({ kind: z.string(), kindLabel: z.string(), date: z.string(), level: z.string().nullable(), tag: z.string().nullable(), sourceTable: z.string(), sourceId: z.number().int(), label: z.string() });

const categoryTotals = z.object({ 固定: z.number(), 任务: z.number(), 激励: z.number() });

const rankingBase = z.object({
  ...periodFields,
  /** Members of this 届 (default: the 届 in office at the end of the period). */
  termId: id('届次').optional(),
});
export const rankingInput = rankingBase.refine(periodCheck, periodMessage);

export const memberRankRow = z.object({
  rank: z.number().int(),
  tied: z.boolean(),
  memberId: z.number().int(),
  name: z.string(),
  sectorId: z.number().int().nullable(),
  sectorName: z.string().nullable(),
  groupId: z.number().int().nullable(),
  groupName: z.string().nullable(),
  partyName: z.string().nullable(),
  total: z.number(),
  byCategory: categoryTotals,
  byItem: z.record(z.string(), z.number()),
  items: z.number().int(),
});
export type MemberRankRowRecord = z.output<typeof memberRankRow>;

export const groupRankRow = z.object({
  rank: z.number().int(),
  tied: z.boolean(),
  id: z.number().int().nullable(),
  name: z.string(),
  members: z.number().int(),
  total: z.number(),
  average: z.number(),
  byCategory: categoryTotals,
  byItem: z.record(z.string(), z.number()),
});
export type GroupRankRowRecord = z.output<typeof groupRankRow>;

const periodInfo = {
  from: z.string(),
  to: z.string(),
  termId: z.number().int().nullable(),
  termName: z.string().nullable(),
  /** Years of the period read from a closed-year snapshot. */
  closedYears: z.array(z.number().int()),
  /** Facts in the period that no rule counts. */
  unmatched: z.number().int(),
  /** Modules whose records are not counted because the module is not installed yet. */
  missingModules: z.array(z.enum(factModules)),
};

export const closureRecord = z.object({
  ...recordMeta,
  year: z.number().int(),
  closedBy: z.string(),
  note: z.string(),
  memberCount: z.number().int(),
  lineCount: z.number().int(),
  total: z.number(),
});
export type ClosureRecord = z.output<typeof closureRecord>;

// ---- 年度数据 --------------------------------------------------------------------------------

export const figureRecordRef = z.object({
  table: z.string(),
  id: z.number().int(),
  label: z.string(),
  date: z.string().nullable(),
  detail: z.string(),
  /** The record a clerk opens for it when that is another one (a 建议书 条目 opens its 建议书). */
  opens: z.object({ table: z.string(), id: z.number().int() }).optional(),
});
export type FigureRecordRef = z.output<typeof figureRecordRef>;

export const figure = z.object({
  key: z.string(),
  module: z.enum(factModules),
  label: z.string(),
  /** Count, or a percentage with two decimals; null for a rate over nothing. */
  value: z.number().nullable(),
  /** As printed: 92件, 100.00%, — . */
  text: z.string(),
  /** How the figure is counted. */
  definition: z.string(),
  /** The records behind it (for a rate: its numerator). */
  records: z.array(figureRecordRef),
});
export type Figure = z.output<typeof figure>;

export const figuresOutput = z.object({
  year: z.number().int(),
  from: z.string(),
  to: z.string(),
  figures: z.array(figure),
  /** Draft sentences for the 工作报告, one per module (年度数据 draft paragraph set). */
  paragraphs: z.array(z.object({ module: z.enum(factModules), text: z.string() })),
  missingModules: z.array(z.enum(factModules)),
});
export type FiguresOutput = z.output<typeof figuresOutput>;

// ---- 年度履职情况通报 (发文字号) ---------------------------------------------------------------

export const noticeRecord = z.object({
  ...recordMeta,
  /** The 积分 year reported on. */
  year: z.number().int(),
  issueDate: z.string(),
  docYear: z.number().int(),
  serial: z.number().int(),
  /** 永政协办〔2027〕2号 (the office series, 设置 → 单位信息). */
  docNumber: z.string(),
  issuer: z.string(),
});
export type NoticeRecord = z.output<typeof noticeRecord>;

// ---- the methods ------------------------------------------------------------------------------

const eventListInput = z
  .object({
    ...pageInput,
    year: year.optional(),
    from: isoDate('开始日期').optional(),
    to: isoDate('截止日期').optional(),
    kind: choice('类别', eventKinds).optional(),
    type: z.string().trim().max(20).optional(),
    search: z.string().trim().max(50, '搜索词不能超过50个字').optional(),
    memberId: id('委员').optional(),
    includeVoided: z.boolean().default(false),
  })
  .default({ page: 1, pageSize: 20, includeVoided: false });

export const pointsContract = {
  'points.kinds': query('计分事项（记录来源）', z.object({}).default({}), z.array(factKindRecord)),

  'points.rule.list': query(
    '积分规则（每条规则的当前版本及历次版本）',
    z.object({ asOf: isoDate('查看日期').optional(), includeVoided: z.boolean().default(false) }).default({ includeVoided: false }),
    z.array(ruleRecord),
  ),
  'points.rule.save': command('新增积分规则，或自生效日期起修改（不改动已结账年度）', ruleFields.extend({ id: id('规则').optional(), version: versionField.optional() }), ruleRecord),
  'points.rule.stop': command('停用积分规则（自某日起不再计分）', z.object({ id: id('规则'), version: versionField, stopFrom: isoDate('停用日期') }), ruleRecord),
  'points.rule.void': command('作废积分规则（未用于已结账年度的）', voidInput, ruleRecord),
  'points.rule.restore': command('恢复已作废的积分规则', restoreInput, ruleRecord),
  'points.rule.loadDefaults': command('载入常用积分规则（规则表为空时）', z.object({ effectiveFrom: isoDate('生效日期') }), z.object({ created: z.number().int() })),

  'points.event.list': query('活动和会议列表（筛选、分页）', eventListInput, z.object({ rows: z.array(eventRecord), total: z.number().int() })),
  'points.event.get': query('活动或会议详情（考勤名单）', z.object({ id: id('活动或会议') }), eventDetail),
  'points.event.save': command(
    '新增或修改活动、会议（新增时可带应到委员，默认出席）',
    eventBase.extend({ id: id('活动或会议').optional(), version: versionField.optional(), memberIds: z.array(id('应到委员')).max(2000, '应到委员最多2000人').optional() }).refine(typeOk, typeMessage),
    eventDetail,
  ),
  'points.event.setAttendance': command(
    '登记考勤（出席、请假、缺席，是否发言）',
    z.object({ id: id('活动或会议'), version: versionField, rows: z.array(attendanceRow).max(2000, '考勤名单最多2000人') }),
    eventDetail,
  ),
  'points.event.importAttendance': command(
    '从签到表导入考勤（全部成功才导入）',
    z.object({
      id: id('活动或会议'),
      version: versionField,
      /** 合并: the sheet's members are set, others kept; 替换: the attendance list becomes the sheet. */
      mode: choice('导入方式', importModes).default('合并'),
      rows: z.array(signinRow).min(1, '签到表中没有数据行').max(2000, '一次最多导入2000行'),
    }),
    z.object({ imported: z.number().int(), errors: z.array(z.object({ row: z.number().int(), message: z.string() })), event: eventDetail.nullable() }),
  ),
  'points.event.void': command('作废活动或会议', voidInput, eventDetail),
  'points.event.restore': command('恢复已作废的活动或会议', restoreInput, eventDetail),

  'points.member': query(
    '委员积分明细（每一分对应的记录）',
    z.object({ memberId: id('委员'), ...periodFields }).refine(periodCheck, periodMessage),
    z.object({
      ...periodInfo,
      memberId: z.number().int(),
      name: z.string(),
      sectorName: z.string().nullable(),
      groupName: z.string().nullable(),
      total: z.number(),
      byCategory: categoryTotals,
      byItem: z.record(z.string(), z.number()),
      /** Rank among the members of the 届 in the period (null when the member is not in it). */
      rank: z.number().int().nullable(),
      tied: z.boolean(),
      of: z.number().int(),
      lines: z.array(scoredLine),
      unmatchedFacts: z.array(unmatchedFact),
    }),
  ),
  'points.ranking.members': query('委员积分排名（任意时段）', rankingInput, z.object({ ...periodInfo, items: z.array(z.string()), rows: z.array(memberRankRow) })),
  'points.ranking.groups': query(
    '界别、活动组积分排名及界别积分表（任意时段）',
    rankingBase.extend({ by: choice('排名对象', groupDimensions).default('sector'), order: choice('排名依据', rankOrders).default('average') }).refine(periodCheck, periodMessage),
    z.object({ ...periodInfo, items: z.array(z.string()), rows: z.array(groupRankRow), totals: z.object({ members: z.number().int(), total: z.number(), byItem: z.record(z.string(), z.number()) }) }),
  ),

  'points.year.list': query('积分年度及结账情况', z.object({}).default({}), z.array(z.object({ year: z.number().int(), closure: closureRecord.nullable() }))),
  'points.year.close': command('年度结账（该年度积分从此固定，不受以后规则和记录改动影响）', z.object({ year, note: optionalText('结账说明', 500), today }), closureRecord),
  'points.year.reopen': command('撤销年度结账（需说明原因）', z.object({ year, reason: reasonField }), closureRecord),

  'points.notice.list': query('年度履职情况通报的发文记录（含已作废的）', z.object({ year: year.optional() }).default({}), z.array(noticeRecord)),
  'points.notice.issue': command(
    '印发年度履职情况通报：按办公室发文序列编发文字号（每年从1起，不重复使用）',
    z.object({ year, issueDate: isoDate('成文日期'), issuer: optionalText('签发人', 20) }),
    noticeRecord,
  ),
  'points.notice.void': command('作废已印发的年度履职情况通报（文号不再使用）', voidInput, noticeRecord),

  'points.figures': query('年度数据（工作报告引用的各项数字，均可追溯到记录）', z.object({ year }), figuresOutput),
};
