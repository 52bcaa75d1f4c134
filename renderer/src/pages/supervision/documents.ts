import type { LetterDetail, LetterRecord, ReminderRecord } from '../../../../shared/contract/supervision';
import { feedbackFormData, reminderFileName, supervisionFileName } from '../../../../shared/docs/supervision';
import type { DocumentRequest } from '../../components/DocumentPreview';
import { todayIso } from './common';

export interface LetterDocument {
  label: string;
  enabled: boolean;
  hint?: string;
  request: DocumentRequest;
}

/** The Word documents of one letter: the letter (a draft before 签发), the 送达回执, the 整改情况反馈表. */
export function letterDocuments(letter: LetterDetail): LetterDocument[] {
  const issued = !!letter.docNumber;
  const notYet = '签发后才能打印';
  const docs: LetterDocument[] = [
    {
      label: issued ? '打印建议书' : '打印草稿',
      enabled: letter.items.length > 0,
      request: {
        kind: 'supervision.letter',
        data: { letter, draftDate: todayIso() },
        fileName: supervisionFileName(letter),
        title: issued ? `建议书：${letter.docNumber}` : '建议书草稿（无发文字号）',
      },
    },
    { label: '送达回执', enabled: issued, hint: notYet, request: { kind: 'supervision.receipt', data: { letter }, fileName: supervisionFileName(letter, '-送达回执'), title: '送达回执' } },
    {
      label: '整改情况反馈表',
      enabled: issued,
      hint: notYet,
      request: { kind: 'supervision.feedbackForm', data: { letter: feedbackFormData(letter), filled: false }, fileName: supervisionFileName(letter, '-整改情况反馈表'), title: '整改情况反馈表（供被监督单位填写）' },
    },
  ];
  if (letter.feedback.length) {
    docs.push({
      label: '反馈表（已填）',
      enabled: true,
      request: { kind: 'supervision.feedbackForm', data: { letter: feedbackFormData(letter), filled: true }, fileName: supervisionFileName(letter, '-整改情况反馈表（已反馈）'), title: '整改情况反馈表（按已登记的反馈填写）' },
    });
  }
  return docs;
}

/** The 催办函 of a 函件 催办 (信函格式; its own 发文字号 when it was given one). */
export function reminderDocument(letter: LetterRecord, reminder: ReminderRecord): DocumentRequest {
  return {
    kind: 'supervision.reminder',
    data: { letter, reminder },
    fileName: reminderFileName(letter, reminder),
    title: `催办函：${reminder.docNumber ?? letter.mainUnitName}`,
  };
}
