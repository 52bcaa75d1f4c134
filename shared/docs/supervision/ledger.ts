import type ExcelJS from 'exceljs';
import type { Document } from 'docx';
import type { OfficeSettings } from '../../contract/officeSettings';
import type { ItemRecord, LetterRecord } from '../../contract/supervision';
import { formatChineseDate } from '../../domain/chineseDate';
import { body, heading, headingNumber, title } from '../blocks';
import { buildOfficialDocument } from '../document';
import { table } from '../table';

export interface LedgerData {
  year: number;
  /** The date the counts are as of (逾期 depends on it). */
  today: string;
  letters: readonly LetterRecord[];
}

const cn = (iso: string | null | undefined) => (iso ? formatChineseDate(iso) : '');

/** A date in a 台账 table cell: 5月7日 within the ledger's year, 2027年1月5日 otherwise. */
function short(iso: string | null | undefined, year: number): string {
  if (!iso) return '';
  const full = formatChineseDate(iso);
  return full.startsWith(`${year}年`) ? full.slice(5) : full;
}

/** 〔2026〕3号: the 机关代字 is the same for every letter of the 台账. */
const shortNumber = (docNumber: string | null) => (docNumber ? docNumber.replace(/^[^〔]*/, '') : '');

/** 整改情况 of a letter in one cell: 共3条 / 已完成1 整改中1 逾期1. */
function itemSummary(l: LetterRecord): string {
  if (!l.servedDate) return `共${l.counts.total}条（未送达）`;
  const c = l.counts;
  const parts = [
    c.done && `已完成${c.done}`,
    c.inProgress && `整改中${c.inProgress}`,
    c.overdue && `逾期${c.overdue}`,
    c.awaiting && `待反馈${c.awaiting}`,
  ].filter(Boolean);
  const evaluated = c.evaluated ? `\n评估：满意${c.satisfied}，基本满意${c.basicallySatisfied}，不满意${c.unsatisfied}` : '';
  return `共${c.total}条：${parts.join('，')}${evaluated}`;
}

function itemState(i: ItemRecord, year: number): string {
  if (i.state === '逾期') return `逾期${i.overdueDays}天`;
  if (i.state === '已完成' && i.completionDate) return `已完成\n${short(i.completionDate, year)}`;
  if (i.state === '整改中' && i.completionDate) return `整改中\n计划${short(i.completionDate, year)}`;
  return i.state;
}

/** The year's totals, as the 台账's opening paragraph says them. */
export function ledgerSummary(data: LedgerData): string {
  const ls = data.letters.filter((l) => l.status !== '已作废');
  const served = ls.filter((l) => l.servedDate);
  const sum = (list: readonly LetterRecord[], f: (l: LetterRecord) => number) => list.reduce((n, l) => n + f(l), 0);
  const s = (k: keyof LetterRecord['counts']) => sum(served, (l) => l.counts[k]);
  const issued = ls.filter((l) => l.docNumber).length;
  return (
    `截至${cn(data.today)}，${data.year}年度共有民主监督建议书${ls.length}份，其中已签发${issued}份、已送达${served.length}份，提出问题和建议${sum(ls, (l) => l.counts.total)}条。` +
    `已送达的${s('total')}条中，整改已完成${s('done')}条，整改中${s('inProgress')}条，逾期${s('overdue')}条，待反馈${s('awaiting')}条；` +
    `已评估${s('evaluated')}条，其中满意${s('satisfied')}条、基本满意${s('basicallySatisfied')}条、不满意${s('unsatisfied')}条。` +
    `开展回头看${sum(ls, (l) => l.reviewCount)}次，结项${ls.filter((l) => l.status === '已结项').length}份。`
  );
}

/**
 * 民主监督建议书台账 (Word): the year's totals in one paragraph, a table of the letters (文号,
 * 建议书 and 被监督单位, 送达日期, 整改情况, 阶段) and a table of every item (文号及序号, 事项, 整改期限,
 * 整改情况, 评估, 回头看).
 */
export function supervisionLedgerDocument(data: LedgerData, settings: OfficeSettings): Document {
  const letters = data.letters.filter((l) => l.status !== '已作废');
  const docTitle = `${data.year}年度民主监督建议书台账`;
  const y = data.year;
  const itemRows = letters
    .filter((l) => l.servedDate)
    .flatMap((l) =>
      l.items.map((i) => [
        `${shortNumber(l.docNumber)}\n第${i.seq}条`,
        i.title,
        short(i.feedbackDue, y),
        itemState(i, y),
        i.evaluation ?? '',
        i.reviewResult ? `${i.reviewResult}\n${short(i.reviewDate, y)}` : '',
      ]),
    );
  const children = [
    title(docTitle),
    body(ledgerSummary(data)),
    heading(1, `${headingNumber(1, 1)}建议书情况`),
    table({
      columns: [
        { title: '序号', width: 7, align: 'center' },
        { title: '文号', width: 22, align: 'center' },
        { title: '建议书及被监督单位', width: 31 },
        { title: '送达日期', width: 15, align: 'center' },
        { title: '整改情况', width: 25 },
      ],
      rows: letters.map((l, n) => [
        n + 1,
        shortNumber(l.docNumber) || `（${l.stage}）`,
        `${l.title}\n${l.mainUnitName}`,
        short(l.servedDate, y),
        l.status === '已结项' ? `${itemSummary(l)}\n${short(l.closedDate, y)}结项` : itemSummary(l),
      ]),
    }),
    heading(1, `${headingNumber(1, 2)}逐条整改情况`),
    ...(itemRows.length
      ? [
          table({
            columns: [
              { title: '文号及序号', width: 22, align: 'center' },
              { title: '事项', width: 23 },
              { title: '整改期限', width: 15, align: 'center' },
              { title: '整改情况', width: 18, align: 'center' },
              { title: '评估', width: 10, align: 'center' },
              { title: '回头看', width: 12, align: 'center' },
            ],
            rows: itemRows,
          }),
        ]
      : [body('本年度尚无已送达的建议书。')]),
  ];
  return buildOfficialDocument({ kind: 'normal', settings, title: docTitle, subject: `${data.year}年度`, children });
}

const letterColumns: { header: string; width: number; value: (l: LetterRecord) => string | number }[] = [
  { header: '发文字号', width: 22, value: (l) => l.docNumber ?? '（未签发）' },
  { header: '建议书标题', width: 44, value: (l) => l.title },
  { header: '监督议题', width: 28, value: (l) => l.topicTitle },
  { header: '议题来源', width: 12, value: (l) => l.topicSource },
  { header: '被监督单位', width: 24, value: (l) => l.mainUnitName },
  { header: '监督小组', width: 30, value: (l) => l.groupName ?? '' },
  { header: '组长', width: 10, value: (l) => l.leaderName ?? '' },
  { header: '阶段', width: 10, value: (l) => l.stage },
  { header: '签发人', width: 10, value: (l) => l.issuer ?? '' },
  { header: '成文日期', width: 12, value: (l) => l.issueDate ?? '' },
  { header: '送达日期', width: 12, value: (l) => l.servedDate ?? '' },
  { header: '签收人', width: 16, value: (l) => l.receiver ?? '' },
  { header: '整改反馈期限', width: 14, value: (l) => l.feedbackDue ?? '' },
  { header: '条数', width: 6, value: (l) => l.counts.total },
  { header: '已完成', width: 8, value: (l) => l.counts.done },
  { header: '整改中', width: 8, value: (l) => l.counts.inProgress },
  { header: '逾期', width: 6, value: (l) => l.counts.overdue },
  { header: '待反馈', width: 8, value: (l) => l.counts.awaiting },
  { header: '满意', width: 6, value: (l) => l.counts.satisfied },
  { header: '基本满意', width: 9, value: (l) => l.counts.basicallySatisfied },
  { header: '不满意', width: 8, value: (l) => l.counts.unsatisfied },
  { header: '催办次数', width: 9, value: (l) => l.reminderCount },
  { header: '最近催办', width: 12, value: (l) => l.lastReminderDate ?? '' },
  { header: '回头看次数', width: 10, value: (l) => l.reviewCount },
  { header: '最近回头看', width: 12, value: (l) => l.lastReviewDate ?? '' },
  { header: '结项日期', width: 12, value: (l) => l.closedDate ?? '' },
];

const itemColumns: { header: string; width: number; value: (l: LetterRecord, i: ItemRecord) => string | number }[] = [
  { header: '发文字号', width: 22, value: (l) => l.docNumber ?? '（未签发）' },
  { header: '被监督单位', width: 22, value: (l) => l.mainUnitName },
  { header: '序号', width: 6, value: (_, i) => i.seq },
  { header: '事项', width: 28, value: (_, i) => i.title },
  { header: '存在问题', width: 50, value: (_, i) => i.problem },
  { header: '意见建议', width: 50, value: (_, i) => i.suggestion },
  { header: '整改期限', width: 12, value: (_, i) => i.feedbackDue ?? '' },
  { header: '整改情况', width: 10, value: (_, i) => i.state },
  { header: '逾期天数', width: 9, value: (_, i) => i.overdueDays || '' },
  { header: '逾期工作日', width: 10, value: (_, i) => i.overdueWorkdays || '' },
  { header: '催办次数', width: 9, value: (_, i) => i.reminderCount || '' },
  { header: '整改轮次', width: 9, value: (_, i) => i.round },
  { header: '反馈日期', width: 12, value: (_, i) => i.feedbackDate ?? '' },
  { header: '整改措施', width: 50, value: (_, i) => i.measures ?? '' },
  { header: '整改进度', width: 10, value: (_, i) => i.progress ?? '' },
  { header: '完成时间', width: 12, value: (_, i) => i.completionDate ?? '' },
  { header: '评估', width: 9, value: (_, i) => i.evaluation ?? '' },
  { header: '评估日期', width: 12, value: (_, i) => i.evaluationDate ?? '' },
  { header: '回头看', width: 10, value: (_, i) => i.reviewResult ?? '' },
  { header: '回头看日期', width: 12, value: (_, i) => i.reviewDate ?? '' },
];

function sheet(wb: ExcelJS.Workbook, name: string, heading: string, headers: { header: string; width: number }[], rows: (string | number)[][]) {
  const ws = wb.addWorksheet(name);
  ws.addRow([heading]);
  ws.mergeCells(1, 1, 1, headers.length);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getRow(1).alignment = { horizontal: 'center' };
  ws.addRow(headers.map((h) => h.header));
  ws.getRow(2).font = { bold: true };
  ws.getRow(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  headers.forEach((h, i) => (ws.getColumn(i + 1).width = h.width));
  for (const r of rows) ws.addRow(r).alignment = { vertical: 'top', wrapText: true };
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  return ws;
}

/** 台账 (Excel): sheet 建议书 (one row per letter) and sheet 逐条整改 (one row per item, with the unit's 整改措施). */
export async function supervisionLedgerWorkbook(data: LedgerData, settings: OfficeSettings): Promise<Uint8Array> {
  // Loaded here, not at the top: the Word worker and the pages that only build Word files must not carry exceljs.
  const { Workbook } = (await import('exceljs')).default;
  const wb = new Workbook();
  wb.creator = settings.shortName;
  const heading = `${settings.shortName}${data.year}年度民主监督建议书台账（统计至${formatChineseDate(data.today)}）`;
  sheet(wb, '建议书', heading, letterColumns, data.letters.map((l) => letterColumns.map((c) => c.value(l))));
  sheet(wb, '逐条整改', heading, itemColumns, data.letters.flatMap((l) => l.items.map((i) => itemColumns.map((c) => c.value(l, i)))));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export const ledgerFileName = (settings: OfficeSettings, year: number, ext: 'docx' | 'xlsx') => `${settings.shortName}${year}年度民主监督建议书台账.${ext}`;
