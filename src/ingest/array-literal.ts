/**
 * Whether the text holds a character JSON.stringify would write as an escape other than \" or
 * \\: a control character (below U+0020) or half of a surrogate pair (\uD800 to \uDFFF).
 */
function hasEscape(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || (code >= 0xd800 && code <= 0xdfff)) return true;
  }

  return false;
}

/**
 * A PostgreSQL array literal (`{"a","b",NULL}`) of text values, to bind as one parameter
 * cast to `text[]`, `uuid[]`, `date[]` or `jsonb[]`. node-postgres builds the same literal by
 * concatenating strings, which costs tens of microseconds per JSON document; JSON.stringify
 * escapes exactly what a quoted array element needs (`"` and `\`), natively, as long as no
 * value holds a character JSON writes as another escape (a control character, a surrogate),
 * which the literal would read differently. Those few values are quoted by hand instead. No side effect, no failure.
 */
export function arrayLiteral(values: readonly (string | null | undefined)[]): string {
  const isPlain = values.every(
    (value) => value === null || value === undefined || !hasEscape(value),
  );
  if (isPlain) return `{${JSON.stringify(values).slice(1, -1)}}`;

  const elements = values.map((value) =>
    value === null || value === undefined ? 'NULL' : `"${value.replace(/[\\"]/g, '\\$&')}"`,
  );

  return `{${elements.join(',')}}`;
}

/**
 * Rows taken apart into one array literal per named column, for `unnest($1::uuid[], ...)`:
 * objects become JSON text (for jsonb columns), numbers their digits, null and undefined NULL.
 */
export function columnLiterals<Row extends object>(
  rows: readonly Row[],
  names: readonly (keyof Row & string)[],
): string[] {
  return names.map((name) => arrayLiteral(rows.map((row) => asText(row[name]))));
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;

  return typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}
