import type Database from 'better-sqlite3';
import { migrations } from './migrations';
import { backupTo } from './backup';

export const schemaVersion = migrations.length;

export class DatabaseTooNewError extends Error {
  constructor(found: number) {
    super(`数据库版本（${found}）比本程序支持的版本（${schemaVersion}）新，请升级“政协办公”后再打开。`);
    this.name = 'DatabaseTooNewError';
  }
}

/**
 * Brings the file to the newest schema. user_version counts applied migrations.
 * Foreign keys are switched off outside the transaction (SQLite ignores the pragma inside one),
 * because a table-recreate would otherwise cascade-delete child rows; foreign_key_check runs
 * before each commit so a migration that breaks a reference is rolled back.
 */
export function applyMigrations(sqlite: Database.Database, options: { backupDir: string; path: string }, list = migrations): number {
  const current = sqlite.pragma('user_version', { simple: true }) as number;
  if (current > list.length) throw new DatabaseTooNewError(current);
  if (current === list.length) return 0;
  if (current > 0 && options.path !== ':memory:') backupTo(sqlite, options.backupDir, '迁移前');
  sqlite.pragma('foreign_keys = OFF');
  try {
    for (let i = current; i < list.length; i++) {
      const statements = list[i].sql.split('--> statement-breakpoint').map((s) => s.trim()).filter(Boolean);
      sqlite.transaction(() => {
        for (const statement of statements) sqlite.exec(statement);
        const broken = sqlite.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`迁移 ${list[i].tag} 破坏了 ${broken.length} 条外键引用，已回滚。`);
        sqlite.pragma(`user_version = ${i + 1}`);
      })();
    }
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  return list.length - current;
}
