import { TextRun, type IRunOptions } from 'docx';
import { BODY_CHAR_SPACING, FONT, RED, SIZE, em, runFonts } from './typography';

/** Paragraph style ids (ASCII, so every Word version keeps them) of the GB/T 9704 elements. */
export const STYLE = {
  title: 'GwTitle',
  recipient: 'GwRecipient',
  body: 'GwBody',
  heading1: 'GwHeading1',
  heading2: 'GwHeading2',
  heading3: 'GwHeading3',
  heading4: 'GwHeading4',
  attachment: 'GwAttachment',
  signature: 'GwSignature',
  date: 'GwDate',
  docNumber: 'GwDocNumber',
  versionNote: 'GwVersionNote',
  tableText: 'GwTableText',
  tableHeader: 'GwTableHeader',
  pageNumber: 'GwPageNumber',
  letterHead: 'GwLetterHead',
} as const;

export type GwElement = keyof typeof STYLE;

/** One line of the 22-line grid, in twips (w:docGrid w:linePitch). */
export const GRID_LINE = 579;
/** 2 characters of 3号: first-line indent of body text and headings. */
export const TWO_CHARS = 2 * em(SIZE.san);
/** 右空四字 of the 成文日期. */
export const FOUR_CHARS = 4 * em(SIZE.san);

export interface ParagraphFormat {
  align: 'left' | 'center' | 'right' | 'both';
  /** Exact line height in twips; without it, single spacing. */
  line?: number;
  /** First-line indent of two characters (w:firstLineChars="200"). */
  indentTwoChars?: boolean;
  indentRight?: number;
  /** Space after, twips. */
  after?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  /** Outline level 0–8 (Word's navigation pane). */
  outlineLevel?: number;
  /**
   * Whether the lines snap to the 22-line grid (default). Elements with their own exact height (title,
   * tables, 版记) do not: LibreOffice would otherwise round a 2号 line or a table row up to two grid lines,
   * while Word never snaps table rows.
   */
  snapToGrid?: boolean;
}

/** The format of each element: font (eastAsia), size in half-points, spacing, colour, paragraph layout. */
export interface ElementFormat {
  name: string;
  font: string;
  size: number;
  charSpacing?: number;
  color?: string;
  paragraph: ParagraphFormat;
}

const bodyLine = { line: GRID_LINE, indentTwoChars: true, align: 'both' } as const;

/** The one table of GB/T 9704 formats; styles.xml and every run are derived from it. */
export const ELEMENT: Record<GwElement, ElementFormat> = {
  title: { name: '公文标题', font: FONT.xiaobiaosong, size: SIZE.er, paragraph: { align: 'center', line: GRID_LINE, keepNext: true, keepLines: true, snapToGrid: false } },
  recipient: { name: '主送机关', font: FONT.fangsong, size: SIZE.san, charSpacing: BODY_CHAR_SPACING, paragraph: { align: 'both', line: GRID_LINE, keepNext: true } },
  body: { name: '公文正文', font: FONT.fangsong, size: SIZE.san, charSpacing: BODY_CHAR_SPACING, paragraph: bodyLine },
  heading1: { name: '一级标题（一、）', font: FONT.heiti, size: SIZE.san, charSpacing: BODY_CHAR_SPACING, paragraph: { ...bodyLine, keepNext: true, outlineLevel: 0 } },
  heading2: { name: '二级标题（（一））', font: FONT.kaiti, size: SIZE.san, charSpacing: BODY_CHAR_SPACING, paragraph: { ...bodyLine, keepNext: true, outlineLevel: 1 } },
  heading3: { name: '三级标题（1.）', font: FONT.fangsong, size: SIZE.san, charSpacing: BODY_CHAR_SPACING, paragraph: { ...bodyLine, outlineLevel: 2 } },
  heading4: { name: '四级标题（（1））', font: FONT.fangsong, size: SIZE.san, charSpacing: BODY_CHAR_SPACING, paragraph: { ...bodyLine, outlineLevel: 3 } },
  attachment: { name: '附件说明', font: FONT.fangsong, size: SIZE.san, charSpacing: BODY_CHAR_SPACING, paragraph: { ...bodyLine, align: 'left' } },
  signature: { name: '发文机关署名', font: FONT.fangsong, size: SIZE.san, charSpacing: BODY_CHAR_SPACING, paragraph: { align: 'right', line: GRID_LINE, indentRight: FOUR_CHARS, keepNext: true } },
  date: { name: '成文日期', font: FONT.fangsong, size: SIZE.san, charSpacing: BODY_CHAR_SPACING, paragraph: { align: 'right', line: GRID_LINE, indentRight: FOUR_CHARS } },
  docNumber: { name: '发文字号', font: FONT.fangsong, size: SIZE.san, paragraph: { align: 'right', line: GRID_LINE } },
  versionNote: { name: '版记', font: FONT.fangsong, size: SIZE.si, paragraph: { align: 'left', line: GRID_LINE, snapToGrid: false } },
  tableText: { name: '表格文字', font: FONT.fangsong, size: SIZE.si, paragraph: { align: 'left', line: 400, snapToGrid: false } },
  tableHeader: { name: '表头', font: FONT.heiti, size: SIZE.si, paragraph: { align: 'center', line: 400, snapToGrid: false } },
  pageNumber: { name: '页码', font: FONT.songti, size: SIZE.si, paragraph: { align: 'right', snapToGrid: false } },
  letterHead: { name: '发文机关标志', font: FONT.xiaobiaosong, size: SIZE.er, color: RED, paragraph: { align: 'center', snapToGrid: false } },
};

function runStyle(element: GwElement) {
  const f = ELEMENT[element];
  return {
    font: runFonts(f.font),
    size: f.size,
    ...(f.charSpacing ? { characterSpacing: f.charSpacing } : {}),
    ...(f.color ? { color: f.color } : {}),
  };
}

/**
 * A run in the format of `element`. Every run names its East Asian font and size itself, so text copied
 * out of the document, or a style changed by hand, keeps the GB/T format.
 */
export function gwRun(element: GwElement, content: string | NonNullable<IRunOptions['children']>, extra: IRunOptions = {}): TextRun {
  return new TextRun({ ...(typeof content === 'string' ? { text: content } : { children: content }), ...runStyle(element), ...extra });
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** w:rPr of an element, children in schema order. */
function rPrXml(f: Pick<ElementFormat, 'font' | 'size' | 'charSpacing' | 'color'>): string {
  return (
    '<w:rPr>' +
    `<w:rFonts w:ascii="${FONT.latin}" w:eastAsia="${escapeXml(f.font)}" w:hAnsi="${FONT.latin}" w:cs="${FONT.latin}"/>` +
    (f.color ? `<w:color w:val="${f.color}"/>` : '') +
    (f.charSpacing ? `<w:spacing w:val="${f.charSpacing}"/>` : '') +
    `<w:sz w:val="${f.size}"/><w:szCs w:val="${f.size}"/>` +
    '</w:rPr>'
  );
}

/** w:pPr of an element, children in schema order (CT_PPrBase). */
function pPrXml(p: ParagraphFormat): string {
  const ind = p.indentTwoChars
    ? `<w:ind w:firstLine="${TWO_CHARS}" w:firstLineChars="200"${p.indentRight ? ` w:right="${p.indentRight}"` : ''}/>`
    : `<w:ind w:firstLine="0" w:firstLineChars="0"${p.indentRight ? ` w:right="${p.indentRight}"` : ''}/>`;
  const spacing = `<w:spacing w:before="0" w:after="${p.after ?? 0}"${p.line ? ` w:line="${p.line}" w:lineRule="exact"` : ' w:line="240" w:lineRule="auto"'}/>`;
  return (
    '<w:pPr>' +
    (p.keepNext ? '<w:keepNext/>' : '') +
    (p.keepLines ? '<w:keepLines/>' : '') +
    (p.snapToGrid === false ? '<w:snapToGrid w:val="0"/>' : '') +
    spacing +
    ind +
    `<w:jc w:val="${p.align}"/>` +
    (p.outlineLevel !== undefined ? `<w:outlineLvl w:val="${p.outlineLevel}"/>` : '') +
    '</w:pPr>'
  );
}

function styleXml(element: GwElement): string {
  const f = ELEMENT[element];
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${STYLE[element]}">` +
    `<w:name w:val="${escapeXml(f.name)}"/><w:basedOn w:val="Normal"/><w:next w:val="${STYLE.body}"/><w:qFormat/>` +
    pPrXml(f.paragraph) +
    rPrXml(f) +
    '</w:style>'
  );
}

/**
 * styles.xml of every official document: document defaults that docx has no option for — kinsoku
 * (禁则: no line starts with 。，、）》 or ends with （《), widow control off as in Chinese Word's Normal
 * template (the grid stays 22 lines on every page), Chinese language — and one paragraph style per
 * GB/T 9704 element, generated from ELEMENT.
 */
export function stylesXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:docDefaults>' +
    '<w:rPrDefault><w:rPr>' +
    `<w:rFonts w:ascii="${FONT.latin}" w:eastAsia="${FONT.fangsong}" w:hAnsi="${FONT.latin}" w:cs="${FONT.latin}"/>` +
    `<w:kern w:val="2"/><w:sz w:val="${SIZE.san}"/><w:szCs w:val="${SIZE.san}"/>` +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>' +
    '</w:rPr></w:rPrDefault>' +
    '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:kinsoku/><w:overflowPunct/><w:jc w:val="both"/></w:pPr></w:pPrDefault>' +
    '</w:docDefaults>' +
    (Object.keys(STYLE) as GwElement[]).map(styleXml).join('') +
    '</w:styles>'
  );
}

/** The styles option of every official document (docx adds its own default styles for other ids). */
export function gbStyles(): { externalStyles: string } {
  return { externalStyles: stylesXml() };
}
