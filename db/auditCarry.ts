import type Database from 'better-sqlite3';

type AuditRow = { at: string; actor: string; method: string; summary: string; entity: string; entity_id: number | null; before: string | null; after: string | null };

/** Every line of the log of the file about to be replaced. */
export function readAuditLog(sqlite: Database.Database): AuditRow[] {
  return sqlite.prepare('select at, actor, method, summary, entity, entity_id, before, after from audit_log order by id').all() as AuditRow[];
}

/**
 * The 操作日志 is history, not data: a restore brings back old rows but must not erase the record
 * of what was done since (including earlier restores). Lines the restored file lacks are appended;
 * the list sorts by time, so they fall into place.
 */
export function carryAuditLog(sqlite: Database.Database, rows: AuditRow[]): number {
  const insert = sqlite.prepare(
    `insert into audit_log (at, actor, method, summary, entity, entity_id, before, after)
     select @at, @actor, @method, @summary, @entity, @entity_id, @before, @after
     where not exists (select 1 from audit_log where at = @at and actor = @actor and method = @method and summary = @summary and entity = @entity and entity_id is @entity_id)`,
  );
  let added = 0;
  sqlite.transaction(() => {
    for (const row of rows) added += insert.run(row).changes;
  })();
  return added;
}
