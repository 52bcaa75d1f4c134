import type { Document } from 'docx';
import type { OfficeSettings } from '../../../shared/contract/officeSettings';
import { sampleDocuments } from '../../../shared/docs';

/**
 * Every document the renderer can generate, by name. The worker builds from (kind, data, settings)
 * because a docx Document cannot cross the worker boundary. Each module adds its builders here.
 */
export type DocumentBuilder = (data: never, settings: OfficeSettings, progress: (fraction: number, note?: string) => void) => Document;

export const documentBuilders = {
  /** 公文格式样例: data.index selects the 通知 (0) or the 信函 (1). */
  'sample.format': ((data: { index: number }, settings: OfficeSettings) => sampleDocuments(settings)[data.index].document) as DocumentBuilder,
} satisfies Record<string, DocumentBuilder>;

export type DocumentKindName = keyof typeof documentBuilders;
