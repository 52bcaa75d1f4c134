import type { Document } from 'docx';
import type { OfficeSettings } from '../../../shared/contract/officeSettings';
import { sampleDocuments } from '../../../shared/docs';
import {
  supervisionFeedbackFormDocument,
  supervisionLedgerDocument,
  supervisionLetterDocument,
  supervisionReceiptDocument,
  supervisionReminderDocument,
  type FeedbackFormData,
  type LedgerData,
  type ReceiptData,
  type ReminderLetterData,
  type SupervisionLetterData,
} from '../../../shared/docs/supervision';
import type { ProposalRecord, ProposalStatistics } from '../../../shared/contract/proposals';
import {
  assignNoticeDocument,
  bookDocument,
  catalogDocument,
  feedbackFormDocument,
  keyNoticeDocument,
  progressReportDocument,
  proposalFormDocument,
  rejectNoticeDocument,
  reminderLetterDocument,
  reportSectionDocument,
  type AssignNoticeData,
  type BookData,
  type KeyNoticeData,
  type ProgressReportData,
  type ReminderData,
} from '../../../shared/docs/proposal';
import { buildOpinionBulletin, buildOpinionNotice, buildOpinionStatistics } from '../../../shared/docs/opinion';
import { annualNotice, figuresDraft, type AnnualNoticeData, type FiguresDraftData } from '../../../shared/docs/points';
import type { VolumeDocumentData } from '../../../shared/contract/history';
import { buildProofForm, buildReviewForm, type FormArticle } from '../../../shared/docs/history/forms';
import { buildVolumeDocument } from '../../../shared/docs/history/volume';

/**
 * Every document the renderer can generate, by name. The worker builds from (kind, data, settings)
 * because a docx Document cannot cross the worker boundary. Each module adds its builders here.
 */
export type DocumentBuilder = (data: never, settings: OfficeSettings, progress: (fraction: number, note?: string) => void) => Document;

export const documentBuilders = {
  /** 公文格式样例: data.index selects the 通知 (0) or the 信函 (1). */
  'sample.format': ((data: { index: number }, settings: OfficeSettings) => sampleDocuments(settings)[data.index].document) as DocumentBuilder,
  /** 民主监督建议书 (信函格式); before 签发 a draft dated draftDate. */
  'supervision.letter': ((data: { letter: SupervisionLetterData; draftDate: string }, settings: OfficeSettings) => supervisionLetterDocument(data.letter, settings, { draftDate: data.draftDate })) as DocumentBuilder,
  'supervision.receipt': ((data: { letter: ReceiptData }, settings: OfficeSettings) => supervisionReceiptDocument(data.letter, settings)) as DocumentBuilder,
  'supervision.feedbackForm': ((data: { letter: FeedbackFormData; filled: boolean }, settings: OfficeSettings) => supervisionFeedbackFormDocument(data.letter, settings, { filled: data.filled })) as DocumentBuilder,
  'supervision.ledger': ((data: LedgerData, settings: OfficeSettings) => supervisionLedgerDocument(data, settings)) as DocumentBuilder,
  /** 催办函 (信函格式) of one 函件 催办. */
  'supervision.reminder': ((data: ReminderLetterData, settings: OfficeSettings) => supervisionReminderDocument(data, settings)) as DocumentBuilder,
  // 提案 (shared/docs/proposal)
  'proposal.form': ((data: ProposalRecord, settings: OfficeSettings) => proposalFormDocument(data, settings).document) as DocumentBuilder,
  'proposal.feedbackForm': ((data: ProposalRecord, settings: OfficeSettings) => feedbackFormDocument(data, settings).document) as DocumentBuilder,
  'proposal.rejectNotice': ((data: { proposal: ProposalRecord; date: string }, settings: OfficeSettings) => rejectNoticeDocument(data.proposal, settings, { date: data.date }).document) as DocumentBuilder,
  'proposal.assignNotice': ((data: AssignNoticeData, settings: OfficeSettings) => assignNoticeDocument(data, settings).document) as DocumentBuilder,
  'proposal.keyNotice': ((data: KeyNoticeData, settings: OfficeSettings) => keyNoticeDocument(data, settings).document) as DocumentBuilder,
  'proposal.reminder': ((data: ReminderData, settings: OfficeSettings) => reminderLetterDocument(data, settings).document) as DocumentBuilder,
  'proposal.catalog': ((data: BookData, settings: OfficeSettings) => catalogDocument(data, settings).document) as DocumentBuilder,
  'proposal.book': ((data: BookData, settings: OfficeSettings, progress) => bookDocument(data, settings, progress).document) as DocumentBuilder,
  'proposal.progressReport': ((data: ProgressReportData, settings: OfficeSettings) => progressReportDocument(data, settings).document) as DocumentBuilder,
  'proposal.reportSection': ((data: { session: string; statistics: ProposalStatistics }, settings: OfficeSettings) => reportSectionDocument(data, settings).document) as DocumentBuilder,
  /** 《社情民意》 one issue (data: BulletinData), the statistics (StatisticsData) and the 年度通报 (NoticeData). */
  'opinion.bulletin': buildOpinionBulletin as DocumentBuilder,
  'opinion.statistics': buildOpinionStatistics as DocumentBuilder,
  'opinion.notice': buildOpinionNotice as DocumentBuilder,
  /** 年度履职情况通报 (履职积分 → 积分排名). */
  'points.annualNotice': ((data: AnnualNoticeData, settings: OfficeSettings) => annualNotice(data, settings).document) as DocumentBuilder,
  /** 年度数据 draft paragraph set (履职积分 → 年度数据). */
  'points.figuresDraft': ((data: FiguresDraftData, settings: OfficeSettings) => figuresDraft(data, settings).document) as DocumentBuilder,
  /** 文史资料: the whole volume (history.volume.document), 审稿单 and 校对记录单 (history.article.get). */
  'history.volume': ((data: VolumeDocumentData, settings: OfficeSettings, progress) => buildVolumeDocument(data, settings, progress)) as DocumentBuilder,
  'history.reviewForm': ((data: FormArticle, settings: OfficeSettings) => buildReviewForm(data, settings)) as DocumentBuilder,
  'history.proofForm': ((data: FormArticle, settings: OfficeSettings) => buildProofForm(data, settings)) as DocumentBuilder,
} satisfies Record<string, DocumentBuilder>;

export type DocumentKindName = keyof typeof documentBuilders;
