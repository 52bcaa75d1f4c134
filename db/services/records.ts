import { and, eq, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { ApiError, conflictMessage, notFoundMessage } from '../../shared/contract';
import { nowSql } from '../schema/columns';
import { audit } from './audit';
import type { ServiceContext } from './context';

/** A table built with recordColumns (id, version, voided_at …). */
export type RecordTable = SQLiteTable & {
  id: SQLiteColumn;
  version: SQLiteColumn;
  voidedAt: SQLiteColumn;
  voidReason: SQLiteColumn;
  updatedAt: SQLiteColumn;
};

type Row = Record<string, unknown> & { id: number; version: number; voidedAt: string | null };

export function getRecord<T extends Row>(ctx: ServiceContext, table: RecordTable, id: number, what: string): T {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const row = (ctx.app.orm as any).select().from(table).where(eq(table.id, id)).get() as T | undefined;
  if (!row) throw new ApiError('NOT_FOUND', notFoundMessage(what));
  return row;
}

export function insertRecord<T extends Row>(ctx: ServiceContext, table: RecordTable, values: Record<string, unknown>, what: string, label: string): T {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const row = (ctx.app.orm as any).insert(table).values(values).returning().get() as T;
  audit(ctx, { summary: `新增${what}：${label}`, entity: what, entityId: row.id, after: row });
  return row;
}

/**
 * Saves over exactly the version the user edited; a newer row wins and the caller gets
 * a CONFLICT with a message saying nothing was saved.
 */
export function updateRecord<T extends Row>(
  ctx: ServiceContext,
  table: RecordTable,
  id: number,
  version: number | undefined,
  patch: Record<string, unknown>,
  what: string,
  summary: (before: T) => string,
): T {
  if (version === undefined) throw new ApiError('VALIDATION', '修改记录时缺少版本号，请刷新后再试。');
  const before = getRecord<T>(ctx, table, id, what);
  if (before.version !== version) throw new ApiError('CONFLICT', conflictMessage);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const after = (ctx.app.orm as any)
    .update(table)
    .set({ ...patch, version: sql`${table.version} + 1`, updatedAt: nowSql })
    .where(and(eq(table.id, id), eq(table.version, version)))
    .returning()
    .get() as T | undefined;
  if (!after) throw new ApiError('CONFLICT', conflictMessage);
  audit(ctx, { summary: summary(before), entity: what, entityId: id, before, after });
  return after;
}

export function voidRecord<T extends Row>(ctx: ServiceContext, table: RecordTable, input: { id: number; version: number; reason: string }, what: string, label: (r: T) => string): T {
  const before = getRecord<T>(ctx, table, input.id, what);
  if (before.voidedAt) throw new ApiError('TRANSITION', `该${what}已作废，无需重复作废。`);
  return updateRecord<T>(ctx, table, input.id, input.version, { voidedAt: nowSql, voidReason: input.reason }, what, (r) => `作废${what}：${label(r)}（原因：${input.reason}）`);
}

export function restoreRecord<T extends Row>(ctx: ServiceContext, table: RecordTable, input: { id: number; version: number }, what: string, label: (r: T) => string): T {
  const before = getRecord<T>(ctx, table, input.id, what);
  if (!before.voidedAt) throw new ApiError('TRANSITION', `该${what}未作废，无需恢复。`);
  return updateRecord<T>(ctx, table, input.id, input.version, { voidedAt: null, voidReason: null }, what, (r) => `恢复${what}：${label(r)}`);
}
