/**
 * 提案 documents on the GB/T 9704 engine: pure `(data, settings) → { fileName, document }` builders.
 * 提案表, 征询意见表 (forms); 不予立案通知书, 交办通知 + 交办清单, 重点提案督办通知, 催办函 (notices);
 * 提案目录, 提案汇编 (books); 办理情况通报 and the statistics part of the 提案工作报告 (reports).
 */
export { sessionTitle, proposalCommittee, proposalDocNumber } from './common';
export { proposalFileName } from './fileNames';
export { proposalFormDocument, feedbackFormDocument } from './forms';
export {
  assignNoticeDocument,
  keyNoticeDocument,
  overdueByUnit,
  proposalsOfUnit,
  rejectNoticeDocument,
  reminderLetterDocument,
  unitsOfList,
  type AssignNoticeData,
  type KeyNoticeData,
  type ReminderData,
} from './notices';
export { bookDocument, bookToc, byCategory, catalogDocument, type BookData, type BookTocEntry } from './books';
export { excellentUnitsSentence, progressReportDocument, reportSectionDocument, type ProgressReportData } from './reports';
