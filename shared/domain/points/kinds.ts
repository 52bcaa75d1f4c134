/**
 * 履职积分 vocabulary: rule categories, the levels of 采用/批示, and the catalog of fact kinds.
 *
 * A fact is one thing a member did that the office already has a record of (attended a meeting,
 * led a 立案 proposal, had a 社情民意 adopted by the province …). Facts come from each module's own
 * tables (db/services/points/facts/*); nothing is typed in twice. A rule says how many points one
 * fact of a kind earns. The catalog below is the one list of kinds, with the labels users see.
 */
import { activityForms } from '../supervision/status';
import { opinionLevels, type OpinionLevel } from '../opinion/status';
import type { FactAuthors } from './share';

/** 固定积分 (attending meetings), 任务积分 (proposals, 社情民意, speeches, activities), 激励积分 (批示, 优秀提案). */
export const pointCategories = ['固定', '任务', '激励'] as const;
export type PointCategory = (typeof pointCategories)[number];
export const categoryLabels: Record<PointCategory, string> = { 固定: '固定积分', 任务: '任务积分', 激励: '激励积分' };

/** 采用 and 批示 levels, lowest first (the same four as 社情民意). */
export const pointLevels = opinionLevels;
export type PointLevel = OpinionLevel;

/** 会议 and 活动 the office records attendance for (履职积分 → 活动会议). */
export const eventKinds = ['会议', '活动'] as const;
export type EventKind = (typeof eventKinds)[number];
export const meetingTypes = ['全体会议', '常委会议', '主席会议', '专题协商会', '界别协商会', '其他会议'] as const;
export const activityTypes = ['视察调研', '界别活动', '学习培训', '社会服务', '委员工作室', '其他活动'] as const;
export const eventTypes: Record<EventKind, readonly string[]> = { 会议: meetingTypes, 活动: activityTypes };

/** Attendance: 出席 / 请假 / 缺席 (absent without leave). */
export const attendanceStatuses = ['出席', '请假', '缺席'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/** The module a fact kind comes from; its source is present only once that module exists. */
export const factModules = ['活动会议', '提案', '社情民意', '民主监督', '文史资料'] as const;
export type FactModule = (typeof factModules)[number];

export interface FactKindInfo {
  /** What one fact is, as the rules editor and the drill-down show it. */
  label: string;
  module: FactModule;
  /** 考核项目: the column of the 界别 scoring table (seed 002) the kind's points go to. */
  item: string;
  /** The category a new rule of this kind starts with. */
  defaultCategory: PointCategory;
  /** Facts carry a level (县/市/省/全国): a rule may count one level only. */
  hasLevel: boolean;
  /** Facts carry a 细分类型 (会议类型, 活动形式 …): a rule may count one of them only. */
  tagLabel?: string;
  tags?: readonly string[];
  /** Points a rule of this kind usually has (for a new rule; negative = 扣分). */
  typicalPoints: number;
  /** What one fact is counted in: 每次 (attendance, activities), 每件 (proposals, 批示), 每篇 (reports, articles). */
  unit: '次' | '件' | '篇';
  /** One record may have several member authors in the same role (联名): a rule chooses how they share (share.ts). */
  joint?: boolean;
}

const meetingTags = { tagLabel: '会议类型', tags: meetingTypes };
const activityTags = { tagLabel: '活动类型', tags: activityTypes };
const eventTags = { tagLabel: '会议或活动类型', tags: [...meetingTypes, ...activityTypes] };

/** THE catalog. Keys are stored in rules; never rename one. */
export const factKinds = {
  'meeting.attended': { label: '出席会议', module: '活动会议', item: '会议出席', defaultCategory: '固定', hasLevel: false, ...meetingTags, typicalPoints: 2, unit: '次' },
  'meeting.leave': { label: '会议请假', module: '活动会议', item: '会议出席', defaultCategory: '固定', hasLevel: false, ...meetingTags, typicalPoints: 0, unit: '次' },
  'meeting.absent': { label: '会议缺席（未请假）', module: '活动会议', item: '会议出席', defaultCategory: '固定', hasLevel: false, ...meetingTags, typicalPoints: -2, unit: '次' },
  'activity.attended': { label: '参加活动', module: '活动会议', item: '活动参加', defaultCategory: '任务', hasLevel: false, ...activityTags, typicalPoints: 2, unit: '次' },
  'activity.leave': { label: '活动请假', module: '活动会议', item: '活动参加', defaultCategory: '任务', hasLevel: false, ...activityTags, typicalPoints: 0, unit: '次' },
  'activity.absent': { label: '活动缺席（未请假）', module: '活动会议', item: '活动参加', defaultCategory: '任务', hasLevel: false, ...activityTags, typicalPoints: -1, unit: '次' },
  speech: { label: '会议或活动发言', module: '活动会议', item: '发言', defaultCategory: '任务', hasLevel: false, ...eventTags, typicalPoints: 3, unit: '次' },
  'proposal.filed.lead': { label: '立案提案（个人或领衔）', module: '提案', item: '提案', defaultCategory: '任务', hasLevel: false, typicalPoints: 5, unit: '件' },
  'proposal.filed.cosign': { label: '立案提案（附议）', module: '提案', item: '提案', defaultCategory: '任务', hasLevel: false, typicalPoints: 2, unit: '件' },
  /** Every proposer of a 立案 proposal, 领衔 first then the confirmed 附议 members: for offices that share one proposal's points instead of scoring 领衔 and 附议 apart. */
  'proposal.filed': { label: '立案提案（全体提案人）', module: '提案', item: '提案', defaultCategory: '任务', hasLevel: false, typicalPoints: 5, unit: '件', joint: true },
  'proposal.key': { label: '重点提案（个人或领衔）', module: '提案', item: '提案', defaultCategory: '激励', hasLevel: false, typicalPoints: 5, unit: '件' },
  'proposal.excellent': { label: '优秀提案（个人或领衔）', module: '提案', item: '优秀提案', defaultCategory: '激励', hasLevel: false, typicalPoints: 10, unit: '件' },
  'opinion.submitted': { label: '报送社情民意', module: '社情民意', item: '社情民意', defaultCategory: '任务', hasLevel: false, typicalPoints: 1, unit: '篇', joint: true },
  'opinion.adopted': { label: '社情民意被采用', module: '社情民意', item: '社情民意', defaultCategory: '任务', hasLevel: true, typicalPoints: 5, unit: '篇', joint: true },
  'opinion.instruction': { label: '社情民意获批示', module: '社情民意', item: '批示', defaultCategory: '激励', hasLevel: true, typicalPoints: 10, unit: '次', joint: true },
  'supervision.activity': { label: '参加民主监督活动', module: '民主监督', item: '民主监督', defaultCategory: '任务', hasLevel: false, tagLabel: '活动形式', tags: activityForms, typicalPoints: 2, unit: '次' },
  'history.article.used': { label: '文史稿件被采用', module: '文史资料', item: '文史资料', defaultCategory: '任务', hasLevel: false, typicalPoints: 3, unit: '篇' },
} as const satisfies Record<string, FactKindInfo>;

export type FactKind = keyof typeof factKinds;
export const factKindKeys = Object.keys(factKinds) as FactKind[];

export function isFactKind(value: unknown): value is FactKind {
  return typeof value === 'string' && Object.hasOwn(factKinds, value);
}

export function factKindInfo(kind: FactKind): FactKindInfo {
  return factKinds[kind];
}

/** True when records of the kind can have several member authors (联名) sharing its points. */
export function isJointKind(kind: FactKind): boolean {
  return 'joint' in factKinds[kind] && factKinds[kind].joint === true;
}

/** 考核项目 in catalog order (the columns of the 界别 scoring table). */
export const pointItems: readonly string[] = [...new Set(factKindKeys.map((k) => factKinds[k].item))];

/** 县级 / 市级 / 省级 / 全国. */
export const pointLevelLabels: Record<PointLevel, string> = { 县: '县级', 市: '市级', 省: '省级', 全国: '全国' };

/**
 * One fact: a member, a kind, the date it happened (the date that decides its year and the rule
 * in force), and the record behind it (table + id + a label a clerk recognises).
 */
export interface Fact extends FactAuthors {
  memberId: number;
  kind: FactKind;
  /** ISO date. */
  date: string;
  level?: PointLevel | null;
  /** 细分类型 (会议类型, 活动形式 …). */
  tag?: string | null;
  sourceTable: string;
  sourceId: number;
  label: string;
}

/** Facts in the order the yearly cap consumes them: by date, then by record, then by kind. */
export function compareFacts(a: Fact, b: Fact): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.sourceTable < b.sourceTable ? -1 : a.sourceTable > b.sourceTable ? 1 : a.sourceId - b.sourceId || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.memberId - b.memberId);
}
