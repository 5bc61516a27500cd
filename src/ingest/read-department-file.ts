import { createReadStream, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import type { CellValue } from './parse-department-date.ts';

/** One data row of a department file, its cells by header, and how far through the file it is. */
export interface FileRow {
  /** The row number a spreadsheet shows (the header is row 1, blank rows count). */
  rowNumber: number;
  cells: Map<string, CellValue>;
  /** The share of the file read so far, 0 to 1. */
  progress: number;
}

/** The whole header is the first non-blank row; headers are compared trimmed, spaces collapsed. */
export const normaliseHeader = (header: string): string =>
  header
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Reads a CSV or XLSX file row by row. CSV: UTF-8 with or without a byte-order mark, LF or
 * CRLF, quoted fields. XLSX: the named sheet or the first; a merged cell gives its value to
 * every row it spans (twins sharing a mother's cell stay two rows). Blank rows are skipped.
 * Throws when the file cannot be read or has no header row.
 */
export async function* readDepartmentFile(
  path: string,
  options: { sheet?: string } = {},
): AsyncGenerator<FileRow> {
  const kind = extname(path).toLowerCase();
  if (kind === '.xlsx') {
    yield* readXlsx(path, options.sheet);

    return;
  }
  if (kind !== '.csv') throw new Error(`${path}: only .csv and .xlsx files can be imported`);

  yield* readCsv(path);
}

async function* readCsv(path: string): AsyncGenerator<FileRow> {
  const size = Math.max(1, statSync(path).size);
  const input = createReadStream(path);
  const parser = input.pipe(
    parse({ bom: true, relax_column_count: true, info: true, skip_empty_lines: false }),
  );
  let headers: string[] | undefined;

  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    if (isBlank(record)) continue;
    if (!headers) {
      headers = record.map(normaliseHeader);
      continue;
    }

    yield {
      rowNumber: info.lines,
      cells: byHeader(headers, record),
      progress: input.bytesRead / size,
    };
  }
  if (!headers) throw new Error(`${path}: no header row`);
}

async function* readXlsx(path: string, sheetName: string | undefined): AsyncGenerator<FileRow> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) throw new Error(`${path}: no worksheet ${sheetName ?? ''}`.trim());

  let headers: string[] | undefined;
  const last = Math.max(1, sheet.rowCount);
  for (let rowNumber = 1; rowNumber <= last; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    const values = Array.from({ length: Math.max(row.cellCount, headers?.length ?? 0) }, (_, i) =>
      cellValue(row.getCell(i + 1).value),
    );
    if (isBlank(values)) continue;
    if (!headers) {
      headers = values.map((value) => normaliseHeader(String(value ?? '')));
      continue;
    }

    yield { rowNumber, cells: byHeader(headers, values), progress: rowNumber / last };
  }
  if (!headers) throw new Error(`${path}: no header row`);
}

/** exceljs cell values (rich text, formulas, hyperlinks, booleans) as plain values. */
function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellValue(value.result ?? null);
  if ('text' in value) return String(value.text);

  return null;
}

function isBlank(values: readonly CellValue[]): boolean {
  return values.every((value) => value === null || String(value).trim() === '');
}

function byHeader(
  headers: readonly string[],
  values: readonly CellValue[],
): Map<string, CellValue> {
  const cells = new Map<string, CellValue>();
  headers.forEach((header, i) => {
    if (header) cells.set(header, values[i] ?? null);
  });

  return cells;
}
