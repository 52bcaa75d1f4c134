import { integer, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import { nowSql } from './columns';

/** Who changed what and when; written in the same transaction as the change. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(nowSql),
    actor: text('actor').notNull(),
    method: text('method').notNull(),
    summary: text('summary').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    before: text('before'),
    after: text('after'),
  },
  (t) => [index('audit_at_idx').on(t.at), index('audit_entity_idx').on(t.entity, t.entityId)],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: text('updated_at').notNull().default(nowSql),
});
