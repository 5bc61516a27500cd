import { readFileSync } from 'node:fs';

/** Meta's Postman examples, copied into the repository (see test/fixtures/meta/README.md). */
export interface PostmanExamples {
  requests: Record<string, { item: string; method: string; url: string; body: string }>;
  responses: Record<string, { item: string; status: number | null; body: string }>;
  webhooks: Record<string, { item: string; body: string }>;
}

/** Loads the Postman fixture from the repository. */
export function loadPostmanExamples(): PostmanExamples {
  const file = new URL('../../test/fixtures/meta/postman-examples.json', import.meta.url);

  return JSON.parse(readFileSync(file, 'utf8')) as PostmanExamples;
}

/** Parses Meta's examples that are not strict JSON: bare placeholders, trailing commas. */
export function lenientParse(raw: string): unknown {
  const quoted = raw
    .replace(/:\s*([A-Z][A-Z_]*)(\s*[,}\n])/g, ': "$1"$2')
    .replace(/,(\s*[}\]])/g, '$1');

  return JSON.parse(quoted);
}

/** The structure of a JSON value: keys and value types, arrays by their first item. */
export function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])];

  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));

    return Object.fromEntries(entries.map(([k, v]) => [k, shapeOf(v)]));
  }

  return typeof value;
}

/** Every key path in a JSON value, arrays written as []. */
export function pathsOf(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => pathsOf(item, `${prefix}[]`));

  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => [
      `${prefix}.${k}`,
      ...pathsOf(v, `${prefix}.${k}`),
    ]);
  }

  return [];
}
