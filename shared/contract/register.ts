import { z } from './zod';
import { query } from './define';
import { docSeriesKeys } from './officeSettings';

const year = z.number({ error: '年度应为数字' }).int('年度应为整数').min(2000, '年度应在2000年以后').max(2100, '年度不正确').meta({ title: '年度' });

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
});
export type RegisterRow = z.output<typeof registerRow>;

export const registerContract = {
  'docRegister.list': query(
    '发文登记（各业务已编发文字号的文书，含断号、重号检查）',
    z.object({ year: year.optional(), series: z.enum(docSeriesKeys).optional() }).default({}),
    z.object({
      rows: z.array(registerRow),
      gaps: z.array(z.object({ series: z.string(), year: z.number().int(), missing: z.array(z.number().int()), note: z.string() })),
      duplicates: z.array(z.string()),
    }),
  ),
};
