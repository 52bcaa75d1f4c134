import type Database from 'better-sqlite3';
import { getTableColumns } from 'drizzle-orm';
import { ApiError, conflictMessage, notFoundMessage } from '../../../shared/contract';
import { proposals } from '../../schema';
import { audit } from '../audit';
import type { ServiceContext } from '../context';

/**
 * Prepared statements of the 提案 services, cached per connection. A proposals row has ~60
 * columns and preparing a statement that reads all of them costs close to a millisecond, which
 * a list page, a detail page or a 50,000-row import must not pay on every call. Semantics are
 * those of records.ts (getRecord / updateRecord): version check → CONFLICT, audit before/after.
 */
const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function stmt(ctx: ServiceContext, sql: string): Database.Statement {
  const db = ctx.app.sqlite;
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = db.prepare(sql)));
  return s;
}

export type ProposalRow = typeof proposals.$inferSelect;
export type ProposalPatch = Partial<typeof proposals.$inferInsert>;

const columns = Object.entries(getTableColumns(proposals)).map(([key, column]) => ({ key, name: column.name, boolean: column.columnType === 'SQLiteBoolean' }));
const byKey = new Map(columns.map((c) => [c.key, c]));
const selectSql = `select ${columns.map((c) => `"${c.name}" as "${c.key}"`).join(', ')} from proposals where id = ?`;
const booleans = columns.filter((c) => c.boolean).map((c) => c.key);

function fromDb(row: Record<string, unknown> | undefined): ProposalRow | undefined {
  if (!row) return undefined;
  for (const key of booleans) row[key] = !!row[key];
  return row as ProposalRow;
}

export function readProposal(ctx: ServiceContext, id: number): ProposalRow | undefined {
  return fromDb(stmt(ctx, selectSql).get(id) as Record<string, unknown> | undefined);
}

export function getProposal(ctx: ServiceContext, id: number): ProposalRow {
  const row = readProposal(ctx, id);
  if (!row) throw new ApiError('NOT_FOUND', notFoundMessage('提案'));
  return row;
}

/** Saves the patch over exactly `version` (else CONFLICT, nothing written), bumps the version, audits. */
export function updateProposal(ctx: ServiceContext, id: number, version: number, patch: ProposalPatch, summary: (before: ProposalRow) => string): ProposalRow {
  const before = getProposal(ctx, id);
  if (before.version !== version) throw new ApiError('CONFLICT', conflictMessage);
  const keys = Object.keys(patch).filter((k) => (patch as Record<string, unknown>)[k] !== undefined && k !== 'id' && k !== 'version');
  const sets = keys.map((k) => {
    const column = byKey.get(k);
    if (!column) throw new Error(`unknown proposals column ${k}`);
    return `"${column.name}" = ?`;
  });
  const values = keys.map((k) => {
    const v = (patch as Record<string, unknown>)[k];
    return typeof v === 'boolean' ? (v ? 1 : 0) : v;
  });
  const sql = `update proposals set ${[...sets, 'version = version + 1', "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"].join(', ')} where id = ? and version = ?`;
  const changed = stmt(ctx, sql).run(...values, id, version).changes;
  if (!changed) throw new ApiError('CONFLICT', conflictMessage);
  const after = getProposal(ctx, id);
  audit(ctx, { summary: summary(before), entity: '提案', entityId: id, before, after });
  return after;
}

/** ISO timestamp as the columns' default writes it (voided_at). */
export const nowIso = () => new Date().toISOString();
