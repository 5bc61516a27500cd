import type { IngestField, IngestSource } from './ingest-source.ts';
import { normaliseHeader, type FileRow } from './read-department-file.ts';
import type { CellValue } from './parse-department-date.ts';

/** A field's value in one row and the column(s) it came from, as the report names them. */
export interface RowField {
  value: CellValue;
  column: string;
}

export type RowFields = Partial<Record<IngestField, RowField>>;

/**
 * Reads every mapped field of a row: the first configured column (or set of columns, joined
 * with a space: a name split into surname and given name) that the file has. Text is trimmed
 * and inner spaces collapsed; an empty cell is no value.
 */
export function readRowFields(row: FileRow, source: IngestSource): RowFields {
  const fields: RowFields = {};
  for (const [field, alternatives] of headersOf(source)) {
    for (const headers of alternatives) {
      if (!headers.every((header) => row.cells.has(header))) continue;

      fields[field] = {
        value: joinCells(headers.map((header) => row.cells.get(header) ?? null)),
        column: headers.join(' + '),
      };
      break;
    }
  }

  return fields;
}

/** Each field's alternatives as normalised headers, worked out once per source, not per row. */
const headersBySource = new WeakMap<IngestSource, [IngestField, string[][]][]>();

function headersOf(source: IngestSource): [IngestField, string[][]][] {
  const known = headersBySource.get(source);
  if (known) return known;

  const headers = (Object.entries(source.columns) as [IngestField, (string | string[])[]][]).map(
    ([field, alternatives]): [IngestField, string[][]] => [
      field,
      alternatives.map((alternative) =>
        (typeof alternative === 'string' ? [alternative] : alternative).map(normaliseHeader),
      ),
    ],
  );
  headersBySource.set(source, headers);

  return headers;
}

/**
 * The fields whose columns the file lacks altogether, among those every row needs: a file
 * that is not this source's layout is refused whole instead of rejecting every row.
 */
export function missingColumns(headers: ReadonlySet<string>, source: IngestSource): IngestField[] {
  const hasColumn = (field: IngestField): boolean =>
    (source.columns[field] ?? []).some((alternative) =>
      (typeof alternative === 'string' ? [alternative] : alternative).every((header) =>
        headers.has(normaliseHeader(header)),
      ),
    );
  const needed: IngestField[][] = [['eventDate'], ['sex'], ['motherNameEn', 'motherNameTe']];
  if (source.units.length > 1) needed.push(['unit']);

  return needed
    .filter((fields) => !fields.some(hasColumn))
    .map((fields) => fields[0] ?? 'eventDate');
}

function joinCells(values: CellValue[]): CellValue {
  if (values.length === 1) {
    const [only] = values;

    return typeof only === 'string'
      ? emptyToNull(only.replace(/\s+/g, ' ').trim())
      : (only ?? null);
  }

  return emptyToNull(
    values
      .map((value) => (value === null ? '' : String(value).replace(/\s+/g, ' ').trim()))
      .filter(Boolean)
      .join(' '),
  );
}

const emptyToNull = (text: string): string | null => (text === '' ? null : text);

/** A field's value as text, or undefined when the row leaves it empty. */
export function fieldText(fields: RowFields, field: IngestField): string | undefined {
  const value = fields[field]?.value;
  if (value === null || value === undefined) return undefined;

  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}
