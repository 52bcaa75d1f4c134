import {
  BorderStyle,
  Paragraph,
  HeightRule,
  VerticalAlignTable,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TabStopType,
  WidthType,
  OverlapType,
  type IBorderOptions,
  type FileChild,
} from 'docx';
import { formatChineseDate } from '../domain/chineseDate';
import { anchorParagraph } from './blocks';
import { PAGE } from './page';
import { GRID_LINE, STYLE, gwRun } from './styles';
import { SIZE, em, textWidthEm, textWidthTwips } from './typography';

/** 版记 rules: first and last 0.35 mm (≈1 pt, w:sz 8), the middle ones 0.25 mm (≈0.75 pt, w:sz 6). */
export const VERSION_NOTE_RULE = {
  thick: { style: BorderStyle.SINGLE, size: 8, color: '000000' } satisfies IBorderOptions,
  thin: { style: BorderStyle.SINGLE, size: 6, color: '000000' } satisfies IBorderOptions,
} as const;

const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const ONE_CHAR = em(SIZE.si);

export interface VersionNoteInput {
  /**
   * 主送机关 moved into the 版记 (GB/T 9704 7.4.2: above the 抄送 line, no rule between them), e.g. the
   * 报送 list of a 简报; empty or left out: no such line.
   */
  main?: readonly string[];
  /** The label of that line: 主送 (default) or, in a 简报, 报送. */
  mainLabel?: string;
  /** 抄送机关, in order; an empty list leaves the 抄送 line out. */
  cc: readonly string[];
  /** 印发机关, e.g. 政协永安县委员会办公室. */
  issuer: string;
  /** 印发日期 (ISO). */
  issueDate: string;
}

/** 抄送：A，B，C。 — 左空一字, wrapped lines aligned after the colon, a full stop at the end. */
function ccParagraph(cc: readonly string[], label = '抄送：'): Paragraph {
  const labelWidth = textWidthTwips(label, SIZE.si);
  const list = cc.map((c) => c.trim().replace(/[，。,.;；、]+$/u, '')).filter(Boolean);
  return new Paragraph({
    style: STYLE.versionNote,
    indent: { left: ONE_CHAR + labelWidth, hanging: labelWidth, right: ONE_CHAR },
    children: [gwRun('versionNote', `${label}${list.join('，')}。`)],
  });
}

/** Lines the 抄送 text takes: 26 characters of 4号 fit between the indents. */
function ccLines(cc: readonly string[], label = '抄送：'): number {
  const perLine = Math.floor((PAGE.typeAreaWidth - 2 * ONE_CHAR - textWidthTwips(label, SIZE.si)) / ONE_CHAR);
  return Math.max(1, Math.ceil(textWidthEm(cc.join('，') + '。') / perLine));
}

interface NoteRow {
  row: TableRow;
  height: number;
}

/** A row exactly `lines` grid lines high, so the table's height is known and its last rule can sit on the type area's edge. */
function noteRow(paragraph: Paragraph, top: IBorderOptions, bottom: IBorderOptions, lines = 1): NoteRow {
  const height = lines * GRID_LINE;
  const row = new TableRow({
    cantSplit: true,
    height: { value: height, rule: HeightRule.EXACT },
    children: [
      new TableCell({
        width: { size: PAGE.typeAreaWidth, type: WidthType.DXA },
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        borders: { top, bottom, left: none, right: none },
        verticalAlign: VerticalAlignTable.CENTER,
        children: [paragraph],
      }),
    ],
  });
  return { row, height };
}

function noteTable(rows: NoteRow[]): FileChild[] {
  const height = rows.reduce((sum, r) => sum + r.height, 0);
  return [
    new Table({
      width: { size: PAGE.typeAreaWidth, type: WidthType.DXA },
      columnWidths: [PAGE.typeAreaWidth],
      layout: TableLayoutType.FIXED,
      borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
      margins: { left: 0, right: 0 },
      // The last rule lies on the bottom edge of the type area of the last page (GB/T 9704 7.4.1).
      // Horizontally anchored to the page: LibreOffice only floats a table as wide as the type area then.
      float: {
        horizontalAnchor: TableAnchorType.PAGE,
        absoluteHorizontalPosition: PAGE.margin.left,
        verticalAnchor: TableAnchorType.MARGIN,
        absoluteVerticalPosition: PAGE.typeAreaHeight - height,
        overlap: OverlapType.NEVER,
      },
      rows: rows.map((r) => r.row),
    }),
    anchorParagraph(),
  ];
}

/**
 * 版记 at the foot of the last page: 抄送 line and 印发机关 + 印发日期 line, between a 0.35 mm rule above,
 * a 0.25 mm rule between them and a 0.35 mm rule on the bottom edge of the type area. Place it last.
 */
export function versionNote({ main = [], mainLabel = '主送', cc, issuer, issueDate }: VersionNoteInput): FileChild[] {
  const issued = new Paragraph({
    style: STYLE.versionNote,
    indent: { left: ONE_CHAR, right: ONE_CHAR },
    tabStops: [{ type: TabStopType.RIGHT, position: PAGE.typeAreaWidth - ONE_CHAR }],
    children: [gwRun('versionNote', issuer), gwRun('versionNote', [new Tab(), `${formatChineseDate(issueDate)}印发`])],
  });
  // The lists above the 印发 line: 主送 (if moved here) then 抄送, no rule between them; a thin rule under the last.
  const lists = [
    { names: main, label: `${mainLabel}：` },
    { names: cc, label: '抄送：' },
  ].filter((l) => l.names.some((c) => c.trim()));
  const rows = lists.map((l, i) =>
    noteRow(ccParagraph(l.names, l.label), i === 0 ? VERSION_NOTE_RULE.thick : none, i === lists.length - 1 ? VERSION_NOTE_RULE.thin : none, ccLines(l.names, l.label)),
  );
  rows.push(noteRow(issued, rows.length ? none : VERSION_NOTE_RULE.thick, VERSION_NOTE_RULE.thick));
  return noteTable(rows);
}

/** 信函格式 版记 (GB/T 9704 10.1): the 抄送 line only, no 印发 line and no rules, at the foot of the last page. */
export function letterVersionNote({ cc }: { cc: readonly string[] }): FileChild[] {
  if (!cc.some((c) => c.trim())) return [];
  return noteTable([noteRow(ccParagraph(cc), none, none, ccLines(cc))]);
}
