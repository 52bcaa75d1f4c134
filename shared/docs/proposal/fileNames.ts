import type { OfficeSettings } from '../../contract/officeSettings';
import { documentFileName } from '../samples';
import { proposalDocNumber, sessionTitle, yearOf } from './common';

type Numbered = { number: string | null; title: string };
type Session = { termName: string; sessionName: string };
type Dated = { date: string; docSerial?: number | null };

/** The file name of each 提案 document kind (the builders and the save dialog use the same). */
export const proposalFileName = {
  form: (p: Numbered) => documentFileName(undefined, `提案表-${p.number ?? ''}${p.title}`),
  feedbackForm: (p: Numbered) => documentFileName(undefined, `征询意见表-${p.number ?? ''}${p.title}`),
  rejectNotice: (p: Numbered) => documentFileName(undefined, `不予立案通知书-${p.number ?? ''}${p.title}`),
  assignNotice: (d: Session & Dated & { layout: 'all' | 'merged' | { unit: string } }, s: OfficeSettings) =>
    documentFileName(
      proposalDocNumber(s, yearOf(d.date), d.docSerial),
      `交办通知-${typeof d.layout === 'object' ? d.layout.unit : d.layout === 'merged' ? '各承办单位清单' : sessionTitle(s, d.termName, d.sessionName)}`,
    ),
  keyNotice: (d: Session & Dated, s: OfficeSettings) => documentFileName(proposalDocNumber(s, yearOf(d.date), d.docSerial), `重点提案督办通知-${sessionTitle(s, d.termName, d.sessionName)}`),
  reminder: (d: Dated & { unit: string }, s: OfficeSettings) => documentFileName(proposalDocNumber(s, yearOf(d.date), d.docSerial), `催办函-${d.unit}`),
  catalog: (d: Session, s: OfficeSettings) => documentFileName(undefined, `${sessionTitle(s, d.termName, d.sessionName)}提案目录`),
  book: (d: Session, s: OfficeSettings) => documentFileName(undefined, `${sessionTitle(s, d.termName, d.sessionName)}提案汇编`),
  progressReport: (d: Dated & { session: string }, s: OfficeSettings) => documentFileName(proposalDocNumber(s, yearOf(d.date), d.docSerial), `提案办理情况通报-${d.session}`),
  reportSection: (d: { session: string }) => documentFileName(undefined, `${d.session}提案工作情况（统计部分）`),
};
