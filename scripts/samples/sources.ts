import type { Dispatch } from '../../db/services/dispatch';
import type { OfficeSettings } from '../../shared/contract/officeSettings';
import { sampleDocuments, type SampleDocument } from '../../shared/docs';
import { supervisionSampleFiles, supervisionSamples } from './supervision';
import { proposalSamples } from './proposals';
import { opinionSampleDocuments } from '../../shared/docs/opinion/samples';
import { pointsSamples } from './points';
import { historySampleDocuments } from '../../shared/docs/history/samples';

export interface SampleContext {
  settings: OfficeSettings;
  /** Calls the services on the freshly generated demo database. */
  call<T = unknown>(method: string, input?: unknown): T;
  dispatch: Dispatch;
}

export type SampleSource = {
  name: string;
  build: (ctx: SampleContext) => SampleDocument[] | Promise<SampleDocument[]>;
  /** Other files of the kind (e.g. an Excel 台账), written next to the .docx. */
  files?: (ctx: SampleContext) => Promise<{ fileName: string; bytes: Uint8Array }[]>;
};

/** Every document kind that exists; each module adds its own source here (one line). */
export const sampleSources: SampleSource[] = [
  { name: '公文格式样例（通知、信函）', build: ({ settings }) => sampleDocuments(settings) },
  { name: '民主监督建议书', build: supervisionSamples, files: supervisionSampleFiles },
  { name: '提案文书', build: proposalSamples },
  { name: '社情民意（《社情民意》期刊、季度统计、年度通报）', build: (ctx) => opinionSampleDocuments(ctx) },
  { name: '履职积分（年度履职情况通报、年度数据）', build: pointsSamples },
  { name: '文史资料（整辑、审稿单、校对记录单）', build: ({ settings, call }) => historySampleDocuments(settings, call) },
];
