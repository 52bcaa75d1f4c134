import { AlignmentType, LeaderType, Paragraph, TabStopType, TableOfContents, type FileChild } from 'docx';
import type { OfficeSettings } from '../../contract/officeSettings';
import type { ProposalBookRow } from '../../contract/proposals';
import { formatChineseDate } from '../../domain/chineseDate';
import { blankLine, body, chineseNumeral, heading, headingNumber, title } from '../blocks';
import { buildOfficialDocument, type DocumentSection } from '../document';
import type { SampleDocument } from '../samples';
import { proposalFileName } from './fileNames';
import { table } from '../table';
import { countLines, pagesFor, titleLines, type Block } from '../history/layout';
import { PAGE } from '../page';
import { STYLE, TWO_CHARS, gwRun } from '../styles';
import { splitTitle } from '../titleLines';
import { bodyText, proposalCommittee, sessionTitle } from './common';

export interface BookData {
  termName: string;
  sessionName: string;
  /** 编印日期. */
  date: string;
  /** In number order; 汇编 and 目录 print the 立案 ones (the caller filters). */
  proposals: readonly ProposalBookRow[];
  /** 提案类别 in the dictionary's order (groups of the 目录). */
  categoryOrder?: readonly string[];
}

/** The proposals grouped by category, in the dictionary's order, each group in number order. */
export function byCategory(proposals: readonly ProposalBookRow[], order: readonly string[] = []): { category: string; items: ProposalBookRow[] }[] {
  const groups = new Map<string, ProposalBookRow[]>();
  for (const c of order) groups.set(c, []);
  for (const p of proposals) groups.set(p.categoryName, [...(groups.get(p.categoryName) ?? []), p]);
  return [...groups.entries()].filter(([, items]) => items.length).map(([category, items]) => ({ category, items }));
}

function catalogTable(items: readonly ProposalBookRow[]) {
  return table({
    columns: [
      { title: '提案号', width: 16, align: 'center' },
      { title: '案由', width: 46 },
      { title: '提案者', width: 17 },
      { title: '主办单位', width: 21 },
    ],
    rows: items.map((p) => [p.number ?? '', p.title, p.proposerText, p.mainUnit ?? '']),
  });
}

/** 提案目录: every proposal of the 会次 by category — 提案号, 案由, 提案者, 主办单位. */
export function catalogDocument(data: BookData, settings: OfficeSettings): SampleDocument {
  const session = sessionTitle(settings, data.termName, data.sessionName);
  const docTitle = `${session}提案目录`;
  const groups = byCategory(data.proposals, data.categoryOrder);
  const children: FileChild[] = [
    title(docTitle),
    blankLine(),
    body(`${session}共立案提案${data.proposals.length}件，按类别排列如下。`),
    ...groups.flatMap((g, i) => [heading(1, `${headingNumber(1, i + 1)}${g.category}（${g.items.length}件）`), catalogTable(g.items)]),
  ];
  return {
    fileName: proposalFileName.catalog(data, settings),
    document: buildOfficialDocument({ kind: 'normal', settings, title: docTitle, children }),
  };
}

/** Lines of a body paragraph and of a heading that runs on with body text (both start two characters in). */
const proposerLine = (p: ProposalBookRow) => `提案者：${p.kind === '委员联名' ? `${p.proposerName}（领衔）${p.cosignerNames ? `、${p.cosignerNames}` : ''}` : p.proposerName}`;
const unitLine = (p: ProposalBookRow) => (p.mainUnit ? `承办单位：${p.mainUnit}（主办）${p.coUnits.length ? `，${p.coUnits.join('、')}（协办）` : ''}` : '');
const partsOf = (p: ProposalBookRow): [string, string][] =>
  (
    [
      ['背景', p.background],
      ['存在问题', p.problems],
      ['具体建议', p.suggestions],
    ] as [string, string][]
  ).filter(([, t]) => t.trim());
const lines = (t: string) =>
  t
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** How the page sees a chapter: the head (kept together), then the paragraphs (which may split). */
function chapterBlocks(p: ProposalBookRow, categoryTitle: string | null): Block[] {
  const head = (categoryTitle ? 2 : 0) + 1 + titleLines(p.title) + 1;
  return [
    { lines: head, keep: true },
    { lines: countLines(proposerLine(p)), keep: false },
    ...(p.mainUnit ? [{ lines: countLines(unitLine(p)), keep: false }] : []),
    ...partsOf(p).flatMap(([name, t], i) => [{ lines: countLines(`${headingNumber(2, i + 1)}${name}`), keep: true }, ...lines(t).map((l) => ({ lines: countLines(l), keep: false }))]),
  ];
}

const noIndent = { firstLine: 0, firstLineChars: 0 } as const;

/** One proposal as a chapter: (its category's heading,) 提案号, title, proposer, units, the three parts; a new page. */
function chapter(p: ProposalBookRow, categoryTitle: string | null, first: boolean): FileChild[] {
  const out: FileChild[] = [];
  if (categoryTitle) out.push(new Paragraph({ style: STYLE.heading1, alignment: AlignmentType.CENTER, indent: noIndent, outlineLevel: 0, pageBreakBefore: !first, keepNext: true, children: [gwRun('heading1', categoryTitle)] }), blankLine());
  // 提案号 is not a 目录 entry (outline level 9 = body text); the title is, at level 2.
  out.push(new Paragraph({ style: STYLE.heading1, outlineLevel: 9, pageBreakBefore: !first && !categoryTitle, keepNext: true, children: [gwRun('heading1', p.number ?? '')] }));
  out.push(new Paragraph({ style: STYLE.title, outlineLevel: 1, children: splitTitle(p.title).map((line, i) => gwRun('title', line, i > 0 ? { break: 1 } : {})) }));
  out.push(blankLine(), body(proposerLine(p)));
  if (p.mainUnit) out.push(body(unitLine(p)));
  partsOf(p).forEach(([name, t], i) => {
    out.push(new Paragraph({ style: STYLE.heading2, outlineLevel: 9, keepNext: true, children: [gwRun('heading2', `${headingNumber(2, i + 1)}${name}`)] }));
    out.push(...bodyText(t));
  });
  return out;
}

export interface BookTocEntry {
  level: 1 | 2;
  text: string;
  page: number;
}

/** The 目录 as it will print: categories at level 1, proposals (提案号 and 案由) at level 2, with page numbers counted on the grid. */
export function bookToc(data: BookData): BookTocEntry[] {
  const entries: BookTocEntry[] = [];
  let page = 1;
  byCategory(data.proposals, data.categoryOrder).forEach((g, gi) => {
    g.items.forEach((p, i) => {
      const categoryTitle = i === 0 ? categoryHeading(gi, g.category, g.items.length) : null;
      if (categoryTitle) entries.push({ level: 1, text: categoryTitle, page });
      entries.push({ level: 2, text: `${p.number ?? ''}\u3000${p.title}`, page });
      page += pagesFor(chapterBlocks(p, categoryTitle));
    });
  });
  return entries;
}

const categoryHeading = (index: number, category: string, count: number) => `${chineseNumeral(index + 1)}、${category}（${count}件）`;

function tocParagraph(e: BookTocEntry): Paragraph {
  const level2 = e.level === 2;
  return new Paragraph({
    style: STYLE.body,
    indent: { left: level2 ? TWO_CHARS : 0, firstLine: 0, firstLineChars: 0 },
    alignment: AlignmentType.LEFT,
    tabStops: [{ type: TabStopType.RIGHT, position: PAGE.typeAreaWidth, leader: LeaderType.DOT }],
    children: [gwRun(level2 ? 'body' : 'heading1', e.text), gwRun('body', `\t${e.page}`)],
  });
}

/**
 * 提案汇编: a whole 会次 as one book — a cover (no page number), the 目录 (a TOC field Word refreshes on
 * opening, filled with the page numbers counted on the 22×28 grid), then every proposal from the top
 * of a page, grouped by category, pages numbered from 1. `progress` reports 0…1 while the chapters
 * are laid out (the renderer runs this in a Web Worker).
 */
export function bookDocument(data: BookData, settings: OfficeSettings, progress: (fraction: number, note?: string) => void = () => {}): SampleDocument {
  const session = sessionTitle(settings, data.termName, data.sessionName);
  const docTitle = `${session}提案汇编`;
  const groups = byCategory(data.proposals, data.categoryOrder);
  progress(0, '正在排目录…');
  const toc = bookToc(data);
  const cover: FileChild[] = [
    ...Array.from({ length: 5 }, () => blankLine()),
    title(docTitle),
    ...Array.from({ length: 8 }, () => blankLine()),
    title(proposalCommittee(settings)),
    blankLine(),
    title(formatChineseDate(data.date).replace(/\d+日$/, '')),
  ];
  const contents: FileChild[] = [
    title('目\u3000\u3000录'),
    blankLine(),
    new TableOfContents('目录', { headingStyleRange: '1-2', useAppliedParagraphOutlineLevel: true, beginDirty: true, contentChildren: toc.map(tocParagraph) }),
  ];
  const chapters: FileChild[] = [];
  const total = data.proposals.length;
  let done = 0;
  groups.forEach((g, gi) => {
    g.items.forEach((p, i) => {
      chapters.push(...chapter(p, i === 0 ? categoryHeading(gi, g.category, g.items.length) : null, chapters.length === 0));
      done++;
      if (done % 25 === 0) progress(done / Math.max(1, total), `正在排版第${done}件，共${total}件…`);
    });
  });
  progress(1, '排版完成');
  const sections: DocumentSection[] = [
    { children: cover, pageNumbers: false },
    { children: contents, pageNumberStart: 1 },
    { children: chapters.length ? chapters : [body('本会次尚无立案提案。')], pageNumberStart: 1 },
  ];
  return {
    fileName: proposalFileName.book(data, settings),
    document: buildOfficialDocument({ kind: 'normal', settings, title: docTitle, subject: `${total}件`, sections }),
  };
}
