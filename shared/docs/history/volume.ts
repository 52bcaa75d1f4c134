import { AlignmentType, BorderStyle, ImageRun, LeaderType, LineRuleType, Paragraph, TabStopType, TableOfContents, type Document, type FileChild } from 'docx';
import type { VolumeDocumentData } from '../../contract/history';
import type { OfficeSettings } from '../../contract/officeSettings';
import { formatChineseMonth } from '../../domain/chineseDate';
import { volumeCoverLabel } from '../../domain/history/volume';
import { countWords, formatQianZi } from '../../domain/history/wordCount';
import { blankLine, body, paragraphsOf } from '../blocks';
import { buildOfficialDocument } from '../document';
import { documentFileName } from '../samples';
import { PAGE } from '../page';
import { FOUR_CHARS, GRID_LINE, STYLE, TWO_CHARS, gwRun } from '../styles';
import { splitTitle } from '../titleLines';
import { SIZE, em } from '../typography';
import { countLines, pagesFor, titleLines, type Block } from './layout';

/**
 * The whole 文史资料 volume as one Word document, on the engine's page and styles:
 * cover · 编委会 · 序 · 目录 (a TOC field Word updates on open, filled with the page numbers counted
 * here so it is right before any update) · the sections and articles (each article on a new page,
 * 栏目 name above its first article, title, author line, text, photos with captions) · 编后记 · 版权页.
 * Page numbers (— 1 —) start at the first article; cover, front matter and 版权页 have none.
 */

export type Progress = (fraction: number, note?: string) => void;
type Article = VolumeDocumentData['sections'][number]['articles'][number];
type Photo = Article['photos'][number];

export interface TocEntry {
  level: 1 | 2;
  text: string;
  page: number;
}

/** 丛书名 on the cover and 版权页: 政协永安县委员会 → 永安文史资料. */
export function seriesName(settings: OfficeSettings): string {
  const m = /政协(.+?)(县|市|区|旗)委员会/.exec(settings.shortName) ?? /中国人民政治协商会议(.+?)(县|市|区|旗)委员会/.exec(settings.committeeName);
  return `${m ? m[1] : ''}文史资料`;
}

/** 口述 + 整理 when someone recorded the account; otherwise the author alone. */
export function authorLine(a: Pick<Article, 'author' | 'recorder'>): string {
  return a.recorder ? `${a.author} 口述\u3000${a.recorder} 整理` : a.author;
}

const IMAGE_MAX_WIDTH = Math.round(PAGE.typeAreaWidth * 0.85);
const IMAGE_MAX_HEIGHT = 9 * GRID_LINE;
const CAPTION_CELLS = Math.floor(PAGE.typeAreaWidth / (SIZE.si * 10));

/** Photo size in twips, fitted into 85% of the type width and 9 grid lines, and the grid lines its paragraph takes. */
export function photoBox(p: Pick<Photo, 'width' | 'height'>): { width: number; height: number; lines: number } {
  const w = Math.max(1, p.width);
  const h = Math.max(1, p.height);
  const scale = Math.min(IMAGE_MAX_WIDTH / w, IMAGE_MAX_HEIGHT / h);
  const width = Math.round(w * scale);
  const height = Math.round(h * scale);
  return { width, height, lines: Math.ceil((height + 120) / GRID_LINE) };
}

function articleBlocks(a: Article, sectionTitle: string | null): Block[] {
  const head = (sectionTitle ? 2 : 0) + titleLines(a.title) + 1 + 1;
  return [
    { lines: head, keep: true },
    ...paragraphsOf(a.body).map((p) => ({ lines: countLines(p), keep: false })),
    ...a.photos.map((p) => ({ lines: photoBox(p).lines + (p.caption ? countLines(p.caption, CAPTION_CELLS, CAPTION_CELLS) : 0), keep: true })),
  ];
}

/** The 目录 as it will print: 栏目 and 编后记 at level 1, articles at level 2, with their page numbers. */
export function volumeToc(data: VolumeDocumentData): TocEntry[] {
  const entries: TocEntry[] = [];
  let page = 1;
  for (const s of data.sections) {
    s.articles.forEach((a, i) => {
      const sectionTitle = i === 0 && s.title ? s.title : null;
      if (sectionTitle) entries.push({ level: 1, text: sectionTitle, page });
      entries.push({ level: 2, text: a.title, page });
      page += pagesFor(articleBlocks(a, sectionTitle));
    });
  }
  if (data.volume.afterword.trim()) entries.push({ level: 1, text: '编后记', page });
  return entries;
}

const center = AlignmentType.CENTER;
const noIndent = { firstLine: 0, firstLineChars: 0 } as const;

/** A title-style paragraph (2号小标宋, balanced lines) that the TOC field picks up at `outlineLevel`. */
function titleParagraph(text: string, outlineLevel?: number, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    style: STYLE.title,
    pageBreakBefore,
    ...(outlineLevel !== undefined ? { outlineLevel } : {}),
    children: splitTitle(text).map((line, i) => gwRun('title', line, i > 0 ? { break: 1 } : {})),
  });
}

function centered(element: 'heading1' | 'heading2' | 'body' | 'tableText', text: string, extra: { outlineLevel?: number; pageBreakBefore?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ style: STYLE.body, alignment: center, indent: noIndent, ...extra, children: [gwRun(element, text)] });
}

function decode(base64: string): Uint8Array {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function photoParagraphs(p: Photo): Paragraph[] {
  const box = photoBox(p);
  const image = new Paragraph({
    style: STYLE.body,
    alignment: center,
    indent: noIndent,
    keepNext: true,
    keepLines: true,
    spacing: { line: box.lines * GRID_LINE, lineRule: LineRuleType.EXACT },
    children: [
      new ImageRun({
        type: p.mime === 'image/png' ? 'png' : 'jpg',
        data: decode(p.base64),
        transformation: { width: Math.round(box.width / 15), height: Math.round(box.height / 15) },
        altText: { name: p.caption || '图片', description: p.caption, title: p.caption },
      }),
    ],
  });
  return p.caption ? [image, centered('tableText', p.caption)] : [image];
}

/** An article from the top of a page (`newPage`: by a page break; the first one starts its section's page). */
function articleParagraphs(a: Article, sectionTitle: string | null, newPage: boolean): Paragraph[] {
  const out: Paragraph[] = [];
  if (sectionTitle) out.push(centered('heading1', sectionTitle, { outlineLevel: 0, pageBreakBefore: newPage, keepNext: true }), new Paragraph({ style: STYLE.body, keepNext: true, children: [] }));
  out.push(titleParagraph(a.title, 1, newPage && !sectionTitle));
  out.push(centered('heading2', authorLine(a), { keepNext: true }));
  out.push(new Paragraph({ style: STYLE.body, keepNext: true, children: [] }));
  out.push(...paragraphsOf(a.body).map((p) => body(p)));
  for (const p of a.photos) out.push(...photoParagraphs(p));
  return out;
}

function tocParagraph(e: TocEntry): Paragraph {
  const level2 = e.level === 2;
  return new Paragraph({
    style: STYLE.body,
    indent: { left: level2 ? TWO_CHARS : 0, firstLine: 0, firstLineChars: 0 },
    alignment: AlignmentType.LEFT,
    tabStops: [{ type: TabStopType.RIGHT, position: PAGE.typeAreaWidth, leader: LeaderType.DOT }],
    children: [gwRun(level2 ? 'body' : 'heading1', e.text), gwRun('body', `\t${e.page}`)],
  });
}

function coverPage(data: VolumeDocumentData, settings: OfficeSettings): FileChild[] {
  const v = data.volume;
  const big = (text: string, size: number) => new Paragraph({ style: STYLE.title, spacing: { line: 2 * GRID_LINE, lineRule: LineRuleType.EXACT }, children: [gwRun('title', text, { size })] });
  return [
    ...Array.from({ length: 3 }, () => blankLine()),
    big(seriesName(settings), SIZE.chu),
    blankLine(),
    new Paragraph({ style: STYLE.title, children: [gwRun('title', volumeCoverLabel(v.number))] }),
    ...Array.from({ length: 2 }, () => blankLine()),
    big(v.title, SIZE.yi),
    ...Array.from({ length: 6 }, () => blankLine()),
    centered('heading2', v.publisher || `${settings.shortName}文史资料委员会`),
    centered('heading2', v.year ? `${v.year}年` : v.printDate ? `${v.printDate.slice(0, 4)}年` : ''),
  ];
}

/** Cells of body text (3号) on a line of the type area. */
const LINE_CELLS = Math.floor(PAGE.typeAreaWidth / em(SIZE.san));

/**
 * The 编委会 names of one 职务 broken into lines by hand, never inside a name: Word would otherwise
 * wrap CJK text between any two characters (吴/丽). Two-character names are spaced to three cells
 * (胡 + U+3000 + 春) so the names stand in columns; `cells` is the width left after the 职务.
 */
export function boardNameLines(names: readonly string[], cells: number): string[] {
  const padded = names.map((n) => (/^\p{Script=Han}{2}$/u.test(n) ? `${n[0]}\u3000${n[1]}` : n));
  const lines: string[][] = [];
  let width = 0;
  for (const name of padded) {
    const w = [...name].length;
    const line = lines[lines.length - 1];
    if (line && width + 1 + w <= cells) {
      line.push(name);
      width += 1 + w;
    } else {
      lines.push([name]);
      width = w;
    }
  }
  return lines.map((l) => l.join('\u3000'));
}

function boardPage(data: VolumeDocumentData, settings: OfficeSettings): FileChild[] {
  const board = data.volume.board.filter((b) => b.names.length);
  if (!board.length) return [];
  // two-character 职务 spaced to three cells (主 任), so the colons line up with 副主任
  const pad = (role: string) => (role.length === 2 ? `${role[0]}\u3000${role[1]}` : role);
  return [
    titleParagraph(`《${seriesName(settings)}》编委会`, undefined, true),
    blankLine(),
    ...board.map(
      (b) =>
        new Paragraph({
          style: STYLE.body,
          // left, not justified: a justified line ending in a manual break is stretched across the page
          alignment: AlignmentType.LEFT,
          indent: { left: TWO_CHARS + FOUR_CHARS, hanging: FOUR_CHARS },
          children: [
            gwRun('heading1', `${pad(b.role)}：`),
            ...boardNameLines(b.names, LINE_CELLS - 2 - Math.max(4, [...pad(b.role)].length + 1)).map((line, i) => gwRun('body', line, i > 0 ? { break: 1 } : {})),
          ],
        }),
    ),
  ];
}

function textPages(heading: string, text: string, signature?: string, outlineLevel?: number, newPage = true): FileChild[] {
  if (!text.trim()) return [];
  return [
    titleParagraph(heading, outlineLevel, newPage),
    blankLine(),
    ...paragraphsOf(text).map((p) => body(p)),
    ...(signature ? [blankLine(), new Paragraph({ style: STYLE.signature, children: [gwRun('signature', signature)] })] : []),
  ];
}

function copyrightPage(data: VolumeDocumentData, settings: OfficeSettings): FileChild[] {
  const v = data.volume;
  const words = data.sections.reduce((s, sec) => s + sec.articles.reduce((t, a) => t + (a.wordCount || countWords(a.body).total), 0), 0);
  const rows: [string, string][] = [
    ['编\u3000\u3000印', v.publisher || `${settings.shortName}文史资料委员会`],
    ['准印证号', v.permitNumber],
    ['印\u3000\u3000刷', v.printer],
    ['印\u3000\u3000数', v.printCount ? `${v.printCount}册` : ''],
    ['字\u3000\u3000数', formatQianZi(words)],
    ['印刷日期', v.printDate ? formatChineseMonth(v.printDate) : ''],
  ];
  const rule = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 };
  const line = (children: ReturnType<typeof gwRun>[], border?: 'top' | 'bottom', align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
    new Paragraph({ style: STYLE.body, alignment: align, indent: { left: TWO_CHARS, right: TWO_CHARS, firstLine: 0, firstLineChars: 0 }, ...(border ? { border: { [border]: rule } } : {}), children });
  return [
    ...Array.from({ length: 12 }, () => blankLine()),
    line([gwRun('heading1', `${seriesName(settings)}\u3000${volumeCoverLabel(v.number)}`)], 'top', center),
    line([gwRun('heading1', `《${v.title}》`)], undefined, center),
    ...rows.filter(([, value]) => value).map(([label, value]) => line([gwRun('tableText', `${label}：${value}`)])),
    line([gwRun('heading1', v.internalNote || '内部资料\u3000免费交流')], 'bottom', center),
  ];
}

export function buildVolumeDocument(data: VolumeDocumentData, settings: OfficeSettings, progress: Progress = () => {}): Document {
  const v = data.volume;
  progress(0, '正在排目录…');
  const toc = volumeToc(data);
  const front: FileChild[] = [
    ...coverPage(data, settings),
    ...boardPage(data, settings),
    ...textPages('序', v.preface, v.prefaceAuthor || undefined),
    titleParagraph('目\u3000\u3000录', undefined, true),
    blankLine(),
    new TableOfContents('目录', { headingStyleRange: '1-2', useAppliedParagraphOutlineLevel: true, beginDirty: true, contentChildren: toc.map(tocParagraph) }),
  ];
  const total = data.sections.reduce((s, sec) => s + sec.articles.length, 0);
  const main: FileChild[] = [];
  let done = 0;
  for (const s of data.sections) {
    s.articles.forEach((a, i) => {
      main.push(...articleParagraphs(a, i === 0 && s.title ? s.title : null, main.length > 0));
      done++;
      if (done % 5 === 0 || done === total) progress(0.05 + (0.9 * done) / Math.max(1, total), `正在排版：${done}/${total}篇`);
    });
  }
  main.push(...textPages('编后记', v.afterword, undefined, 0, main.length > 0));
  if (!main.length) main.push(blankLine());
  progress(0.95, '正在生成版权页…');
  return buildOfficialDocument({
    kind: 'normal',
    settings,
    title: `${seriesName(settings)}${volumeCoverLabel(v.number)}《${v.title}》`,
    subject: '文史资料',
    updateFields: true,
    sections: [
      { children: front, pageNumbers: false },
      { children: main, pageNumberStart: 1 },
      { children: copyrightPage(data, settings), pageNumbers: false },
    ],
  });
}

/** 第35辑-永安老街巷.docx */
export function volumeFileName(data: Pick<VolumeDocumentData, 'volume'>): string {
  return documentFileName(undefined, `第${data.volume.number}辑-${data.volume.title}`);
}
