import type { LetterDetail, LetterRecord } from '../../shared/contract/supervision';
import { documentFileName, type SampleDocument } from '../../shared/docs';
import {
  feedbackFormData,
  ledgerFileName,
  reminderFileName,
  supervisionFeedbackFormDocument,
  supervisionFileName,
  supervisionLedgerDocument,
  supervisionLedgerWorkbook,
  supervisionLetterDocument,
  supervisionReceiptDocument,
  supervisionReminderDocument,
} from '../../shared/docs/supervision';
import type { SampleContext } from './sources';

/** The demo county's 台账 is counted as of this day, so the samples are the same on every run. */
const asOf = '2026-11-23';

function demoLetters(call: SampleContext['call'], year: number) {
  return call<{ rows: LetterRecord[] }>('supervision.ledger', { year, today: asOf, pageSize: 1000 }).rows;
}

/**
 * 民主监督 documents from the demo database: the closed letter 〔2026〕1号 (建议书, 送达回执, the
 * 整改情况反馈表 as filled in), the open letter 〔2026〕2号 (建议书 and the blank form the unit fills
 * in, the 催办函 〔2026〕4号 of its overdue item), and the 2026 台账 in Word.
 */
export function supervisionSamples({ settings, call }: SampleContext): SampleDocument[] {
  const letters = demoLetters(call, 2026).filter((l) => l.docNumber);
  const detail = (l: LetterRecord) => call<LetterDetail>('supervision.letter.get', { id: l.id, today: asOf });
  const [closed, open] = letters.map(detail);
  const reminder = open.reminders.find((r) => r.way === '函件');
  if (!reminder) throw new Error('演示数据中〔2026〕2号没有函件催办');
  return [
    { fileName: supervisionFileName(closed), document: supervisionLetterDocument(closed, settings) },
    { fileName: supervisionFileName(closed, '-送达回执'), document: supervisionReceiptDocument(closed, settings) },
    { fileName: supervisionFileName(closed, '-整改情况反馈表（已反馈）'), document: supervisionFeedbackFormDocument(feedbackFormData(closed), settings, { filled: true }) },
    { fileName: supervisionFileName(open), document: supervisionLetterDocument(open, settings) },
    { fileName: supervisionFileName(open, '-整改情况反馈表'), document: supervisionFeedbackFormDocument(open, settings) },
    { fileName: reminderFileName(open, reminder), document: supervisionReminderDocument({ letter: open, reminder }, settings) },
    { fileName: documentFileName(undefined, ledgerFileName(settings, 2026, 'docx').replace(/\.docx$/, '')), document: supervisionLedgerDocument({ year: 2026, today: asOf, letters: demoLetters(call, 2026) }, settings) },
  ];
}

/** The 2026 台账 in Excel (two sheets). */
export async function supervisionSampleFiles({ settings, call }: SampleContext): Promise<{ fileName: string; bytes: Uint8Array }[]> {
  return [{ fileName: ledgerFileName(settings, 2026, 'xlsx'), bytes: await supervisionLedgerWorkbook({ year: 2026, today: asOf, letters: demoLetters(call, 2026) }, settings) }];
}

