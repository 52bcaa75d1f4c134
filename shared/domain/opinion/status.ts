/**
 * 社情民意信息: statuses, author kinds, levels and the small vocabularies the machine, numbering,
 * scoring and statistics share. Every string here is a label users see exactly as written.
 */

/** A report's lifecycle states, in workflow order (lists and filters use this order). */
export const opinionStatuses = [
  '已保存',
  '已报送',
  '留存',
  '不采用',
  '已采用',
  '已编辑',
  '已审核',
  '已签发',
  '已印发',
  '已上报',
  '已转办',
  '已反馈',
  '已作废',
] as const;
export type OpinionStatus = (typeof opinionStatuses)[number];

export const opinionStatusDescriptions: Record<OpinionStatus, string> = {
  已保存: '已保存，尚未报送',
  已报送: '已报送，等待信息科审查',
  留存: '审查后留存备用（可再采用或不采用）',
  不采用: '经审查不采用（已注明原因）',
  已采用: '审查采用，等待编辑',
  已编辑: '已编辑，等待审核（编入一期《社情民意》后随该期审核）',
  已审核: '已审核，等待签发',
  已签发: '已签发，等待印发',
  已印发: '已在《社情民意》印发',
  已上报: '已报送上级政协（市、省或全国）',
  已转办: '已转有关单位办理',
  已反馈: '已收到办理或采用反馈',
  已作废: '已作废（记录保留）',
};

/** 报送者类型. */
export const opinionAuthorKinds = ['委员个人', '委员联名', '界别', '党派团体', '机关工作人员'] as const;
export type OpinionAuthorKind = (typeof opinionAuthorKinds)[number];
export const memberAuthorKinds: readonly OpinionAuthorKind[] = ['委员个人', '委员联名'];

/** 采用 and 批示 levels, lowest first. */
export const opinionLevels = ['县', '市', '省', '全国'] as const;
export type OpinionLevel = (typeof opinionLevels)[number];
/** The levels a report can be sent up to (报送上级). */
export const upperLevels = ['市', '省', '全国'] as const satisfies readonly OpinionLevel[];
export type UpperLevel = (typeof upperLevels)[number];

export const levelLabels: Record<OpinionLevel, string> = { 县: '县级', 市: '市级', 省: '省级', 全国: '全国' };
/** Where a report goes when it is sent up to a level (default 报送对象). */
export const upperTargets: Record<UpperLevel, string> = { 市: '市政协', 省: '省政协', 全国: '全国政协' };

export function levelRank(level: OpinionLevel): number {
  return opinionLevels.indexOf(level);
}

/** The guidance for one report: one issue, at most about 1500 characters. */
export const OPINION_GUIDE_CHARS = 1500;
/** Hard limit on the text a report may have (the guidance is a warning, this is a refusal). */
export const OPINION_MAX_CHARS = 6000;

/**
 * Characters as the office counts them for the ≈1500 guidance: every character except
 * whitespace (spaces, line breaks, full-width spaces), punctuation included.
 */
export function countChars(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/u.test(ch)) n++;
  return n;
}

/** Statuses reached only after 审查 采用 (a 县级采用 exists). */
export const adoptedStatuses: readonly OpinionStatus[] = ['已采用', '已编辑', '已审核', '已签发', '已印发', '已上报', '已转办', '已反馈'];
/** Statuses reached only after the report was printed in an issue of 《社情民意》. */
export const printedStatuses: readonly OpinionStatus[] = ['已印发', '已上报', '已转办', '已反馈'];
/** Statuses in which a report has been received by the office (报送 done, not voided). */
export const receivedStatuses: readonly OpinionStatus[] = ['已报送', '留存', '不采用', ...adoptedStatuses];
/** Edited reports that can be put into an issue (before it is 签发). */
export const issuableStatuses: readonly OpinionStatus[] = ['已编辑'];

export function isOpinionStatus(value: unknown): value is OpinionStatus {
  return typeof value === 'string' && (opinionStatuses as readonly string[]).includes(value);
}
export const isAdopted = (s: OpinionStatus) => adoptedStatuses.includes(s);
export const isPrinted = (s: OpinionStatus) => printedStatuses.includes(s);
export const isReceived = (s: OpinionStatus) => receivedStatuses.includes(s);

/** 《社情民意》 issue (期) statuses. */
export const issueStatuses = ['编辑中', '已审核', '已签发', '已印发', '已作废'] as const;
export type IssueStatus = (typeof issueStatuses)[number];
