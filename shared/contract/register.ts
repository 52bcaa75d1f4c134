import { z } from './zod';
import { command, query } from './define';
import { count, isoDate, optionalText, text, voidInput, yearField } from './fields';
import { docSeriesKeys, docSeriesLabels } from './officeSettings';

const series = z.enum(docSeriesKeys, { error: `发文序列应为${docSeriesKeys.map((k) => docSeriesLabels[k]).join('、')}之一` }).meta({ title: '发文序列' });

/** The modules' numbered documents, one row each (voided ones too: their numbers stay taken). */
export const registerRow = z.object({
  series: z.enum(docSeriesKeys),
  seriesLabel: z.string(),
  docNumber: z.string(),
  docYear: z.number().int(),
  serial: z.number().int(),
  /** 文件标题 as printed. */
  title: z.string(),
  module: z.string(),
  issueDate: z.string(),
  issuer: z.string(),
  voided: z.boolean(),
  /** Where the document opens in the app: the record's table and id (a 催办函: its 建议书). */
  sourceTable: z.string(),
  sourceId: z.number().int(),
  /** A 手工登记 entry's version (it can be voided here); null for the modules' own documents. */
  entryVersion: z.number().int().nullable(),
  note: z.string(),
});
export type RegisterRow = z.output<typeof registerRow>;

const nextNumber = z.object({ year: z.number().int(), serial: z.number().int(), docNumber: z.string() });

export const registerContract = {
  'docRegister.list': query(
    '发文登记（各业务已编发文字号的文书和手工登记的文号，含断号、重号检查）',
    z.object({ year: yearField().optional(), series: series.optional() }).default({}),
    z.object({
      rows: z.array(registerRow),
      gaps: z.array(z.object({ series: z.string(), year: z.number().int(), missing: z.array(z.number().int()), note: z.string() })),
      duplicates: z.array(z.string()),
    }),
  ),
  'docRegister.next': query('某发文序列在成文日期所在年度的下一个文号', z.object({ series, date: isoDate('成文日期') }), nextNumber),
  'docRegister.add': command(
    '手工登记发文字号（系统外或按序号打印的文件取号）',
    z.object({
      series,
      date: isoDate('成文日期'),
      title: text('文件标题', 200),
      issuer: optionalText('签发人', 30),
      note: optionalText('备注', 500),
      /** Left out: the next free number of the series and year. */
      serial: count('发文序号', 9999).min(1, '发文序号应从1开始').optional(),
    }),
    registerRow,
  ),
  'docRegister.void': command('作废手工登记的文号（文号不再使用）', voidInput, registerRow),
};
