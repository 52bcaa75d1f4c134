import { integer, sqliteTable, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './columns';

export const terms = sqliteTable(
  'terms',
  { ...recordColumns, number: integer('number').notNull(), name: text('name').notNull(), startDate: text('start_date').notNull(), endDate: text('end_date') },
  (t) => [uniqueIndex('terms_number_uq').on(t.number)],
);

export const meetings = sqliteTable(
  'meetings',
  {
    ...recordColumns,
    termId: integer('term_id').notNull().references(() => terms.id),
    number: integer('number').notNull(),
    name: text('name').notNull(),
    startDate: text('start_date').notNull(),
  },
  (t) => [uniqueIndex('meetings_term_number_uq').on(t.termId, t.number)],
);

export const sectorGroups = sqliteTable('sector_groups', { ...recordColumns, name: text('name').notNull().unique(), sort: integer('sort').notNull().default(0) });

export const sectors = sqliteTable('sectors', {
  ...recordColumns,
  name: text('name').notNull().unique(),
  groupId: integer('group_id').references(() => sectorGroups.id),
  liaisonUnit: text('liaison_unit').notNull().default(''),
  sort: integer('sort').notNull().default(0),
});

export const parties = sqliteTable('parties', {
  ...recordColumns,
  name: text('name').notNull().unique(),
  kind: text('kind').notNull(),
  sort: integer('sort').notNull().default(0),
});

export const committees = sqliteTable('committees', { ...recordColumns, name: text('name').notNull().unique(), sort: integer('sort').notNull().default(0) });

export const units = sqliteTable('units', {
  ...recordColumns,
  name: text('name').notNull().unique(),
  kind: text('kind').notNull(),
  contact: text('contact').notNull().default(''),
  phone: text('phone').notNull().default(''),
  address: text('address').notNull().default(''),
  sort: integer('sort').notNull().default(0),
});

export const dictItems = sqliteTable(
  'dict_items',
  {
    ...recordColumns,
    dict: text('dict').notNull(),
    code: text('code').notNull().default(''),
    label: text('label').notNull(),
    description: text('description').notNull().default(''),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [uniqueIndex('dict_items_dict_label_uq').on(t.dict, t.label), index('dict_items_dict_idx').on(t.dict)],
);

export const holidays = sqliteTable('holidays', {
  ...recordColumns,
  date: text('date').notNull().unique(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
});
