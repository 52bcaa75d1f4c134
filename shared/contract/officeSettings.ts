import { z } from './zod';
import { text } from './fields';

/**
 * 设置 → 单位信息: every name printed on a Word document comes from here, never from code.
 * One 发文字号 series (机关代字) per kind of document the office issues.
 */
export const docSeriesKeys = ['supervision', 'proposal', 'opinion', 'history', 'office'] as const;
export type DocSeriesKey = (typeof docSeriesKeys)[number];

export const docSeriesLabels: Record<DocSeriesKey, string> = {
  supervision: '民主监督（建议书）',
  proposal: '提案工作（交办、催办）',
  opinion: '社情民意',
  history: '文史资料',
  office: '办公室综合',
};

/** 机关代字 such as 永政协监: Chinese characters only, the 〔年份〕序号号 part is added when numbering. */
const docPrefix = (series: string) => text(`${series}机关代字`, 20).regex(/^[\u4e00-\u9fa5]+$/, `${series}机关代字只能是汉字，如“永政协监”`);

const unitName = (label: string) => text(label, 60);

/** One series' settings; the label names the series so a message says which one is wrong. */
const docSeries = (key: DocSeriesKey) =>
  z.object({
    prefix: docPrefix(docSeriesLabels[key]),
    /** Default 抄送 list for documents of this series; a document may change it before printing. */
    cc: z.array(unitName(`${docSeriesLabels[key]}抄送机关`)).max(30, '抄送机关最多30个').default([]),
  });
export const DocSeriesSchema = docSeries('office');
export type DocSeries = z.output<typeof DocSeriesSchema>;

export const OfficeSettingsSchema = z.object({
  /** 单位全称, e.g. 中国人民政治协商会议永安县委员会; printed as the red 发文机关标志 of 信函. */
  committeeName: unitName('单位全称'),
  /** 规范简称, e.g. 政协永安县委员会; used for 落款 and in running text. */
  shortName: unitName('单位简称'),
  /** 印发机关 in the 版记, e.g. 政协永安县委员会办公室. */
  issuingOffice: unitName('印发机关'),
  series: z.object({
    supervision: docSeries('supervision'),
    proposal: docSeries('proposal'),
    opinion: docSeries('opinion'),
    history: docSeries('history'),
    office: docSeries('office'),
  }),
});
export type OfficeSettings = z.output<typeof OfficeSettingsSchema>;
export type OfficeSettingsInput = z.input<typeof OfficeSettingsSchema>;

/** What a fresh installation shows (a fictional county); the office edits it in 设置 → 单位信息. */
export const defaultOfficeSettings: OfficeSettings = OfficeSettingsSchema.parse({
  committeeName: '中国人民政治协商会议永安县委员会',
  shortName: '政协永安县委员会',
  issuingOffice: '政协永安县委员会办公室',
  series: {
    supervision: { prefix: '永政协监', cc: ['县委督查室', '县政府督查室'] },
    proposal: { prefix: '永政协提', cc: ['县委办公室', '县政府办公室'] },
    opinion: { prefix: '永政协社', cc: ['市政协办公室'] },
    history: { prefix: '永政协文', cc: [] },
    office: { prefix: '永政协办', cc: ['县委办公室', '县人大常委会办公室', '县政府办公室'] },
  },
});
