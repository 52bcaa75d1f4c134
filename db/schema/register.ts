import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './columns';

/**
 * 发文登记 by hand: a number taken for a document the app does not number itself (a 交办通知 printed
 * with a serial, a paper letter). A voided entry keeps its number: numbers are never given twice.
 */
export const docRegisterEntries = sqliteTable(
  'doc_register_entries',
  {
    ...recordColumns,
    series: text('series').notNull(),
    docYear: integer('doc_year').notNull(),
    serial: integer('serial').notNull(),
    docNumber: text('doc_number').notNull(),
    title: text('title').notNull(),
    issueDate: text('issue_date').notNull(),
    issuer: text('issuer').notNull().default(''),
    note: text('note').notNull().default(''),
  },
  (t) => [uniqueIndex('doc_register_entries_number_uq').on(t.series, t.docYear, t.serial)],
);
