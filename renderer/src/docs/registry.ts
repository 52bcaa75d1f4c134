import type { Document } from 'docx';
import type { OfficeSettings } from '../../../shared/contract/officeSettings';
import { sampleDocuments } from '../../../shared/docs';
import {
  supervisionFeedbackFormDocument,
  supervisionLedgerDocument,
  supervisionLetterDocument,
  supervisionReceiptDocument,
  type FeedbackFormData,
  type LedgerData,
  type ReceiptData,
  type SupervisionLetterData,
} from '../../../shared/docs/supervision';

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
} satisfies Record<string, DocumentBuilder>;

export type DocumentKindName = keyof typeof documentBuilders;
