import { packToBuffer } from '../../../shared/docs';
import type { OfficeSettings } from '../../../shared/contract/officeSettings';
import { documentBuilders, type DocumentBuilder } from './registry';

/** Builds and packs one document; runs inside the worker, or on the main thread as a fallback. */
export async function buildDocx(kind: string, data: unknown, settings: OfficeSettings, progress: (fraction: number, note?: string) => void): Promise<Uint8Array> {
  const builder = (documentBuilders as Record<string, DocumentBuilder>)[kind];
  if (!builder) throw new Error(`未知的文书类型“${kind}”。`);
  progress(0.05, '正在排版…');
  const document = builder(data as never, settings, (f, note) => progress(0.05 + f * 0.75, note));
  progress(0.8, '正在生成Word文件…');
  const bytes = await packToBuffer(document);
  progress(1, '完成');
  return bytes;
}
