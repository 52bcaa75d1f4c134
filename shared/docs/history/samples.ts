import type { ArticleRecord, VolumeDocumentData, VolumeRow } from '../../contract/history';
import type { OfficeSettings } from '../../contract/officeSettings';
import type { SampleDocument } from '../samples';
import { buildProofForm, buildReviewForm, proofFormFileName, reviewFormFileName } from './forms';
import { buildVolumeDocument, volumeFileName } from './volume';

/**
 * `npm run samples`: the demo county's 第35辑 as a whole volume (12 articles in three sections, photos,
 * 编委会, 序, 目录, 编后记, 版权页) and the 审稿单 and 校对记录单 of one of its articles.
 */
export function historySampleDocuments(settings: OfficeSettings, call: <T>(method: string, input?: unknown) => T): SampleDocument[] {
  const volume = call<VolumeRow[]>('history.volume.list', { imported: false }).find((v) => v.articleCount >= 10);
  if (!volume) return [];
  const data = call<VolumeDocumentData>('history.volume.document', { id: volume.id });
  const article = call<ArticleRecord>('history.article.get', { id: data.sections[0].articles[1].id });
  return [
    { fileName: volumeFileName(data), document: buildVolumeDocument(data, settings) },
    { fileName: reviewFormFileName(article), document: buildReviewForm(article, settings) },
    { fileName: proofFormFileName(article), document: buildProofForm(article, settings) },
  ];
}
