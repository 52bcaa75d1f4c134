import { z } from './zod';
import { command, query } from './define';
import { isoDate, pageInput, text } from './fields';
import { OfficeSettingsSchema } from './officeSettings';

export const backupInfo = z.object({ name: z.string(), size: z.number(), createdAt: z.string(), kind: z.enum(['手动', '自动', '迁移前', '恢复前']) });
export type BackupInfo = z.output<typeof backupInfo>;

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  method: z.string(),
  summary: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type AuditEntry = z.output<typeof auditEntry>;

const backupName = z
  .string()
  .regex(/^[\w.\-\u4e00-\u9fa5]+\.sqlite$/, '备份文件名不正确')
  .meta({ title: '备份文件' });

export const systemContract = {
  'system.info': query(
    '系统信息',
    z.object({}).default({}),
    z.object({ appVersion: z.string(), schemaVersion: z.number().int(), dbPath: z.string(), backupDir: z.string(), keepBackups: z.number().int() }),
  ),
  'backup.list': query('备份列表', z.object({}).default({}), z.array(backupInfo)),
  'backup.create': command('立即备份', z.object({ note: z.string().max(50).optional() }).default({}), backupInfo),
  'backup.upload': command(
    '上传备份文件（用于从文件恢复）',
    z.object({ fileName: text('文件名', 200), base64: z.string().min(1, '文件为空').max(1_500_000_000, '文件过大') }),
    backupInfo,
  ),
  'backup.restore': command('从备份恢复（当前数据先自动备份）', z.object({ name: backupName }), z.object({ restoredFrom: z.string(), safetyBackup: z.string() })),
  'audit.list': query(
    '操作日志',
    z.object({
      ...pageInput,
      actor: z.string().max(50).optional(),
      entity: z.string().max(50).optional(),
      from: isoDate('开始日期').optional(),
      to: isoDate('结束日期').optional(),
    }),
    z.object({ rows: z.array(auditEntry), total: z.number().int() }),
  ),
  'settings.getOffice': query('单位信息设置', z.object({}).default({}), OfficeSettingsSchema),
  'settings.saveOffice': command('保存单位信息设置', OfficeSettingsSchema, OfficeSettingsSchema),
  'settings.getBackup': query('备份设置', z.object({}).default({}), z.object({ keep: z.number().int() })),
  'settings.saveBackup': command('保存备份设置', z.object({ keep: z.number().int().min(1, '至少保留1份').max(365, '最多保留365份') }), z.object({ keep: z.number().int() })),
};
