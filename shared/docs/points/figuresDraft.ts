import type { FactModule } from '../../domain/points/kinds';
import type { OfficeSettings } from '../../contract/officeSettings';
import { formatChineseDate } from '../../domain/chineseDate';
import { blankLine, body, dateLine, heading, headingNumber, title } from '../blocks';
import { buildOfficialDocument } from '../document';
import { documentFileName, type SampleDocument } from '../samples';
import { table } from '../table';

/** What the 年度数据 draft prints: the figures of each module with their definitions, and the draft sentences. */
export interface FiguresDraftData {
  year: number;
  /** The day the figures were counted (ISO). */
  asOf: string;
  figures: readonly { module: FactModule; label: string; text: string; definition: string; records: number }[];
  paragraphs: readonly { module: FactModule; text: string }[];
  missingModules: readonly FactModule[];
}

const sectionTitle: Record<FactModule, string> = {
  活动会议: '会议和委员活动',
  提案: '提案工作',
  社情民意: '社情民意信息工作',
  民主监督: '民主监督工作',
  文史资料: '文史资料工作',
};

export function figuresDraftTitle(year: number): string {
  return `${year}年度政协工作主要数据`;
}

/**
 * 年度数据 draft paragraph set: for the writers of the 工作报告. Per module a heading, the draft
 * sentence ready to paste, and a table 项目 / 数据 / 统计口径 / 记录数 so every number can be checked
 * against the records in the app. Not a 公文: no 发文字号, 落款 or 版记, just the counting date.
 */
export function figuresDraft(data: FiguresDraftData, settings: OfficeSettings): SampleDocument {
  const docTitle = figuresDraftTitle(data.year);
  const modules = data.paragraphs.map((p) => p.module);
  let n = 0;
  const children = [
    title(docTitle),
    blankLine(),
    body(
      `以下数据由系统根据${settings.shortName}各项工作记录自动统计，统计截至${formatChineseDate(data.asOf)}，供起草${data.year}年度常委会工作报告和各专项工作报告参考。每项数据均可在“履职积分—年度数据”中点开查看对应的记录。`,
    ),
    ...modules.flatMap((m) => {
      const figures = data.figures.filter((f) => f.module === m);
      const sentence = data.paragraphs.find((p) => p.module === m)!.text;
      return [
        heading(1, `${headingNumber(1, ++n)}${sectionTitle[m]}`),
        body(sentence),
        table({
          columns: [
            { title: '项目', width: 22 },
            { title: '数据', width: 14, align: 'center' },
            { title: '统计口径', width: 50 },
            { title: '记录数', width: 12, align: 'center' },
          ],
          rows: figures.map((f) => [f.label, f.text, f.definition, f.records]),
        }),
      ];
    }),
    ...(data.missingModules.length ? [body(`${data.missingModules.join('、')}尚未在系统中登记，未列入以上数据。`)] : []),
    blankLine(),
    dateLine(data.asOf),
  ];
  return { fileName: documentFileName(undefined, `${docTitle}（草稿）`), document: buildOfficialDocument({ kind: 'normal', settings, title: docTitle, subject: `${docTitle}（草稿）`, children }) };
}
