import type { Document } from 'docx';
import type { OfficeSettings } from '../../contract/officeSettings';
import type { ReminderRecord } from '../../contract/supervision';
import { formatChineseDate } from '../../domain/chineseDate';
import { blankLine, body, bodyBeforeSignature, mainRecipient, signature, title } from '../blocks';
import { buildOfficialDocument } from '../document';
import { letterHead } from '../letter';
import { documentFileName } from '../samples';
import { table } from '../table';
import { letterVersionNote } from '../versionNote';
import type { SupervisionLetterData } from './letter';

/** What the 催办函 prints: the 建议书 it refers to and one 函件 催办 record (the API's LetterDetail and ReminderRecord fit). */
export interface ReminderLetterData {
  letter: Pick<SupervisionLetterData, 'title' | 'docNumber' | 'mainUnitName' | 'cc' | 'issueDate'> & { servedDate: string | null; feedbackDue: string | null };
  reminder: Pick<ReminderRecord, 'date' | 'replyBy' | 'docNumber' | 'items'>;
}

export const REMINDER_TITLE = '关于督促落实民主监督建议书整改事项的函';

const cn = (iso: string | null | undefined) => (iso ? formatChineseDate(iso) : '');
/** 5月7日 in the year of `ref`, 2025年12月30日 otherwise (a table cell stays on one line). */
const inYear = (iso: string, ref: string) => (iso.slice(0, 4) === ref.slice(0, 4) ? cn(iso).slice(5) : cn(iso));

/** The 抄送 of a 催办函: the 督查室 the 建议书 was 抄送 to, else the 民主监督 series' default 抄送. */
function reminderCc(letterCc: readonly string[], settings: OfficeSettings): readonly string[] {
  const offices = letterCc.filter((c) => c.includes('督查'));
  return offices.length ? offices : settings.series.supervision.cc;
}

function overdueClause(kinds: ReadonlySet<string>): string {
  if (!kinds.has('逾期未完成')) return '已超过整改反馈期限，至今未收到你单位的整改情况反馈';
  if (!kinds.has('逾期未反馈')) return '已超过你单位承诺的完成时间，至今尚未整改到位';
  return '已超过整改反馈期限或你单位承诺的完成时间，至今尚未反馈或尚未整改到位';
}

/**
 * 催办函 (信函格式) to the supervised unit: refers to the 建议书 by 发文字号 and title, lists the
 * overdue items (the 事项标题, which states the 问题 in a line; the deadline; working days overdue on the 催办 date),
 * asks for a written report by the new date, 成文日期 = the 催办 date, 抄送 the 督查室. Kept short so
 * that with a few items the 署名 and 成文日期 stay on page 1 with the text (GB/T 9704 7.3.5). The
 * 发文字号 is the 催办函's own (监 series) when it was given one.
 */
export function supervisionReminderDocument({ letter, reminder }: ReminderLetterData, settings: OfficeSettings): Document {
  const items = reminder.items;
  const issued = letter.issueDate ? `于${cn(letter.issueDate)}` : '';
  const ref = `《${letter.title}》${letter.docNumber ? `（${letter.docNumber}）` : ''}`;
  const due = letter.feedbackDue ? `，请你单位于${cn(letter.feedbackDue)}前书面反馈整改落实情况` : '';
  const children = [
    blankLine(),
    title(REMINDER_TITLE),
    blankLine(),
    mainRecipient(letter.mainUnitName),
    body(`${settings.shortName}${issued}印发${ref}${due}。截至${cn(reminder.date)}，建议书所提下列${items.length}条意见建议${overdueClause(new Set(items.map((i) => i.overdueKind)))}：`),
    table({
      columns: [
        // widths so that 第12条, 承诺完成时间 and 逾期12个工作日 each stay on one line
        { title: '序号', width: 11, align: 'center' },
        { title: '存在问题', width: 38 },
        { title: '整改期限', width: 24, align: 'center' },
        { title: '逾期情况', width: 27, align: 'center' },
      ],
      rows: items.map((i) => [
        `第${i.seq}条`,
        i.title,
        `${i.overdueKind === '逾期未完成' ? '承诺完成时间' : '反馈期限'}\n${inYear(i.dueDate, reminder.date)}`,
        `${i.overdueKind === '逾期未完成' ? '未完成' : '未反馈'}\n逾期${i.overdueWorkdays}个工作日`,
      ]),
    }),
    bodyBeforeSignature(
      `请你单位高度重视，抓紧整改，于${cn(reminder.replyBy)}前将整改措施、进度和完成时间书面反馈${settings.issuingOffice}；确有困难不能按期完成的，请说明原因和计划完成时间。`,
    ),
    ...signature({ issuer: settings.shortName, isoDate: reminder.date, keepWithText: true }),
    ...letterVersionNote({ cc: reminderCc(letter.cc, settings) }),
  ];
  return buildOfficialDocument({
    kind: 'letter',
    settings,
    title: REMINDER_TITLE,
    subject: reminder.docNumber ?? letter.docNumber ?? '',
    letterHead: letterHead({ orgName: settings.committeeName, docNumber: reminder.docNumber ?? undefined }),
    children,
  });
}

/** 永政协监〔2026〕4号-催办函-县教育局.docx; without its own number 催办函-县教育局-2026年5月12日.docx. */
export function reminderFileName(letter: Pick<ReminderLetterData['letter'], 'mainUnitName'>, reminder: Pick<ReminderRecord, 'docNumber' | 'date'>): string {
  return documentFileName(reminder.docNumber ?? undefined, `催办函-${letter.mainUnitName}${reminder.docNumber ? '' : `-${cn(reminder.date)}`}`);
}
