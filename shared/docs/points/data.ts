import type { MethodOutput } from '../../contract';
import type { RuleRecord } from '../../contract/points';
import { formatChineseDate } from '../../domain/chineseDate';
import { describePoints, fromCents, toCents } from '../../domain/points/rules';
import type { AnnualNoticeData } from './annualNotice';
import type { FiguresDraftData } from './figuresDraft';

const md = (iso: string) => formatChineseDate(iso).replace(/^\d{4}年/, '');

/**
 * The rules as they applied in the year, worded for print: “出席全体会议每次5分”; a rule changed
 * during the year prints each version with its dates: “参加视察调研每次2分，年度最多计4分（至6月30日）；
 * 7月1日起每次3分，年度最多计6分”.
 */
export function rulesOfYear(rules: readonly RuleRecord[], year: number): AnnualNoticeData['rules'] {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return rules.flatMap((r) => {
    const versions = r.versions.filter((v) => v.effectiveFrom <= to && (v.effectiveTo === null || v.effectiveTo >= from));
    if (!versions.length) return [];
    const parts = versions.map((v) => {
      const start = v.effectiveFrom > from ? `${md(v.effectiveFrom)}起` : '';
      const end = v.effectiveTo !== null && v.effectiveTo < to ? `（至${md(v.effectiveTo)}）` : '';
      return `${start}${describePoints({ ...v, kind: r.kind })}${end}`;
    });
    const last = versions[versions.length - 1];
    return [{ category: last.category, name: last.name, description: `${last.name}${parts.join('；')}` }];
  });
}

/** The 通报's data from the API's answers for the year (ranking, 界别, 活动组, rules, 年度数据). */
export function annualNoticeData(input: {
  year: number;
  issueDate: string;
  docNumber?: string | null;
  members: MethodOutput<'points.ranking.members'>;
  sectors: MethodOutput<'points.ranking.groups'>;
  groups: MethodOutput<'points.ranking.groups'>;
  rules: readonly RuleRecord[];
  figures: MethodOutput<'points.figures'>;
  top?: number;
}): AnnualNoticeData {
  const rows = input.members.rows;
  const totalCents = rows.reduce((s, r) => s + toCents(r.total), 0);
  return {
    year: input.year,
    termName: input.members.termName ?? '',
    docNumber: input.docNumber ?? null,
    issueDate: input.issueDate,
    closed: input.members.closedYears.includes(input.year),
    memberCount: rows.length,
    total: fromCents(totalCents),
    average: rows.length ? Math.round(totalCents / rows.length) / 100 : 0,
    paragraphs: input.figures.paragraphs.map((p) => p.text),
    rules: rulesOfYear(input.rules, input.year),
    members: rows.map((r) => ({ rank: r.rank, tied: r.tied, name: r.name, sectorName: r.sectorName, byCategory: r.byCategory, total: r.total })),
    sectors: input.sectors.rows,
    groups: input.groups.rows,
    top: input.top,
  };
}

export function figuresDraftData(figures: MethodOutput<'points.figures'>, asOf: string): FiguresDraftData {
  return {
    year: figures.year,
    asOf,
    figures: figures.figures.map((f) => ({ module: f.module, label: f.label, text: f.text, definition: f.definition, records: f.records.length })),
    paragraphs: figures.paragraphs,
    missingModules: figures.missingModules,
  };
}
