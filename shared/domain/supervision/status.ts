/**
 * 民主监督建议书: the vocabularies the machine, numbering, deadlines and the 台账 share.
 * Every string here is a label users see exactly as written (domain.md, section 民主监督建议书).
 */
import { feedbackResults, type FeedbackResult } from '../proposal/status';

/** 监督议题 来源: where the year's topics come from (seed 001: 年度协商计划, 党政交办, 委员“自选式清单”). */
export const topicSources = ['年度协商计划', '党委交办', '政府委托', '委员建议', '界别提出', '专委会提出', '其他'] as const;
export type TopicSource = (typeof topicSources)[number];

/** 活动记录 形式. */
export const activityForms = ['座谈', '视察', '暗访', '调研'] as const;
export type ActivityForm = (typeof activityForms)[number];

/** 监督小组 roles. */
export const groupRoles = ['组长', '副组长', '成员'] as const;
export type GroupRole = (typeof groupRoles)[number];

/** The letter's lifecycle states, in workflow order (lists and filters use this order). */
export const letterStatuses = ['起草', '待审核', '待签发', '已签发', '整改中', '已结项', '已作废'] as const;
export type LetterStatus = (typeof letterStatuses)[number];

export const letterStatusDescriptions: Record<LetterStatus, string> = {
  起草: '正在起草建议书（退回修改的也在此）',
  待审核: '已提交审核',
  待签发: '审核通过，等待签发',
  已签发: '已签发并编号，等待送达',
  整改中: '已送达被监督单位，逐条整改反馈、评估、回头看',
  已结项: '整改评估和回头看已完成，结项',
  已作废: '已作废（记录保留）',
};

/** Statuses in which the letter's text and items may still change (before 签发). */
export const draftStatuses: readonly LetterStatus[] = ['起草'];
/** Statuses after 签发: the letter holds its 发文字号. */
export const issuedStatuses: readonly LetterStatus[] = ['已签发', '整改中', '已结项'];

/**
 * One item (一条问题+建议) after 送达:
 * 待反馈 (the unit has not reported) → 已反馈 → 已评估; 不满意 sends it to 重新整改 (a new round).
 */
export const itemStatuses = ['待反馈', '已反馈', '重新整改', '已评估'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

/** 整改进度 the unit reports with each 整改反馈. */
export const progressValues = ['整改中', '已完成'] as const;
export type Progress = (typeof progressValues)[number];

/** 评估 per item: the same three words as 提案 征询意见. */
export const evaluationResults = feedbackResults;
export type EvaluationResult = FeedbackResult;

/** 回头看 形式 (seed 001: 再调研、再协商、再监督). */
export const reviewForms = ['再调研', '再协商', '再监督', '实地察看'] as const;
export type ReviewForm = (typeof reviewForms)[number];

/** 回头看 finding per item. */
export const reviewResults = ['已落实', '基本落实', '未落实'] as const;
export type ReviewResult = (typeof reviewResults)[number];

/**
 * The 台账 column 整改情况 of one item: 已完成 (the unit reports it done), 整改中 (in progress, on time),
 * 逾期 (no report by the deadline, or the promised 完成时间 has passed), 待反馈 (not yet due), or
 * 未送达 (the letter has not reached the unit yet).
 */
export const itemStates = ['未送达', '待反馈', '整改中', '已完成', '逾期'] as const;
export type ItemState = (typeof itemStates)[number];

/** The 台账's stage of a letter: its status, with 整改中 split by how far the items have got. */
export const letterStages = ['起草', '待审核', '待签发', '已签发', '整改中', '待评估', '待回头看', '待结项', '已结项', '已作废'] as const;
export type LetterStage = (typeof letterStages)[number];

const is =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

export const isLetterStatus = is(letterStatuses);
export const isItemStatus = is(itemStatuses);
export const isEvaluationResult = is(evaluationResults);
export const isProgress = is(progressValues);
