import type { Dispatch } from '../../db/services/dispatch';
import type { OfficeSettings } from '../../shared/contract/officeSettings';
import { sampleDocuments, type SampleDocument } from '../../shared/docs';

export interface SampleContext {
  settings: OfficeSettings;
  /** Calls the services on the freshly generated demo database. */
  call<T = unknown>(method: string, input?: unknown): T;
  dispatch: Dispatch;
}

export type SampleSource = { name: string; build: (ctx: SampleContext) => SampleDocument[] | Promise<SampleDocument[]> };

/** Every document kind that exists; each module adds its own source here (one line). */
export const sampleSources: SampleSource[] = [{ name: '公文格式样例（通知、信函）', build: ({ settings }) => sampleDocuments(settings) }];
