import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDatabase } from '../../../db/app';
import { applyMigrations, DatabaseTooNewError } from '../../../db/migrate';
import { migrations } from '../../../db/migrations';
import { openDatabase } from '../../../db/open';

const step1 = {
  tag: '0000_parent_child',
  sql: [
    'CREATE TABLE `parent` (\n\t`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,\n\t`name` text NOT NULL\n);',
    'CREATE TABLE `child` (\n\t`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,\n\t`parent_id` integer NOT NULL,\n\t`body` text NOT NULL,\n\tFOREIGN KEY (`parent_id`) REFERENCES `parent`(`id`) ON UPDATE no action ON DELETE cascade\n);',
    'CREATE INDEX `child_parent_idx` ON `child` (`parent_id`);',
  ].join('\n--> statement-breakpoint\n'),
};

/** What drizzle-kit generates for SQLite when a column of the PARENT table changes: recreate it. */
const step2 = {
  tag: '0001_recreate_parent',
  sql: [
    'PRAGMA foreign_keys=OFF;',
    "CREATE TABLE `__new_parent` (\n\t`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,\n\t`name` text NOT NULL,\n\t`note` text DEFAULT '' NOT NULL\n);",
    'INSERT INTO `__new_parent`("id", "name") SELECT "id", "name" FROM `parent`;',
    'DROP TABLE `parent`;',
    'ALTER TABLE `__new_parent` RENAME TO `parent`;',
    'PRAGMA foreign_keys=ON;',
  ].join('--> statement-breakpoint\n'),
};

let dir: string;
let path: string;
let backupDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zx-migrate-'));
  path = join(dir, 'office.sqlite');
  backupDir = join(dir, 'backups');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A file at step 1 with 3 parents and 6 children, opened the way openDatabase opens it. */
function databaseAtStep1() {
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  applyMigrations(sqlite, { backupDir, path }, [step1]);
  const parent = sqlite.prepare('insert into parent (name) values (?)');
  const child = sqlite.prepare('insert into child (parent_id, body) values (?, ?)');
  for (const name of ['教育界', '经济界', '农业界']) {
    const id = Number(parent.run(name).lastInsertRowid);
    child.run(id, `${name}委员甲`);
    child.run(id, `${name}委员乙`);
  }
  return sqlite;
}
const count = (db: Database.Database, table: string) => (db.prepare(`select count(*) c from ${table}`).get() as { c: number }).c;

describe('applyMigrations', () => {
  it('a database at the previous migration with rows in parent and child tables migrates with every row kept', () => {
    const sqlite = databaseAtStep1();
    expect(sqlite.pragma('user_version', { simple: true })).toBe(1);
    const before = sqlite.prepare('select * from child order by id').all();
    expect(before).toHaveLength(6);

    // control: the same SQL run with foreign keys on really does empty the child table
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(path, join(dir, 'control.sqlite'));
    const control = new Database(join(dir, 'control.sqlite'));
    control.pragma('foreign_keys = ON');
    control.transaction(() => step2.sql.split('--> statement-breakpoint').forEach((s) => control.exec(s)))();
    expect(count(control, 'child')).toBe(0);
    control.close();

    expect(applyMigrations(sqlite, { backupDir, path }, [step1, step2])).toBe(1);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(2);
    expect(sqlite.prepare('select * from child order by id').all()).toEqual(before);
    expect(sqlite.prepare('select name, note from parent order by id').all()).toEqual([
      { name: '教育界', note: '' },
      { name: '经济界', note: '' },
      { name: '农业界', note: '' },
    ]);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    // the references still work after the rename: deleting a parent cascades again
    sqlite.prepare('delete from parent where id = 1').run();
    expect(count(sqlite, 'child')).toBe(4);

    const backups = readdirSync(backupDir);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/-迁移前\.sqlite$/);
    const copy = new Database(join(backupDir, backups[0]), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(count(copy, 'child')).toBe(6);
    copy.close();

    expect(applyMigrations(sqlite, { backupDir, path }, [step1, step2])).toBe(0);
    sqlite.close();
  });

  it('a migration that breaks a reference is rolled back with a Chinese message', () => {
    const sqlite = databaseAtStep1();
    const breaking = { tag: '0001_drop_a_parent', sql: "UPDATE parent SET name = '改名';--> statement-breakpoint\nDELETE FROM parent WHERE id = 1;" };
    expect(() => applyMigrations(sqlite, { backupDir, path }, [step1, breaking])).toThrow(/0001_drop_a_parent.*外键.*回滚/);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(1);
    expect(count(sqlite, 'parent')).toBe(3);
    expect(count(sqlite, 'child')).toBe(6);
    expect(sqlite.prepare('select name from parent where id = 2').get()).toEqual({ name: '经济界' });
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    sqlite.close();
  });

  it('a database newer than the app is refused with DatabaseTooNewError', () => {
    const newer = new Database(path);
    newer.pragma(`user_version = ${migrations.length + 1}`);
    newer.close();
    let error: unknown;
    try {
      new AppDatabase({ path });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as Error).message).toMatch(/升级/);
    expect(() => openDatabase(path)).toThrow(DatabaseTooNewError);
    // nothing was changed or left behind
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(migrations.length + 1);
    expect(count(check, 'sqlite_master')).toBe(0);
    check.close();
  });

  it('the real migrations apply to an empty file', () => {
    const opened = openDatabase(path, { backupDir });
    expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('foreign_key_check')).toEqual([]);
    const tables = (opened.sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['members', 'terms', 'sectors', 'audit_log', 'settings']));
    expect(opened.recoveredFromUncleanShutdown).toBe(false);
    opened.close();
    // a fresh file needs no pre-migration backup; reopening migrates nothing
    expect(readdirSync(dir)).not.toContain('backups');
    const again = openDatabase(path, { backupDir });
    expect(again.sqlite.pragma('user_version', { simple: true })).toBe(migrations.length);
    again.close();
  });
});
