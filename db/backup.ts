import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export const backupKinds = ['手动', '自动', '迁移前', '恢复前'] as const;
export type BackupKind = (typeof backupKinds)[number];

const pad = (n: number) => String(n).padStart(2, '0');
function stamp(d = new Date()) {
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
}

/** 政协办公-<stamp>-<kind>[-n].sqlite: the stamp and n give the time order. */
const namePattern = /^政协办公-(\d{8}-\d{6})-.*?(?:-(\d+))?\.sqlite$/;

/**
 * A consistent copy of the live database. VACUUM INTO is synchronous and safe while other
 * connections write (it reads one snapshot), so callers need no async backup API.
 */
export function backupTo(sqlite: Database.Database, dir: string, kind: BackupKind): string {
  const name = freshBackupName(dir, kind);
  sqlite.prepare('VACUUM INTO ?').run(join(dir, name));
  return name;
}

/**
 * A new name in `dir` (created if missing). Copies made within the same second get -2, -3 …, always
 * above every number still present for that second, so the name keeps sorting after its elders
 * even when rotation has removed the first of them.
 */
export function freshBackupName(dir: string, label: string): string {
  mkdirSync(dir, { recursive: true });
  const at = stamp();
  const taken = readdirSync(dir)
    .map((f) => namePattern.exec(f))
    .filter((m) => m?.[1] === at)
    .map((m) => Number(m![2] ?? 1));
  if (taken.length === 0) return `政协办公-${at}-${label}.sqlite`;
  for (let n = Math.max(...taken) + 1; ; n++) {
    const name = `政协办公-${at}-${label}-${n}.sqlite`;
    if (!existsSync(join(dir, name))) return name;
  }
}

/** Time order from the name (stamp, then the -n of same-second copies); mtime for foreign names. */
function orderKey(name: string, mtime: Date): string {
  const m = namePattern.exec(name);
  return `${m ? m[1] : stamp(mtime)}#${String(m?.[2] ? Number(m[2]) : 1).padStart(6, '0')}#${name}`;
}

export interface BackupFile {
  name: string;
  size: number;
  createdAt: string;
  kind: BackupKind;
}

/** Backups in the folder, newest first. */
export function listBackups(dir: string): BackupFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sqlite'))
    .map((name) => {
      const st = statSync(join(dir, name));
      const kind = backupKinds.find((k) => name.includes(`-${k}`)) ?? '手动';
      return { name, size: st.size, createdAt: st.mtime.toISOString(), kind, key: orderKey(name, st.mtime) };
    })
    .sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0))
    .map(({ key: _key, ...b }) => b);
}

/** Keeps the newest `keep` automatic backups; manual ones are the clerk's to remove. */
export function rotateBackups(dir: string, keep: number): string[] {
  const auto = listBackups(dir).filter((b) => b.kind === '自动');
  const removed = auto.slice(keep).map((b) => b.name);
  for (const name of removed) rmSync(join(dir, name), { force: true });
  return removed;
}

/** Checks a file is an intact office database before it replaces the live one. */
export function inspectBackup(file: string, maxSchemaVersion: number): { schemaVersion: number } {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const ok = db.pragma('integrity_check', { simple: true });
    if (ok !== 'ok') throw new Error('备份文件已损坏，不能用于恢复。');
    const version = db.pragma('user_version', { simple: true }) as number;
    const hasMembers = db.prepare("select count(*) c from sqlite_master where type='table' and name='members'").get() as { c: number };
    if (version < 1 || hasMembers.c === 0) throw new Error('该文件不是“政协办公”的数据备份。');
    if (version > maxSchemaVersion) throw new Error('该备份来自更新版本的程序，请先升级程序。');
    return { schemaVersion: version };
  } catch (error) {
    if (error instanceof Error && /^[\u4e00-\u9fa5“]/.test(error.message)) throw error;
    throw new Error(`无法读取备份文件“${basename(file)}”：不是有效的数据库文件。`, { cause: error });
  } finally {
    db?.close();
  }
}

/** Replaces the (closed) database file with a backup copy. */
export function replaceDatabaseFile(dbPath: string, backupFile: string) {
  for (const suffix of ['-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  copyFileSync(backupFile, dbPath);
}
