import type { Document } from 'docx';
import type { OfficeSettings } from '../../contract/officeSettings';
import { categoryLabels, pointCategories, type PointCategory } from '../../domain/points/kinds';
import { rankLabel, topWithTies } from '../../domain/ranking';
import { attachmentMark, attachments, blankLine, body, heading, headingNumber, mainRecipient, signature, title } from '../blocks';
import { buildOfficialDocument } from '../document';
import { letterHead } from '../letter';
import { documentFileName, type SampleDocument } from '../samples';
import { table } from '../table';
import { letterVersionNote } from '../versionNote';

/** What the 年度履职情况通报 prints; assembled from the API by annualNoticeData (data.ts). */
export interface AnnualNoticeData {
  year: number;
  termName: string;
  /**
   * 发文字号 given when the office issued the 通报 (points.notice.issue: 永政协办〔2026〕3号), printed
   * under the 发文机关标志; a draft (not yet issued) has none.
   */
  docNumber?: string | null;
  /** 成文日期 (ISO). */
  issueDate: string;
  /** The year was closed (结账): the figures are final. */
  closed: boolean;
  memberCount: number;
  total: number;
  average: number;
  /** 年度数据 sentences (one per module). */
  paragraphs: readonly string[];
  /** Rules in force in the year, per category, as printed (“出席全体会议每次5分”). */
  rules: readonly { category: PointCategory; name: string; description: string }[];
  /** Every member, ranked; the notice prints the top `top` (ties at the boundary included), the 附件 all. */
  members: readonly { rank: number; tied: boolean; name: string; sectorName: string | null; byCategory: Record<PointCategory, number>; total: number }[];
  sectors: readonly { rank: number; tied: boolean; name: string; members: number; total: number; average: number }[];
  groups: readonly { rank: number; tied: boolean; name: string; members: number; total: number; average: number }[];
  /** How many members the body lists (default 20). */
  top?: number;
}

const fmt = (n: number) => (n < 0 ? `−${-n}` : String(n));

export function annualNoticeTitle(year: number): string {
  return `关于${year}年度政协委员履职情况的通报`;
}

/**
 * 年度履职情况通报 (信函格式: 发文机关标志, then the 发文字号 once issued, as the 民主监督建议书): 总体情况 from the 年度数据, the rules by category, the top members,
 * the 界别 and 活动组 rankings (ties printed 并列第N名), 落款, 版记; 附件 on a new page: every member's
 * 固定/任务/激励 and total.
 */
export function annualNotice(data: AnnualNoticeData, settings: OfficeSettings): SampleDocument {
  const docTitle = annualNoticeTitle(data.year);
  const appendixTitle = `${data.year}年度委员履职积分明细表`;
  const top = topWithTies(data.members, data.top ?? 20);
  const series = settings.series.office;
  let n = 0;
  const h1 = (text: string) => heading(1, `${headingNumber(1, ++n)}${text}`);
  const byCategory = pointCategories
    .map((c) => ({ c, list: data.rules.filter((r) => r.category === c) }))
    .filter((x) => x.list.length);
  const memberTable = (rows: AnnualNoticeData['members']) =>
    table({
      // Widths for 4号 table text: 名次 fits 并列第12名, the category headers break after two characters.
      columns: [
        { title: '名次', width: 21, align: 'center' },
        { title: '姓名', width: 14, align: 'center' },
        { title: '界别', width: 25 },
        ...pointCategories.map((c) => ({ title: categoryLabels[c].replace('积分', '\n积分'), width: 10, align: 'center' as const })),
        { title: '总积分', width: 11, align: 'center' },
      ],
      rows: rows.map((m) => [rankLabel(m), m.name, m.sectorName ?? '', ...pointCategories.map((c) => fmt(m.byCategory[c])), fmt(m.total)]),
    });
  const groupTable = (what: string, rows: AnnualNoticeData['sectors']) =>
    table({
      columns: [
        { title: '名次', width: 21, align: 'center' },
        { title: what, width: 37 },
        { title: '委员人数', width: 14, align: 'center' },
        { title: '总积分', width: 14, align: 'center' },
        { title: '人均积分', width: 14, align: 'center' },
      ],
      rows: rows.map((g) => [rankLabel(g), g.name, g.members, fmt(g.total), fmt(g.average)]),
    });

  const main = [
    blankLine(),
    title(docTitle),
    blankLine(),
    mainRecipient('各位委员，各界别、各活动组'),
    body(
      `${data.year}年，全体委员围绕县委中心工作和全县发展大局，积极参加政协组织的各项活动，认真撰写提案、反映社情民意、开展民主监督，较好地履行了政治协商、民主监督、参政议政职能。根据委员履职积分管理办法，现将${data.termName}委员${data.year}年度履职情况通报如下。`,
    ),
    h1('总体情况'),
    ...data.paragraphs.map(body),
    body(`全年共有${data.memberCount}名委员参加履职积分，合计${fmt(data.total)}分，人均${fmt(data.average)}分。${data.closed ? '' : '（本年度积分尚未结账，以上为统计日的数据。）'}`),
    h1('积分办法'),
    body(`委员履职积分分为固定积分、任务积分和激励积分三类，均由系统根据会议活动考勤、提案、社情民意、民主监督、文史资料等工作记录自动计算：`),
    ...byCategory.flatMap((x, i) => [heading(2, `${headingNumber(2, i + 1)}${categoryLabels[x.c]}`), body(`${x.list.map((r) => r.description).join('；')}。`)]),
    h1('委员履职积分排名'),
    body(`按年度总积分排名，前${top.length}名委员如下（积分相同的并列，全部委员的积分见附件）。`),
    memberTable(top),
    h1('界别履职积分排名'),
    body('按界别委员人均积分排名（人均积分相同的并列）。'),
    groupTable('界别', data.sectors),
    ...(data.groups.length ? [h1('活动组履职积分排名'), body('按活动组委员人均积分排名。'), groupTable('活动组', data.groups)] : []),
    h1('有关要求'),
    body('希望受到通报的委员珍惜荣誉、再接再厉，在新的一年里继续发挥示范带动作用；积分靠后的委员要对照委员履职要求，找准差距，积极参加政协组织的各项活动，认真履行委员职责。各界别、各活动组要加强对委员履职的组织和服务，推动政协工作高质量发展。'),
    ...attachments([appendixTitle]),
    ...signature({ issuer: settings.shortName, isoDate: data.issueDate }),
  ];
  // 附件 on a new page, then the 版记 at the end of the whole document (GB/T 9704: 附件在版记之前);
  // 信函格式 (10.1): the 版记 is the 抄送 line only, without 印发机关, 印发日期 and rules.
  const appendix = [attachmentMark(), blankLine(), title(appendixTitle), blankLine(), memberTable(data.members), ...letterVersionNote({ cc: series.cc })];
  return {
    fileName: documentFileName(data.docNumber ?? undefined, docTitle),
    document: buildOfficialDocument({
      kind: 'letter',
      letterHead: letterHead({ orgName: settings.committeeName, docNumber: data.docNumber ?? undefined }),
      settings,
      title: docTitle,
      subject: data.docNumber ?? docTitle,
      sections: [{ children: main }, { children: appendix }],
    }) as Document,
  };
}
