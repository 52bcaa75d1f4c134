import type { FileChild } from 'docx';
import type { OfficeSettings } from '../../contract/officeSettings';
import type { ProposalBookRow } from '../../contract/proposals';
import { formatChineseDate } from '../../domain/chineseDate';
import { blankLine, body, chineseNumeral, heading, headingNumber, title } from '../blocks';
import { buildOfficialDocument, type DocumentSection } from '../document';
import type { SampleDocument } from '../samples';
import { proposalFileName } from './fileNames';
import { table } from '../table';
import { bodyText, pageBreak, proposalCommittee, sessionTitle } from './common';

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

/** One proposal as a chapter of the book: number, title, proposer, the three parts; a new page. */
function chapter(p: ProposalBookRow, first: boolean): FileChild[] {
  const parts: [string, string][] = [
    ['背景', p.background],
    ['存在问题', p.problems],
    ['具体建议', p.suggestions],
  ];
  return [
    ...(first ? [] : [pageBreak()]),
    heading(1, p.number ?? ''),
    title(p.title),
    blankLine(),
    body(`提案者：${p.kind === '委员联名' ? `${p.proposerName}（领衔）${p.cosignerNames ? `、${p.cosignerNames}` : ''}` : p.proposerName}`),
    ...(p.mainUnit ? [body(`承办单位：${p.mainUnit}（主办）${p.coUnits.length ? `，${p.coUnits.join('、')}（协办）` : ''}`)] : []),
    ...parts.filter(([, t]) => t.trim()).flatMap(([name, t], i) => [heading(2, `${headingNumber(2, i + 1)}${name}`), ...bodyText(t)]),
  ];
}

/**
 * 提案汇编: a whole 会次 as one book — cover, 目录 (by category, with 提案号 to find each), then every
 * proposal on its own page, pages numbered from the first proposal. `progress` reports 0…1 while the
 * chapters are laid out (the renderer runs this in a Web Worker).
 */
export function bookDocument(data: BookData, settings: OfficeSettings, progress: (fraction: number, note?: string) => void = () => {}): SampleDocument {
  const session = sessionTitle(settings, data.termName, data.sessionName);
  const docTitle = `${session}提案汇编`;
  const groups = byCategory(data.proposals, data.categoryOrder);
  const cover: FileChild[] = [
    ...Array.from({ length: 5 }, () => blankLine()),
    title(docTitle),
    ...Array.from({ length: 8 }, () => blankLine()),
    title(proposalCommittee(settings)),
    blankLine(),
    title(formatChineseDate(data.date).replace(/\d+日$/, '')),
  ];
  const contents: FileChild[] = [
    title('目　　录'),
    blankLine(),
    ...groups.flatMap((g, i) => [heading(1, `${chineseNumeral(i + 1)}、${g.category}（${g.items.length}件）`), catalogTable(g.items)]),
  ];
  const chapters: FileChild[] = [];
  const ordered = groups.flatMap((g) => g.items);
  ordered.forEach((p, i) => {
    chapters.push(...chapter(p, i === 0));
    if (i % 25 === 0) progress(i / Math.max(1, ordered.length), `正在排版第${i + 1}件，共${ordered.length}件…`);
  });
  progress(1, '排版完成');
  const sections: DocumentSection[] = [{ children: cover }, { children: contents, pageNumberStart: 1 }, { children: chapters.length ? chapters : [body('本会次尚无立案提案。')], pageNumberStart: 1 }];
  return {
    fileName: proposalFileName.book(data, settings),
    document: buildOfficialDocument({ kind: 'normal', settings, title: docTitle, subject: `${ordered.length}件`, sections }),
  };
}
