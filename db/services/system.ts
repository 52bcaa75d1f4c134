import { and, desc, eq, gte, lt, like, sql, type SQL } from 'drizzle-orm';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError, type MethodParsedInput } from '../../shared/contract';
import { OfficeSettingsSchema, defaultOfficeSettings, type OfficeSettings } from '../../shared/contract/officeSettings';
import { freshBackupName, inspectBackup, type BackupFile } from '../backup';
import { auditLog, settings } from '../schema';
import { nowSql } from '../schema/columns';
import { audit } from './audit';
import type { ServiceContext } from './context';

declare const __APP_VERSION__: string | undefined;
const appVersion = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.1.0';

export function readSetting<T>(ctx: ServiceContext, key: string, fallback: T): T {
  const row = ctx.app.orm.select().from(settings).where(eq(settings.key, key)).get();
  return row ? (JSON.parse(row.value) as T) : fallback;
}

/** 设置 → 单位信息 as stored, completed with the defaults (committee name, 机关代字 of each series). */
export function officeSettings(ctx: ServiceContext): OfficeSettings {
  return OfficeSettingsSchema.parse({ ...defaultOfficeSettings, ...readSetting(ctx, 'office', {}) });
}

export function writeSetting(ctx: ServiceContext, key: string, value: unknown, summary: string) {
  const before = ctx.app.orm.select().from(settings).where(eq(settings.key, key)).get();
  const json = JSON.stringify(value);
  ctx.app.orm
    .insert(settings)
    .values({ key, value: json })
    .onConflictDoUpdate({ target: settings.key, set: { value: json, version: sql`${settings.version} + 1`, updatedAt: nowSql } })
    .run();
  audit(ctx, { summary, entity: '设置', before: before ? JSON.parse(before.value) : null, after: value });
}

/** The UTC instant at which the local calendar day `isoDate` (+ offset days) begins. */
export function localDayStartUtc(isoDate: string, offsetDays = 0): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(y, m - 1, d + offsetDays).toISOString();
}

const backupOut = (b: BackupFile) => b;

export const systemHandlers = {
  'system.info': (_: unknown, ctx: ServiceContext) => ({
    appVersion,
    schemaVersion: ctx.app.schemaVersion,
    dbPath: ctx.app.path,
    backupDir: ctx.app.backupDir,
    keepBackups: ctx.app.keepBackups(),
  }),
  'backup.list': (_: unknown, ctx: ServiceContext) => ctx.app.listBackups().map(backupOut),
  'backup.create': (_: unknown, ctx: ServiceContext) => {
    const name = ctx.app.backup('手动');
    ctx.app.sqlite.transaction(() => audit(ctx, { summary: `立即备份：${name}`, entity: '备份' }))();
    return ctx.app.listBackups().find((b) => b.name === name)!;
  },
  'backup.upload': (input: MethodParsedInput<'backup.upload'>, ctx: ServiceContext) => {
    const bytes = Buffer.from(input.base64, 'base64');
    if (bytes.subarray(0, 15).toString('latin1') !== 'SQLite format 3') throw new ApiError('VALIDATION', `“${input.fileName}”不是有效的数据备份文件。`);
    const name = freshBackupName(ctx.app.backupDir, '上传');
    const file = join(ctx.app.backupDir, name);
    writeFileSync(file, bytes);
    try {
      inspectBackup(file, ctx.app.schemaVersion);
    } catch (error) {
      rmSync(file, { force: true });
      throw new ApiError('VALIDATION', (error as Error).message);
    }
    ctx.app.sqlite.transaction(() => audit(ctx, { summary: `上传备份文件：${input.fileName}（保存为 ${name}）`, entity: '备份' }))();
    return { name, size: bytes.length, createdAt: new Date().toISOString(), kind: '手动' as const };
  },
  'backup.restore': (input: { name: string }, ctx: ServiceContext) => {
    if (!ctx.app.listBackups().some((b) => b.name === input.name)) throw new ApiError('NOT_FOUND', `备份文件“${input.name}”不存在。`);
    let result;
    try {
      result = ctx.app.restore(input.name);
    } catch (error) {
      throw new ApiError('VALIDATION', (error as Error).message);
    }
    ctx.app.sqlite.transaction(() => audit(ctx, { summary: `从备份恢复：${input.name}（恢复前的数据已备份为 ${result.safetyBackup}）`, entity: '备份' }))();
    return result;
  },
  'audit.list': (input: MethodParsedInput<'audit.list'>, ctx: ServiceContext) => {
    const where: (SQL | undefined)[] = [];
    if (input.actor) where.push(like(auditLog.actor, `%${input.actor}%`));
    if (input.entity) where.push(eq(auditLog.entity, input.entity));
    // The log stores UTC; the clerk picks days on this computer's calendar.
    if (input.from) where.push(gte(auditLog.at, localDayStartUtc(input.from)));
    if (input.to) where.push(lt(auditLog.at, localDayStartUtc(input.to, 1)));
    const condition = where.length ? and(...where) : undefined;
    const total = ctx.app.orm.select({ n: sql<number>`count(*)` }).from(auditLog).where(condition).get()!.n;
    const rows = ctx.app.orm
      .select()
      .from(auditLog)
      .where(condition)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .all();
    return { rows, total };
  },
  'settings.getOffice': (_: unknown, ctx: ServiceContext): OfficeSettings => officeSettings(ctx),
  'settings.saveOffice': (input: OfficeSettings, ctx: ServiceContext) => {
    writeSetting(ctx, 'office', input, '修改单位信息设置');
    return input;
  },
  'settings.getBackup': (_: unknown, ctx: ServiceContext) => ({ keep: ctx.app.keepBackups() }),
  'settings.saveBackup': (input: { keep: number }, ctx: ServiceContext) => {
    writeSetting(ctx, 'backup.keep', input.keep, `修改自动备份保留份数为${input.keep}`);
    return input;
  },
};
