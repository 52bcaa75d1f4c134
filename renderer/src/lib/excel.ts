import type { CellValue } from 'exceljs';
import { excelFilter, saveBytes, todayStamp } from './files';

/** exceljs (about 1 MB) is fetched the first time a clerk exports or imports, not with the window. */
async function excel() {
  return (await import('exceljs')).default;
}

export interface ExcelColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | boolean | null | undefined;
}

/** One sheet with a bold, frozen header row; every list in the app exports through here. */
export async function buildWorkbook<T>(sheetName: string, columns: ExcelColumn<T>[], rows: T[], title?: string): Promise<Uint8Array> {
  return buildWorkbookSheets([{ name: sheetName, title, columns, rows }] as unknown as ExcelSheet<never>[]);
}

export async function exportExcel<T>(baseName: string, columns: ExcelColumn<T>[], rows: T[]) {
  const bytes = await buildWorkbook(baseName, columns, rows);
  const saved = await saveBytes(`${baseName}-${todayStamp()}.xlsx`, bytes, excelFilter);
  return { ...saved, rows: rows.length };
}

/** One sheet of a multi-sheet workbook (statistics with several tables). */
export interface ExcelSheet<T = never> {
  name: string;
  title?: string;
  columns: ExcelColumn<T>[];
  rows: T[];
}

/** Several sheets in one workbook, each like buildWorkbook's (title row, bold frozen header). */
export async function buildWorkbookSheets(sheets: ExcelSheet<never>[]): Promise<Uint8Array> {
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  wb.creator = '政协办公';
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name.slice(0, 31));
    let headerRow = 1;
    if (sheet.title) {
      ws.addRow([sheet.title]);
      ws.mergeCells(1, 1, 1, Math.max(1, sheet.columns.length));
      ws.getRow(1).font = { bold: true, size: 14 };
      ws.getRow(1).alignment = { horizontal: 'center' };
      headerRow = 2;
    }
    ws.addRow(sheet.columns.map((c) => c.header));
    ws.getRow(headerRow).font = { bold: true };
    ws.getRow(headerRow).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    sheet.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width ?? Math.max(8, c.header.length * 2 + 2)));
    for (const row of sheet.rows) ws.addRow(sheet.columns.map((c) => c.value(row) ?? ''));
    ws.views = [{ state: 'frozen', ySplit: headerRow }];
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Saves a multi-sheet workbook; `rows` in the result counts the rows of every sheet. */
export async function exportExcelSheets(baseName: string, sheets: ExcelSheet<never>[]) {
  const bytes = await buildWorkbookSheets(sheets);
  const saved = await saveBytes(`${baseName}-${todayStamp()}.xlsx`, bytes, excelFilter);
  return { ...saved, rows: sheets.reduce((n, s) => n + s.rows.length, 0) };
}

export interface SheetRow {
  /** The row number as Excel shows it, for error messages. */
  row: number;
  values: Record<string, string>;
}

/** Reads the first sheet; the first non-empty row is the header. Cells come back as trimmed text. */
export async function readSheet(bytes: Uint8Array): Promise<{ headers: string[]; rows: SheetRow[] }> {
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new Error('无法读取该文件，请选择 .xlsx 格式的 Excel 文件（旧版 .xls 请先另存为 .xlsx）。');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('Excel 文件中没有工作表。');
  let headers: string[] = [];
  let headerRowNumber = 0;
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    if (!headerRowNumber) {
      headers = cells.map((c) => (c ?? '').trim());
      headerRowNumber = rowNumber;
      return;
    }
    const values: Record<string, string> = {};
    headers.forEach((h, i) => h && (values[h] = (cells[i] ?? '').trim()));
    if (Object.values(values).some((v) => v !== '')) rows.push({ row: rowNumber, values });
  });
  return { headers, rows };
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as CellValue);
    return '';
  }
  return String(value);
}

/** A template: header row plus one example row, with column widths. */
export async function buildTemplate(sheetName: string, columns: { header: string; width: number; example: string }[]) {
  return buildWorkbook(sheetName, columns.map((c) => ({ header: c.header, width: c.width, value: (r: { example: string }[]) => r[columns.indexOf(c)]?.example })), [columns.map((c) => ({ example: c.example }))]);
}
