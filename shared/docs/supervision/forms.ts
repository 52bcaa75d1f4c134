import { Paragraph, type Document } from 'docx';
import type { OfficeSettings } from '../../contract/officeSettings';
import type { LetterDetail } from '../../contract/supervision';
import { formatChineseDate } from '../../domain/chineseDate';
import { blankLine, body, title } from '../blocks';
import { buildOfficialDocument } from '../document';
import { STYLE, gwRun } from '../styles';
import { table } from '../table';
import { FEEDBACK_FORM_TITLE, type SupervisionLetterData } from './letter';
import { attachmentMark } from '../blocks';

/** Empty lines in a table cell, room for the unit to write by hand. */
const room = (lines: number) => '\n'.repeat(Math.max(0, lines - 1));
const blankDate = '年　　月　　日';

export interface FeedbackFormData extends SupervisionLetterData {
  /** The unit's deadline for the form (送达 + N working days), null before 送达. */
  feedbackDue?: string | null;
  items: (SupervisionLetterData['items'][number] & {
    progress?: string | null;
    measures?: string | null;
    completionDate?: string | null;
    evidence?: string | null;
  })[];
}

/**
 * 整改情况反馈表: the 附件 of the letter the supervised unit fills in, one row per item (序号, 事项,
 * 整改措施, 整改进度, 完成时间, 证明材料), then 负责人/填报人/电话 and the deadline. `filled` prints
 * what the unit has already reported (for the file); otherwise the cells are left for handwriting.
 */
export function supervisionFeedbackFormDocument(letter: FeedbackFormData, settings: OfficeSettings, options: { filled?: boolean } = {}): Document {
  const filled = !!options.filled;
  const rows = letter.items.map((item) => [
    item.seq,
    item.title,
    filled && item.measures ? item.measures : room(5),
    filled && item.progress ? item.progress : '□已完成\n□整改中',
    filled && item.completionDate ? formatChineseDate(item.completionDate) : '',
    filled && item.evidence ? item.evidence : '',
  ]);
  const deadline = letter.feedbackDue
    ? `请于${formatChineseDate(letter.feedbackDue)}前将本表连同证明材料报送${settings.issuingOffice}。`
    : `请在建议书规定的期限内将本表连同证明材料报送${settings.issuingOffice}。`;
  const children = [
    attachmentMark(),
    blankLine(),
    title(FEEDBACK_FORM_TITLE),
    blankLine(),
    body(`建议书：${letter.docNumber ?? ''}《${letter.title}》`),
    body(`被监督单位（盖章）：${letter.mainUnitName}`),
    table({
      columns: [
        { title: '序号', width: 8, align: 'center' },
        { title: '问题和建议', width: 21 },
        { title: '整改措施', width: 30 },
        { title: '整改进度', width: 16, align: 'center' },
        { title: '完成时间', width: 15, align: 'center' },
        { title: '证明材料', width: 10 },
      ],
      rows,
    }),
    body('单位负责人（签字）：'),
    body(`填报人：${'　'.repeat(7)}联系电话：`),
    body(`填报日期：${blankDate}`),
    body(deadline),
  ];
  return buildOfficialDocument({ kind: 'normal', settings, title: `${FEEDBACK_FORM_TITLE}（${letter.docNumber ?? letter.title}）`, subject: letter.docNumber ?? '', children });
}

/** The form's data from a letter and its 整改反馈 records: each item with its latest report and evidence. */
export function feedbackFormData(letter: Omit<SupervisionLetterData, 'items'> & { feedbackDue?: string | null; items: LetterDetail['items']; feedback?: LetterDetail['feedback'] }): FeedbackFormData {
  const latest = new Map<number, string>();
  for (const f of letter.feedback ?? []) latest.set(f.itemId, [f.evidence, ...f.attachments.map((a) => a.fileName)].filter(Boolean).join('；'));
  return { ...letter, items: letter.items.map((i) => ({ ...i, evidence: latest.get(i.id) ?? '' })) };
}

export interface ReceiptData extends SupervisionLetterData {
  servedDate?: string | null;
  receiver?: string | null;
}

/** A right-aligned line for signing (签收单位（盖章）, the blank date under it). */
function signLine(text: string): Paragraph {
  return new Paragraph({ style: STYLE.signature, children: [gwRun('signature', text)] });
}

/**
 * 送达回执: what was delivered (文件名称, 发文字号, 份数) and who received it (受送达单位, 签收人, 签收时间),
 * to be signed, stamped and returned; it notes the 抄送 to the 督查室. Filled with the 送达 record when
 * there is one.
 */
export function supervisionReceiptDocument(letter: ReceiptData, settings: OfficeSettings): Document {
  const served = letter.servedDate ? formatChineseDate(letter.servedDate) : blankDate;
  const children = [
    blankLine(),
    title('民主监督建议书送达回执'),
    blankLine(),
    table({
      columns: [
        { title: '文件名称', width: 52 },
        { title: '发文字号', width: 34, align: 'center' },
        { title: '份数', width: 14, align: 'center' },
      ],
      rows: [[`《${letter.title}》`, letter.docNumber ?? '', 1]],
    }),
    blankLine(),
    table({
      columns: [
        { title: '受送达单位', width: 40 },
        { title: '签收人（签字）', width: 30, align: 'center' },
        { title: '签收时间', width: 30, align: 'center' },
      ],
      rows: [[letter.mainUnitName, letter.receiver ? `${letter.receiver}${room(2)}` : room(3), served]],
    }),
    body(`送达机关：${settings.issuingOffice}`),
    ...(letter.cc.length ? [body(`本建议书同时抄送${letter.cc.join('、')}。`)] : []),
    body(`请受送达单位签收后将本回执交回${settings.issuingOffice}。`),
    blankLine(),
    signLine('受送达单位（盖章）'),
    signLine(blankDate),
  ];
  return buildOfficialDocument({ kind: 'normal', settings, title: `送达回执（${letter.docNumber ?? letter.title}）`, subject: letter.docNumber ?? '', children });
}
