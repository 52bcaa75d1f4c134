import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as schema from './schema';
import { applyMigrations } from './migrate';
import { registerSearchFunctions } from './search';

export type Sqlite = Database.Database;
export type Orm = BetterSQLite3Database<typeof schema>;

export interface OpenedDatabase {
  path: string;
  sqlite: Sqlite;
  orm: Orm;
  /** True when the previous run did not close the file cleanly and integrity_check was run. */
  recoveredFromUncleanShutdown: boolean;
  close(): void;
}

export interface OpenOptions {
  /** Where the pre-migration backup goes; defaults to `<db dir>/backups`. */
  backupDir?: string;
  readonly?: boolean;
}

/** Opens (creating if needed) the office database with the pragmas design.md asks for, then migrates it. */
export function openDatabase(path: string, options: OpenOptions = {}): OpenedDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const marker = `${path}.open`;
  const unclean = path !== ':memory:' && !options.readonly && existsSync(marker);
  const sqlite = new Database(path, { readonly: options.readonly ?? false });
  try {
    sqlite.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = NORMAL');
    }
    sqlite.pragma('foreign_keys = ON');
    registerSearchFunctions(sqlite);
    if (unclean) {
      const result = sqlite.pragma('integrity_check', { simple: true });
      if (result !== 'ok') throw new Error(`数据库文件已损坏（integrity_check：${String(result)}），请从备份恢复。`);
    }
    if (!options.readonly) applyMigrations(sqlite, { backupDir: options.backupDir ?? `${dirname(path)}/backups`, path });
  } catch (error) {
    sqlite.close();
    throw error;
  }
  if (path !== ':memory:' && !options.readonly) writeFileSync(marker, String(process.pid));
  const orm = drizzle(sqlite, { schema });
  return {
    path,
    sqlite,
    orm,
    recoveredFromUncleanShutdown: unclean,
    close() {
      if (!sqlite.open) return;
      if (!options.readonly) sqlite.pragma('wal_checkpoint(TRUNCATE)');
      sqlite.close();
      if (path !== ':memory:' && !options.readonly) rmSync(marker, { force: true });
    },
  };
}
