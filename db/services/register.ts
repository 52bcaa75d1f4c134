import { type MethodParsedInput, type MethodOutput } from '../../shared/contract';
import { docSeriesLabels, type DocSeriesKey } from '../../shared/contract/officeSettings';
import type { RegisterRow } from '../../shared/contract/register';
import { describeSerials, duplicateNumbers, serialGaps } from '../../shared/domain/docRegister';
import { annualNoticeTitle } from '../../shared/docs/points/annualNotice';
import { REMINDER_TITLE } from '../../shared/docs/supervision/reminder';
import { noticeTitle } from '../../shared/docs/opinion';
import type { ServiceContext } from './context';

type SourceRow = { docNumber: string; docYear: number; serial: number; title: string; issueDate: string; issuer: string | null; voided: number; sourceId: number };

/**
 * Every table that holds a 发文字号, with its series and module. A module that starts numbering a
 * new kind of document adds its table here, so the register stays the one list of numbers given.
 */
const sources: { table: string; opens?: string; series: DocSeriesKey; module: string; sql: string; title?: (row: SourceRow & { year?: number }) => string }[] = [
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
];

export const registerHandlers = {
  'docRegister.list': (input: MethodParsedInput<'docRegister.list'>, ctx: ServiceContext): MethodOutput<'docRegister.list'> => {
    const rows: RegisterRow[] = [];
    for (const s of sources) {
      if (input.series && input.series !== s.series) continue;
      const found = ctx.app.sqlite.prepare(s.sql).all() as (SourceRow & { year?: number })[];
      for (const r of found) {
        if (input.year && r.docYear !== input.year) continue;
        rows.push({
          series: s.series,
          seriesLabel: docSeriesLabels[s.series],
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
        });
      }
    }
    // Newest first, as the paper 发文登记簿 is read: by year, then serial, per series.
    rows.sort((a, b) => b.docYear - a.docYear || a.series.localeCompare(b.series) || b.serial - a.serial);
    const numbers = rows.map((r) => ({ series: r.series, year: r.docYear, serial: r.serial, docNumber: r.docNumber }));
    const gaps = serialGaps(numbers).map((g) => ({ ...g, note: `${docSeriesLabels[g.series as DocSeriesKey]}${g.year}年缺${describeSerials(g.missing)}` }));
    return { rows, gaps, duplicates: duplicateNumbers(numbers) };
  },
};
