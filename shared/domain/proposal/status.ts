/**
 * 提案 statuses, kinds and the small vocabularies the machine, numbering, deadlines and
 * statistics share. Every string here is a label users see exactly as written.
 */

/** The lifecycle states, in workflow order (lists and filters use this order). */
export const proposalStatuses = [
  '暂存',
  '待预审',
  '退回修改',
  '待审查',
  '立案',
  '不予立案',
  '已并案',
  '已交办',
  '已签收',
  '申请退回',
  '已答复',
  '答复退回',
  '待征询',
  '待办结',
  '不满意重办',
  '已办结',
  '已归档',
  '已作废',
] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

/** A one-line explanation per status (tooltips, the status legend). */
export const statusDescriptions: Record<ProposalStatus, string> = {
  暂存: '草稿，尚未提交',
  待预审: '已提交，等待提案委预审',
  退回修改: '预审退回，由提案者修改后重新提交',
  待审查: '预审通过，等待审查立案',
  立案: '已立案，待交办',
  不予立案: '经审查不予立案（可转为社情民意或委员来信）',
  已并案: '已并入另一件提案办理',
  已交办: '已交办，等待承办单位签收',
  已签收: '承办单位已签收，正在办理',
  申请退回: '承办单位申请退回（申退），等待提案委处理',
  已答复: '承办单位已答复，等待提案委审核',
  答复退回: '答复未通过审核，承办单位重新办理',
  待征询: '答复已审核通过，等待提案者反馈征询意见',
  待办结: '征询意见已反馈，等待办结',
  不满意重办: '提案者不满意，承办单位重新办理',
  已办结: '办理完毕',
  已归档: '已归档',
  已作废: '已作废（记录保留）',
};

/** 提案者类型. 集体 = 党派团体/界别/专委会; 个人 = 委员个人/委员联名. */
export const proposerKinds = ['委员个人', '委员联名', '党派团体', '界别', '专委会'] as const;
export type ProposerKind = (typeof proposerKinds)[number];
export const collectiveKinds: readonly ProposerKind[] = ['党派团体', '界别', '专委会'];
export function isCollective(kind: ProposerKind): boolean {
  return collectiveKinds.includes(kind);
}

/** 交办 mode: 单办 (one unit), 分办 (several units answer separately), 会办 (协办 units reply to the 主办). */
export const assignModes = ['单办', '分办', '会办'] as const;
export type AssignMode = (typeof assignModes)[number];
export const unitRoles = ['主办', '协办'] as const;
export type UnitRole = (typeof unitRoles)[number];

/** 答复类别 (办理类别). */
export const replyClasses = ['A', 'B', 'C'] as const;
export type ReplyClass = (typeof replyClasses)[number];
export const replyClassMeanings: Record<ReplyClass, string> = {
  A: '已解决或采纳',
  B: '正在解决或列入计划',
  C: '因条件限制留作参考',
};

/** 征询意见 results. */
export const feedbackResults = ['满意', '基本满意', '不满意'] as const;
export type FeedbackResult = (typeof feedbackResults)[number];

/** 附议 confirmation states of a 联名 proposal's co-signers. */
export const cosignStates = ['待确认', '已确认', '已拒绝'] as const;
export type CosignState = (typeof cosignStates)[number];

/** Statuses a proposal can only be in once it has been 立案 (it counts as 立案 in statistics). */
export const filedStatuses: readonly ProposalStatus[] = [
  '立案',
  '已交办',
  '已签收',
  '申请退回',
  '已答复',
  '答复退回',
  '待征询',
  '待办结',
  '不满意重办',
  '已办结',
  '已归档',
];

/** Statuses reached only after 交办 (the proposal's number is frozen). */
export const assignedStatuses: readonly ProposalStatus[] = [
  '已交办',
  '已签收',
  '申请退回',
  '已答复',
  '答复退回',
  '待征询',
  '待办结',
  '不满意重办',
  '已办结',
  '已归档',
];

/** Waiting for the 承办单位's answer: the due date runs and 催办 applies. */
/** 交办 while its units sign or ask to return: 签收 and 申退 are taken here. */
export const signingStatuses: readonly ProposalStatus[] = ['已交办', '已签收', '申请退回'];

export const awaitingReplyStatuses: readonly ProposalStatus[] = ['已交办', '已签收', '答复退回', '不满意重办'];

/** Before 审查 decides: the proposal has been received (or drafted) but is neither 立案 nor refused. */
export const beforeReviewStatuses: readonly ProposalStatus[] = ['暂存', '待预审', '退回修改', '待审查'];

/** Statuses from which no action leads anywhere except 转为… links (see the machine). */
export const finalStatuses: readonly ProposalStatus[] = ['不予立案', '已并案', '已归档', '已作废'];

export function isProposalStatus(value: unknown): value is ProposalStatus {
  return typeof value === 'string' && (proposalStatuses as readonly string[]).includes(value);
}
export function isFiledStatus(status: ProposalStatus): boolean {
  return filedStatuses.includes(status);
}
export function isAssignedStatus(status: ProposalStatus): boolean {
  return assignedStatuses.includes(status);
}
export function isAwaitingReply(status: ProposalStatus): boolean {
  return awaitingReplyStatuses.includes(status);
}
