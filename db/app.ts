import { join, dirname } from 'node:path';
import { backupTo, inspectBackup, listBackups, replaceDatabaseFile, rotateBackups, type BackupKind } from './backup';
import { openDatabase, type OpenedDatabase } from './open';
import { schemaVersion } from './migrate';
import { seedReferenceDefaults } from './seed';
import { carryAuditLog, readAuditLog } from './auditCarry';

export interface AppDatabaseOptions {
  path: string;
  backupDir?: string;
  /** Automatic backups kept when rotating (设置 → 备份 overrides it). */
  keepBackups?: number;
}

/**
 * The one open database of a running app. Services get the current handle from here, so a
 * restore can close the file, swap it and reopen without the transports noticing.
 */
export class AppDatabase {
  readonly path: string;
  readonly backupDir: string;
  private opened: OpenedDatabase;

  constructor(options: AppDatabaseOptions) {
    this.path = options.path;
    this.backupDir = options.backupDir ?? join(dirname(options.path), 'backups');
    this.opened = openDatabase(this.path, { backupDir: this.backupDir });
    seedReferenceDefaults(this.opened.sqlite);
  }

  get sqlite() {
    return this.opened.sqlite;
  }
  get orm() {
    return this.opened.orm;
  }
  get schemaVersion() {
    return schemaVersion;
  }

  keepBackups(): number {
    const row = this.sqlite.prepare("select value from settings where key = 'backup.keep'").get() as { value: string } | undefined;
    return row ? Number(JSON.parse(row.value)) : 10;
  }

  backup(kind: BackupKind): string {
    const name = backupTo(this.sqlite, this.backupDir, kind);
    if (kind === '自动') rotateBackups(this.backupDir, this.keepBackups());
    return name;
  }

  listBackups() {
    return listBackups(this.backupDir);
  }

  /** Safety copy first, then swap files; a failed reopen puts the safety copy back. The 操作日志 survives the swap. */
  restore(name: string): { restoredFrom: string; safetyBackup: string } {
    const file = join(this.backupDir, name);
    inspectBackup(file, schemaVersion);
    const safety = this.backup('恢复前');
    const log = readAuditLog(this.sqlite);
    this.opened.close();
    try {
      replaceDatabaseFile(this.path, file);
      this.opened = openDatabase(this.path, { backupDir: this.backupDir });
      carryAuditLog(this.sqlite, log);
    } catch (error) {
      replaceDatabaseFile(this.path, join(this.backupDir, safety));
      this.opened = openDatabase(this.path, { backupDir: this.backupDir });
      throw error;
    }
    return { restoredFrom: name, safetyBackup: safety };
  }

  close() {
    this.opened.close();
  }
}
