/**
 * 社情民意 documents: the 《社情民意》 issue (简报: 报头 with 期号 and date, the reports, 报送/抄送 版记),
 * the quarterly / yearly statistics and the 年度通报 with rankings. Pure `(data, settings) → Document`
 * on the one GB/T 9704 engine; the *Data helpers map API records onto the builders' input, so the
 * renderer and `npm run samples` build the same documents from the same records.
 */
import { AlignmentType, Paragraph, type Document } from 'docx';
import type { OfficeSettings } from '../../contract/officeSettings';
import type { OpinionIssueDetail, OpinionRecord, OpinionSettings, OpinionStats, OpinionTotalsOut, RankingRowOut } from '../../contract/opinions';
import { formatChineseDate } from '../../domain/chineseDate';
import { formatIssueNumber } from '../../domain/opinion/numbering';
import { describeScoring, type OpinionScoring } from '../../domain/opinion/scoring';
import { levelLabels, opinionLevels, type OpinionLevel } from '../../domain/opinion/status';
import { rankLabel, topWithTies } from '../../domain/ranking';
import { blankLine, body, bodyBeforeSignature, heading, headingNumber, mainRecipient, paragraphsOf, signature, title } from '../blocks';
import { bulletinHead, bylineParagraph } from '../bulletin';
import { buildOfficialDocument } from '../document';
import { documentFileName } from '../samples';
import { table } from '../table';
import { letterVersionNote, versionNote } from '../versionNote';
import { letterHead } from '../letter';
import { STYLE, gwRun } from '../styles';

/** Full-width space (U+3000) between names in bylines. */
const SP = '\u3000';

// ───────────────────────── 《社情民意》 issue ─────────────────────────

export interface BulletinArticle {
  title: string;
  /** 政协委员 王建国 / 政协教育界 / 民盟 / 政协机关 王晓燕 */
  byline: string;
  paragraphs: readonly string[];
}

export interface BulletinData {
  /** 刊物名称, normally 社情民意. */
  name: string;
  number: number;
  /** 总第N期, printed when given. */
  total?: number | null;
  /** 编印 (or 印发) date, ISO. */
  date: string;
  articles: readonly BulletinArticle[];
  /** 报送 (the issue's 主送) and 抄送, printed in the 版记. */
  mainTo: readonly string[];
  ccTo: readonly string[];
  editorName?: string;
  reviewerName?: string;
  signerName?: string;
}

/** The byline of a report in the bulletin, by who reported it. */
export function opinionByline(r: Pick<OpinionRecord, 'authorKind' | 'memberNames' | 'sectorName' | 'partyName' | 'staffName'>): string {
  switch (r.authorKind) {
    case '委员个人':
    case '委员联名':
      return `政协委员${SP}${r.memberNames.join(SP)}`;
    case '界别': {
      const name = r.sectorName ?? '';
      return name.endsWith('界') ? `政协${name}` : `政协${name}界别`;
    }
    case '党派团体':
      return r.partyName ?? '';
    case '机关工作人员':
      return `政协机关${SP}${r.staffName}`;
  }
}

/** Builder input from an issue as opinionIssue.get returns it (the edited text of each report). */
export function bulletinData(issue: OpinionIssueDetail, settings: Pick<OpinionSettings, 'bulletinTitle' | 'withTotal'>): BulletinData {
  return {
    name: settings.bulletinTitle,
    number: issue.number,
    total: settings.withTotal ? issue.total : null,
    date: issue.printedAt ?? issue.issueDate,
    articles: issue.reports.map((r) => ({ title: r.editedTitle || r.title, byline: opinionByline(r), paragraphs: paragraphsOf(r.editedText ?? r.content) })),
    mainTo: issue.mainTo,
    ccTo: issue.ccTo,
    editorName: issue.editorName,
    reviewerName: issue.reviewerName,
    signerName: issue.signerName,
  };
}

export function bulletinFileName(data: Pick<BulletinData, 'name' | 'number' | 'date'>): string {
  return documentFileName(undefined, `《${data.name}》${data.date.slice(0, 4)}年${formatIssueNumber(data.number)}`);
}

/** 编辑：… 审核：… 签发：… at the right under the last article. */
function staffLine(data: BulletinData): Paragraph | null {
  const parts = [
    ['编辑', data.editorName],
    ['审核', data.reviewerName],
    ['签发', data.signerName],
  ]
    .filter(([, v]) => v && v.trim())
    .map(([k, v]) => `${k}：${v!.trim()}`);
  if (!parts.length) return null;
  return new Paragraph({ style: STYLE.body, alignment: AlignmentType.RIGHT, indent: { firstLine: 0, firstLineChars: 0 }, children: [gwRun('body', `（${parts.join(SP)}）`)] });
}

/**
 * One issue of 《社情民意》: 报头 (刊物名称, 第N期, 编印单位 and date over a red rule), each report with
 * its title, byline and text, the editors' names, and the 版记 (报送, 抄送, 印发机关 and date).
 */
export function buildOpinionBulletin(data: BulletinData, settings: OfficeSettings): Document {
  if (!data.articles.length) throw new RangeError('本期没有信息，不能生成《社情民意》。');
  const children = [
    ...bulletinHead({ name: data.name, issue: formatIssueNumber(data.number), issueNote: data.total ? `（总第${data.total}期）` : undefined, editor: `${settings.issuingOffice}编`, date: data.date }),
    ...data.articles.flatMap((a, i) => [
      ...(i > 0 ? [blankLine()] : []),
      title(a.title),
      ...(a.byline ? [bylineParagraph(a.byline)] : []),
      blankLine(),
      ...a.paragraphs.map((p) => body(p)),
    ]),
    ...[staffLine(data)].filter((p): p is Paragraph => !!p),
    ...versionNote({ main: data.mainTo, mainLabel: '报送', cc: data.ccTo, issuer: settings.issuingOffice, issueDate: data.date }),
  ];
  const name = `《${data.name}》${formatIssueNumber(data.number)}`;
  return buildOfficialDocument({ kind: 'normal', settings, title: name, subject: data.articles.map((a) => a.title).join('；'), children });
}

// ───────────────────────── statistics ─────────────────────────

export interface StatisticsData {
  stats: OpinionStats;
  /** Date under the statistics (ISO). */
  date: string;
}

const instructionCount = (t: OpinionTotalsOut) => opinionLevels.reduce((n, l) => n + t.instructionsByLevel[l], 0);
const pct = (v: number) => `${v.toFixed(2)}%`;

export function periodLabel(stats: Pick<OpinionStats, 'year' | 'quarter'>): string {
  return stats.quarter ? `${stats.year}年第${'一二三四'[stats.quarter - 1]}季度` : `${stats.year}年`;
}

/** One sentence with the period's numbers, as the 通报 and the statistics print them. */
export function summarySentence(stats: OpinionStats): string {
  const t = stats.totals;
  const upper = (['市', '省', '全国'] as const).filter((l) => t.adoptedByLevel[l]).map((l) => `${l === '全国' ? '全国政协' : `${l}政协`}采用${t.adoptedByLevel[l]}篇`);
  const levels = opinionLevels.filter((l) => t.instructionsByLevel[l]).map((l) => `${levelLabels[l]}${t.instructionsByLevel[l]}人次`);
  return [
    `${periodLabel(stats)}${stats.quarter ? '' : `围绕${stats.topics}个重点选题，`}共收到社情民意信息${t.received}篇，采用${t.adopted}篇，采用率${pct(t.adoptionRate)}`,
    `编发《社情民意》${stats.issues}期${t.printed}篇`,
    `报送上级政协${t.sentUp}篇${upper.length ? `，其中被${upper.join('、')}` : ''}`,
    `获领导批示${t.instructed}篇${instructionCount(t)}人次${levels.length ? `（${levels.join('、')}）` : ''}。`,
  ].join('；');
}

/** Relative widths chosen so no header and no “100.00%” wraps in 4号 on the 156 mm type area. */
const measureColumns = [
  { title: '收到', width: 9, align: 'center' as const },
  { title: '采用', width: 9, align: 'center' as const },
  { title: '采用率', width: 18, align: 'center' as const },
  { title: '印发', width: 9, align: 'center' as const },
  { title: '报送上级', width: 16, align: 'center' as const },
  { title: '获批示', width: 13, align: 'center' as const },
];
const measureCells = (t: OpinionTotalsOut) => [t.received, t.adopted, pct(t.adoptionRate), t.printed, t.sentUp, t.instructed];

function groupTable(nameTitle: string, rows: OpinionStats['byMember']) {
  return table({
    columns: [{ title: '序号', width: 8, align: 'center' }, { title: nameTitle, width: 20 }, ...measureColumns],
    rows: rows.map((g, i) => [i + 1, g.name, ...measureCells(g.totals)]),
  });
}

/** 社情民意信息工作情况统计 for a quarter or a year: summary, per quarter, by level, 界别, 党派团体, 选题. */
export function buildOpinionStatistics(data: StatisticsData, settings: OfficeSettings): Document {
  const s = data.stats;
  const docTitle = `${periodLabel(s)}社情民意信息工作情况统计`;
  const levelRows = opinionLevels.map((l: OpinionLevel) => [levelLabels[l], s.totals.adoptedByLevel[l], l === '县' ? '—' : s.totals.sentUpByLevel[l], s.totals.instructedByLevel[l], s.totals.instructionsByLevel[l]]);
  let n = 0;
  const section = (text: string) => heading(1, `${headingNumber(1, ++n)}${text}`);
  const children = [
    title(docTitle),
    blankLine(),
    body(summarySentence(s)),
    section('分季度情况'),
    table({
      columns: [{ title: '季度', width: 20, align: 'center' }, ...measureColumns],
      rows: [...s.quarters.map((q) => [q.label, ...measureCells(q.totals)]), ...(s.quarter ? [] : [['全年', ...measureCells(s.totals)]])],
    }),
    section('采用、报送与批示（按级别）'),
    table({
      columns: [
        { title: '级别', width: 12, align: 'center' },
        { title: '采用（篇）', width: 18, align: 'center' },
        { title: '报送上级（篇）', width: 24, align: 'center' },
        { title: '获批示（篇）', width: 22, align: 'center' },
        { title: '批示（人次）', width: 22, align: 'center' },
      ],
      rows: levelRows,
    }),
    section('分界别情况'),
    ...(s.bySector.length ? [groupTable('界别', s.bySector)] : [body('本期无界别信息。')]),
    section('分党派团体情况'),
    ...(s.byParty.length ? [groupTable('党派团体', s.byParty)] : [body('本期无党派团体信息。')]),
    section('重点选题情况'),
    ...(s.byTopic.length ? [groupTable('重点选题', s.byTopic)] : [body('本期无重点选题信息。')]),
    ...signature({ issuer: settings.issuingOffice, isoDate: data.date, blankLines: 1 }),
  ];
  return buildOfficialDocument({ kind: 'normal', settings, title: docTitle, subject: summarySentence(s), children });
}

export const statisticsFileName = (stats: Pick<OpinionStats, 'year' | 'quarter'>) => documentFileName(undefined, `${periodLabel(stats)}社情民意信息工作情况统计`);

// ───────────────────────── 年度通报 ─────────────────────────

export interface NoticeData {
  stats: OpinionStats;
  rankings: { member: readonly RankingRowOut[]; sector: readonly RankingRowOut[]; party: readonly RankingRowOut[] };
  /** Reports with 批示 in the year: title, byline and the highest level. */
  instructed: readonly { title: string; byline: string; level: OpinionLevel; count: number }[];
  scoring: OpinionScoring;
  date: string;
  /** How many members the 通报 lists (the ranking keeps its ties: everyone tied at the cut is listed). */
  topMembers?: number;
  /** 发文字号 given when the office issued it (opinionNotice.issue); a draft has none. */
  docNumber?: string | null;
}

/** A 正文 paragraph (or an empty line when `text` is '') kept on the page of the paragraph after it. */

export function noticeTitle(year: number): string {
  return `关于${year}年度社情民意信息工作情况的通报`;
}

/**
 * 年度通报 in 信函格式 (the committee's red letterhead, the 发文字号 of the 社情民意 series at the right under
 * it once issued): the year's numbers, the reports with 批示, and the member / 界别 / 党派团体 rankings
 * (ties 并列), signed by the committee, 抄送 at the foot of the last page.
 */
export function buildOpinionNotice(data: NoticeData, settings: OfficeSettings): Document {
  const s = data.stats;
  const docTitle = noticeTitle(s.year);
  const members = topWithTies(data.rankings.member.filter((r) => r.points > 0), data.topMembers ?? 20);
  let n = 0;
  const section = (text: string) => heading(1, `${headingNumber(1, ++n)}${text}`);
  const rankTable = (rows: readonly RankingRowOut[], nameTitle: string, withSector: boolean) =>
    table({
      columns: [
        { title: '名次', width: 22, align: 'center' },
        { title: nameTitle, width: withSector ? 16 : 30 },
        ...(withSector ? [{ title: '界别', width: 20 }] : []),
        { title: '报送', width: 9, align: 'center' as const },
        { title: '采用', width: 9, align: 'center' as const },
        { title: '获批示', width: 12, align: 'center' as const },
        { title: '积分', width: 10, align: 'center' as const },
      ],
      rows: rows.map((r) => [rankLabel(r), r.name, ...(withSector ? [r.sectorName ?? ''] : []), r.received, r.adopted, r.instructed, r.points]),
    });
  const children = [
    blankLine(),
    title(docTitle),
    blankLine(),
    mainRecipient('各界别、各党派团体，各位委员'),
    body(
      `${s.year}年，广大政协委员和各界别、各党派团体紧扣县委中心工作和群众关心的热点难点问题，深入调查研究，积极反映社情民意，为党委政府科学决策提供了参考。现将${s.year}年度社情民意信息工作情况通报如下。`,
    ),
    section('基本情况'),
    body(summarySentence(s)),
    section('获领导批示的信息'),
    ...(data.instructed.length
      ? [
          body(`${s.year}年，以下${data.instructed.length}篇信息获得领导批示：`),
          table({
            columns: [
              { title: '序号', width: 8, align: 'center' },
              { title: '标题', width: 48 },
              { title: '报送者', width: 26 },
              { title: '批示', width: 14, align: 'center' },
            ],
            rows: data.instructed.map((x, i) => [i + 1, x.title, x.byline, `${levelLabels[x.level]}${x.count > 1 ? `等${x.count}次` : ''}`]),
          }),
        ]
      : [body(`${s.year}年暂无获领导批示的信息。`)]),
    section('排名情况'),
    body(`排名按积分计算，积分相同的并列。计分规则：${describeScoring(data.scoring)}`),
    heading(2, `${headingNumber(2, 1)}委员排名（前${data.topMembers ?? 20}名）`),
    ...(members.length ? [rankTable(members, '委员', true)] : [body('暂无。')]),
    heading(2, `${headingNumber(2, 2)}界别排名`),
    ...(data.rankings.sector.length ? [rankTable(data.rankings.sector, '界别', false)] : [body('暂无。')]),
    heading(2, `${headingNumber(2, 3)}党派团体排名`),
    ...(data.rankings.party.length ? [rankTable(data.rankings.party, '党派团体', false)] : [body('暂无。')]),
    section('下一步工作'),
    // The last paragraph and the seal's space go with the 署名 and date to the next page when these do not
    // fit (GB/T 9704 7.3.5.4: the signature is never alone on a page).
    bodyBeforeSignature(
      '希望广大政协委员和各界别、各党派团体坚持一事一报，紧扣中心、关注民生，提高信息的时效性和针对性，进一步提升社情民意信息工作质量，为全县经济社会高质量发展贡献智慧和力量。',
    ),
    ...signature({ issuer: settings.shortName, isoDate: data.date, keepWithText: true }),
    ...letterVersionNote({ cc: settings.series.opinion.cc }),
  ];
  const docNumber = data.docNumber ?? undefined;
  return buildOfficialDocument({
    kind: 'letter',
    settings,
    title: docTitle,
    subject: docNumber ?? formatChineseDate(data.date),
    letterHead: letterHead({ orgName: settings.committeeName, docNumber }),
    children,
  });
}

export const noticeFileName = (year: number, docNumber?: string | null) => documentFileName(docNumber ?? undefined, noticeTitle(year));

/** Builder input for the 通报 from the API's answers (stats of the year, three rankings, reports with 批示). */
export function noticeData(input: {
  stats: OpinionStats;
  member: readonly RankingRowOut[];
  sector: readonly RankingRowOut[];
  party: readonly RankingRowOut[];
  instructedReports: readonly OpinionRecord[];
  scoring: OpinionScoring;
  date: string;
  docNumber?: string | null;
}): NoticeData {
  return {
    docNumber: input.docNumber ?? null,
    stats: input.stats,
    rankings: { member: input.member, sector: input.sector, party: input.party },
    instructed: input.instructedReports
      .filter((r) => r.topInstruction)
      .map((r) => ({ title: r.editedTitle || r.title, byline: opinionByline(r), level: r.topInstruction!, count: r.instructionCount })),
    scoring: input.scoring,
    date: input.date,
  };
}
