/**
 * 文史资料 vocabularies: the article lifecycle from 收稿 to 刊用, 三审 and 三校 steps, 三亲 and the
 * 选稿 decisions. Every string here is a label users see exactly as written (domain.md 文史资料).
 */

/** Article statuses in workflow order (lists and filters use this order). */
export const articleStatuses = [
  '已收稿',
  '待用',
  '不用',
  '待初审',
  '待复审',
  '待终审',
  '退改',
  '终审通过',
  '一校完成',
  '二校完成',
  '三校完成',
  '已刊用',
] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

export const articleStatusDescriptions: Record<ArticleStatus, string> = {
  已收稿: '已登记，等待选稿',
  待用: '放入待用稿库，以后再定',
  不用: '选稿或审稿决定不用（记录原因）',
  待初审: '已采用，等待初审',
  待复审: '初审通过，等待复审',
  待终审: '复审通过，等待终审',
  退改: '审稿退回作者或整理人修改，改后从初审重新审',
  终审通过: '三审完毕，可以编入某一辑并开始校对',
  一校完成: '已完成一校',
  二校完成: '已完成二校',
  三校完成: '三校完毕，等待付印',
  已刊用: '所在辑已付印（或为入库的历史文史资料）',
};

/** 三亲: the writer lived it, saw it, or heard it from those who did. */
export const sanqinTypes = ['亲历', '亲见', '亲闻'] as const;
export type SanqinType = (typeof sanqinTypes)[number];

/** 选稿 decisions. */
export const selectionDecisions = ['采用', '待用', '不用'] as const;
export type SelectionDecision = (typeof selectionDecisions)[number];

/** 三审: 初审 → 复审 → 终审, each by a different person. */
export const reviewStages = ['初审', '复审', '终审'] as const;
export type ReviewStage = (typeof reviewStages)[number];
export const reviewDecisions = ['通过', '退改', '不用'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

/** 三校: 一校 → 二校 → 三校 on the typeset proofs, after 终审. */
export const proofRounds = ['一校', '二校', '三校'] as const;
export type ProofRound = (typeof proofRounds)[number];

/** 稿件授权 (rights to print the manuscript and its photos). */
export const permissionStates = ['已授权', '待授权', '无需授权'] as const;
export type PermissionState = (typeof permissionStates)[number];

/** 编辑中 while articles are arranged and proofread; 已付印 once sent to the printer (locked). */
export const volumeStatuses = ['编辑中', '已付印'] as const;
export type VolumeStatus = (typeof volumeStatuses)[number];

/** 征稿 state, computed from the deadline (not stored). */
export const callStates = ['征稿中', '已截止'] as const;
export type CallState = (typeof callStates)[number];

/** Statuses in which an article may be placed in a volume: 终审 has passed (domain.md: 三审 before 成辑). */
export const volumeEligibleStatuses: readonly ArticleStatus[] = ['终审通过', '一校完成', '二校完成', '三校完成'];

/** Statuses after 终审 (the article has passed 三审). */
export const reviewedStatuses: readonly ArticleStatus[] = ['终审通过', '一校完成', '二校完成', '三校完成', '已刊用'];

/** Before 终审: the text may still change a lot; 三校 cannot start. */
export const underReviewStatuses: readonly ArticleStatus[] = ['待初审', '待复审', '待终审', '退改'];

/** An article's text can be changed until its volume is 付印 (imported archive articles stay correctable). */
export function articleEditable(a: { status: string; imported: boolean; voidedAt?: string | null }): boolean {
  return !a.voidedAt && (a.status !== '已刊用' || a.imported);
}

/** 三校 is done: the article's error rate can be judged against the target. */
export const proofDone = (status: string) => status === '三校完成' || status === '已刊用';

export function isArticleStatus(value: unknown): value is ArticleStatus {
  return typeof value === 'string' && (articleStatuses as readonly string[]).includes(value);
}
export function canEnterVolume(status: ArticleStatus): boolean {
  return volumeEligibleStatuses.includes(status);
}
export function hasPassedFinalReview(status: ArticleStatus): boolean {
  return reviewedStatuses.includes(status);
}

/** The stage a status is waiting for (初审/复审/终审), if any. */
export function pendingReviewStage(status: ArticleStatus): ReviewStage | undefined {
  return ({ 待初审: '初审', 待复审: '复审', 待终审: '终审' } as Partial<Record<ArticleStatus, ReviewStage>>)[status];
}

/** The 校次 a status is waiting for, if any. */
export function pendingProofRound(status: ArticleStatus): ProofRound | undefined {
  return ({ 终审通过: '一校', 一校完成: '二校', 二校完成: '三校' } as Partial<Record<ArticleStatus, ProofRound>>)[status];
}
