import { z } from './zod';

/** Field builders that carry the Chinese label shown to users, so messages name 字段 not columns. */
export function text(label: string, max = 200) {
  return z
    .string({ error: `${label}应为文字` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}个字`)
    .meta({ title: label });
}

export function optionalText(label: string, max = 2000) {
  return z
    .string({ error: `${label}应为文字` })
    .trim()
    .max(max, `${label}不能超过${max}个字`)
    .meta({ title: label })
    .optional()
    .default('');
}

export const mobilePattern = /^1\d{10}$/;
export function mobile(label = '手机号') {
  return z
    .string({ error: `${label}应为文字` })
    .trim()
    .regex(mobilePattern, `${label}应为以1开头的11位数字`)
    .meta({ title: label });
}

/** Office phones may be landlines with area code (0579-87654321) or mobiles. */
export function phone(label = '联系电话') {
  return z
    .string({ error: `${label}应为文字` })
    .trim()
    .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\d{7,8})$/, `${label}格式不正确（手机号11位，座机如0579-87654321）`)
    .meta({ title: label });
}

export function isoDate(label: string) {
  return z
    .string({ error: `${label}应为日期` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}应为日期，格式如2026-03-05`)
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), `${label}不是有效日期`)
    .meta({ title: label });
}

export function id(label: string) {
  return z.number({ error: `${label}应为编号` }).int(`${label}应为整数`).positive(`请选择${label}`).meta({ title: label });
}

export function count(label: string, max = 1_000_000) {
  return z.number({ error: `${label}应为数字` }).int(`${label}应为整数`).min(0, `${label}不能为负数`).max(max, `${label}过大`).meta({ title: label });
}

export function choice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: `${label}应为：${values.join('、')}` }).meta({ title: label });
}

export const versionField = z.number({ error: '版本号应为数字' }).int().positive().meta({ title: '版本号' });
export const reasonField = text('原因', 500);

/** Columns every table has (design.md: id, timestamps, version, voided_at + reason). */
export const recordMeta = {
  id: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  voidedAt: z.string().nullable(),
  voidReason: z.string().nullable(),
};

/** Input for saving: no id = create; id + version = update of that version. */
export const saveKey = {
  id: z.number({ error: '记录编号应为数字' }).int('记录编号应为整数').positive('记录编号应大于0').meta({ title: '记录编号' }).optional(),
  version: versionField.optional(),
};

export const voidInput = z.object({ id: id('记录'), version: versionField, reason: reasonField });
export const restoreInput = z.object({ id: id('记录'), version: versionField });

export const pageInput = {
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(1000).default(20),
};

/** A four-digit year (年度, 收稿年度 …) with Chinese messages naming the field. */
export const yearField = (label = '年度') => z.number({ error: `${label}应为数字` }).int(`${label}应为整数`).min(2000, `${label}应在2000年以后`).max(2100, `${label}不正确`).meta({ title: label });
