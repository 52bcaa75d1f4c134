import { ApiError, type MethodParsedInput, type MethodOutput } from '../../shared/contract';
import { docSeriesLabels, type DocSeriesKey } from '../../shared/contract/officeSettings';
import type { RegisterRow } from '../../shared/contract/register';
import { describeSerials, duplicateNumbers, serialGaps } from '../../shared/domain/docRegister';
import { assignDocNumber, formatDocNumber, type UsedDocNumber } from '../../shared/domain/docNumber';
import { parseIsoDate } from '../../shared/domain/chineseDate';
import { annualNoticeTitle } from '../../shared/docs/points/annualNotice';
import { REMINDER_TITLE } from '../../shared/docs/supervision/reminder';
import { noticeTitle } from '../../shared/docs/opinion';
import { docRegisterEntries } from '../schema';
import type { ServiceContext } from './context';
import { insertRecord, voidRecord } from './records';
import { officeSettings } from './system';

type SourceRow = { docNumber: string; docYear: number; serial: number; title: string; issueDate: string; issuer: string | null; voided: number; sourceId: number; version: number | null; note: string | null; year?: number };

const MANUAL = 'doc_register_entries';
type EntryRow = typeof docRegisterEntries.$inferSelect;

/**
 * Every table that holds a 发文字号, with its series and module. A module that starts numbering a
 * new kind of document adds its table here, so the register stays the one list of numbers given
 * and `usedNumbers` the one place a new number is counted from.
 */
const sources: { table: string; opens?: string; series: DocSeriesKey | null; module: string; sql: string; title?: (row: SourceRow) => string }[] = [
  {
    table: 'supervision_letters',
    series: 'supervision',
    module: '民主监督建议书',
    sql: `select doc_number docNumber, doc_year docYear, serial, title, issue_date issueDate, issuer, voided_at is not null voided, id sourceId from supervision_letters where serial is not null`,
  },
  {
    table: 'supervision_reminders',
    series: 'supervision',
    module: '民主监督催办函',
    // A 催办函 opens on its 建议书's page, where its 催办 record is.
    sql: `select doc_number docNumber, doc_year docYear, serial, '' title, date issueDate, person issuer, voided_at is not null voided, letter_id sourceId from supervision_reminders where serial is not null`,
    opens: 'supervision_letters',
    title: () => REMINDER_TITLE,
  },
  {
    table: 'opinion_notices',
    series: 'opinion',
    module: '社情民意年度通报',
    sql: `select doc_number docNumber, doc_year docYear, serial, '' title, year, issue_date issueDate, signer issuer, voided_at is not null voided, id sourceId from opinion_notices`,
    title: (r) => noticeTitle(r.year!),
  },
  {
    table: 'points_notices',
    series: 'office',
    module: '履职情况通报',
    sql: `select doc_number docNumber, doc_year docYear, serial, '' title, year, issue_date issueDate, issuer, voided_at is not null voided, id sourceId from points_notices`,
    title: (r) => annualNoticeTitle(r.year!),
  },
  {
    table: MANUAL,
    series: null, // each entry names its series
    module: '手工登记',
    sql: `select series, doc_number docNumber, doc_year docYear, serial, title, issue_date issueDate, issuer, voided_at is not null voided, id sourceId, version, note from doc_register_entries`,
  },
];

function registerRows(ctx: ServiceContext, series?: DocSeriesKey, year?: number): RegisterRow[] {
  const rows: RegisterRow[] = [];
  for (const s of sources) {
    if (series && s.series && series !== s.series) continue;
    for (const r of ctx.app.sqlite.prepare(s.sql).all() as (SourceRow & { series?: DocSeriesKey })[]) {
      const rowSeries = s.series ?? r.series!;
      if ((series && rowSeries !== series) || (year && r.docYear !== year)) continue;
      rows.push({
        series: rowSeries,
        seriesLabel: docSeriesLabels[rowSeries],
        docNumber: r.docNumber,
        docYear: r.docYear,
        serial: r.serial,
        title: s.title ? s.title(r) : r.title,
        module: s.module,
        issueDate: r.issueDate,
        issuer: r.issuer ?? '',
        voided: Boolean(r.voided),
        sourceTable: s.opens ?? s.table,
        sourceId: r.sourceId,
        entryVersion: s.table === MANUAL ? r.version : null,
        note: r.note ?? '',
      });
    }
  }
  return rows;
}

/** Every serial a series has given, in every module and by hand, voided ones included: a new number counts from these. */
export function usedNumbers(ctx: ServiceContext, series: DocSeriesKey): UsedDocNumber[] {
  return registerRows(ctx, series).map((r) => ({ year: r.docYear, serial: r.serial }));
}

const entryRow = (ctx: ServiceContext, id: number) => registerRows(ctx).find((r) => r.sourceTable === MANUAL && r.sourceId === id)!;

export const registerHandlers = {
  'docRegister.list': (input: MethodParsedInput<'docRegister.list'>, ctx: ServiceContext): MethodOutput<'docRegister.list'> => {
    const rows = registerRows(ctx, input.series, input.year);
    // Newest first, as the paper 发文登记簿 is read: by year, then serial, per series.
    rows.sort((a, b) => b.docYear - a.docYear || a.series.localeCompare(b.series) || b.serial - a.serial);
    const numbers = rows.map((r) => ({ series: r.series, year: r.docYear, serial: r.serial, docNumber: r.docNumber }));
    const gaps = serialGaps(numbers).map((g) => ({ ...g, note: `${docSeriesLabels[g.series as DocSeriesKey]}${g.year}年缺${describeSerials(g.missing)}` }));
    return { rows, gaps, duplicates: duplicateNumbers(numbers) };
  },
  'docRegister.next': (input: MethodParsedInput<'docRegister.next'>, ctx: ServiceContext) => assignDocNumber(officeSettings(ctx).series[input.series].prefix, input.date, usedNumbers(ctx, input.series)),
  'docRegister.add': (input: MethodParsedInput<'docRegister.add'>, ctx: ServiceContext): RegisterRow => {
    const prefix = officeSettings(ctx).series[input.series].prefix;
    const next = assignDocNumber(prefix, input.date, usedNumbers(ctx, input.series));
    const year = parseIsoDate(input.date).year;
    const serial = input.serial ?? next.serial;
    const docNumber = formatDocNumber(prefix, year, serial);
    const holder = registerRows(ctx, input.series, year).find((r) => r.serial === serial);
    if (holder)
      throw new ApiError('DUPLICATE', `${docSeriesLabels[input.series]}${year}年第${serial}号已被《${holder.title}》（${holder.module}）使用${holder.voided ? '（已作废，文号不再使用）' : ''}。下一个可用文号是${next.docNumber}。`, [
        { path: '发文序号', message: '该文号已使用' },
      ]);
    const row = insertRecord<EntryRow>(
      ctx,
      docRegisterEntries,
      { series: input.series, docYear: year, serial, docNumber, title: input.title, issueDate: input.date, issuer: input.issuer ?? '', note: input.note ?? '' },
      '发文登记',
      `${docNumber} ${input.title}`,
    );
    return entryRow(ctx, row.id);
  },
  'docRegister.void': (input: MethodParsedInput<'docRegister.void'>, ctx: ServiceContext): RegisterRow => {
    const row = voidRecord<EntryRow>(ctx, docRegisterEntries, input, '发文登记', (r) => `${r.docNumber} ${r.title}`);
    return entryRow(ctx, row.id);
  },
};
