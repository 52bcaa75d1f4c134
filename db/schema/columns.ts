import { sql } from 'drizzle-orm';
import { integer, text } from 'drizzle-orm/sqlite-core';

export const nowSql = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** Columns every table has: design.md's id, timestamps, optimistic-concurrency version, void instead of delete. */
export const recordColumns = {
  id: integer('id').primaryKey({ autoIncrement: true }),
  createdAt: text('created_at').notNull().default(nowSql),
  updatedAt: text('updated_at').notNull().default(nowSql),
  version: integer('version').notNull().default(1),
  voidedAt: text('voided_at'),
  voidReason: text('void_reason'),
};
