import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from 'docx';
import { PAGE } from './page';
import { STYLE, gwRun } from './styles';

export type CellAlign = 'left' | 'center' | 'right';

export interface TableColumn {
  title: string;
  /** Relative width; the columns are scaled to fill the type area (8844 twips). */
  width: number;
  align?: CellAlign;
}

export type CellValue = string | number | null | undefined;

export interface TableInput {
  columns: readonly TableColumn[];
  rows: readonly (readonly CellValue[])[];
  /** Repeat the header row at the top of every page (default true). */
  repeatHeader?: boolean;
}

/**
 * Scales relative widths to integer twips that add up to exactly `total`; the rounding remainder
 * goes to the last column.
 */
export function scaleWidths(widths: readonly number[], total: number = PAGE.typeAreaWidth): number[] {
  if (widths.length === 0) throw new RangeError('表格至少要有一列');
  if (widths.some((w) => !Number.isFinite(w) || w <= 0)) throw new RangeError('列宽应为正数');
  const sum = widths.reduce((a, b) => a + b, 0);
  const scaled = widths.map((w) => Math.floor((w / sum) * total));
  scaled[scaled.length - 1] += total - scaled.reduce((a, b) => a + b, 0);
  return scaled;
}

const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
const cellMargins = { top: 40, bottom: 40, left: 57, right: 57 };

const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function cell(value: CellValue, width: number, header: boolean, align: CellAlign): TableCell {
  const text = value === null || value === undefined ? '' : String(value);
  const element = header ? 'tableHeader' : 'tableText';
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: cellMargins,
    children: text.split('\n').map(
      (part) =>
        new Paragraph({
          style: STYLE[element],
          alignment: header ? AlignmentType.CENTER : alignment[align],
          children: part ? [gwRun(element, part)] : [],
        }),
    ),
  });
}

/**
 * A GB/T 9704 table (提案目录, 交办清单, 统计表): 4号仿宋 text, 黑体 header row that repeats on every page,
 * rows that never split across pages, column widths adding up to the type area.
 */
export function table({ columns, rows, repeatHeader = true }: TableInput): Table {
  const widths = scaleWidths(columns.map((c) => c.width));
  const header = new TableRow({
    tableHeader: repeatHeader,
    cantSplit: true,
    children: columns.map((c, i) => cell(c.title, widths[i], true, 'center')),
  });
  const body = rows.map((row, r) => {
    if (row.length !== columns.length) throw new RangeError(`表格第${r + 1}行有${row.length}格，应为${columns.length}格`);
    return new TableRow({ cantSplit: true, children: row.map((v, i) => cell(v, widths[i], false, columns[i].align ?? 'left')) });
  });
  return new Table({
    width: { size: PAGE.typeAreaWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders,
    rows: [header, ...body],
  });
}
