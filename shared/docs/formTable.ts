import { AlignmentType, BorderStyle, HeightRule, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type IBorderOptions } from 'docx';
import { PAGE } from './page';
import { GRID_LINE, STYLE, gwRun } from './styles';
import { scaleWidths, type CellAlign } from './table';

/** One cell of a form: a label (黑体, centred) or a value (仿宋, left), spanning grid columns. */
export interface FormCell {
  text: string;
  label?: boolean;
  /** Grid columns the cell covers (default 1). */
  span?: number;
  align?: CellAlign;
}

export interface FormRow {
  cells: readonly FormCell[];
  /** Minimum height in grid lines (a box to write in, e.g. 意见和建议). */
  minLines?: number;
}

export interface FormTableInput {
  /** Relative widths of the grid columns; scaled to the type area (8844 twips). */
  columns: readonly number[];
  rows: readonly FormRow[];
}

const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/**
 * A form laid out as a grid (提案表, 征询意见表, 反馈表): label cells in the table-header format, value
 * cells in table text, cells spanning columns, rows that never split unless they are writing boxes.
 * The grid adds up to the type area like every other table.
 */
export function formTable({ columns, rows }: FormTableInput): Table {
  const widths = scaleWidths(columns);
  return new Table({
    width: { size: PAGE.typeAreaWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders,
    rows: rows.map((row, r) => {
      const covered = row.cells.reduce((n, c) => n + (c.span ?? 1), 0);
      if (covered !== widths.length) throw new RangeError(`表单第${r + 1}行占${covered}列，应为${widths.length}列`);
      let col = 0;
      return new TableRow({
        cantSplit: !row.minLines,
        ...(row.minLines ? { height: { value: row.minLines * GRID_LINE, rule: HeightRule.ATLEAST } } : {}),
        children: row.cells.map((c) => {
          const span = c.span ?? 1;
          const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
          col += span;
          const element = c.label ? 'tableHeader' : 'tableText';
          return new TableCell({
            columnSpan: span > 1 ? span : undefined,
            width: { size: width, type: WidthType.DXA },
            verticalAlign: row.minLines && !c.label ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
            margins: { top: 40, bottom: 40, left: 85, right: 85 },
            children: c.text.split('\n').map(
              (part) =>
                new Paragraph({
                  style: STYLE[element],
                  alignment: alignment[c.align ?? (c.label ? 'center' : 'left')],
                  children: part ? [gwRun(element, part)] : [],
                }),
            ),
          });
        }),
      });
    }),
  });
}
