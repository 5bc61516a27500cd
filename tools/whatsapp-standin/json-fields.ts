import { GraphError } from './errors.ts';

/** A parsed JSON object. */
export type JsonObject = Record<string, unknown>;

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Length as the Cloud API counts it: in characters (code points), not UTF-16 units. */
export function charLength(text: string): number {
  return [...text].length;
}

/** An object-valued field that must be present; 131008 when it is not. */
export function requiredObject(parent: JsonObject, key: string, path: string): JsonObject {
  const value = parent[key];
  if (!isRecord(value)) throw new GraphError(131008, `Parameter '${path}' is required.`);

  return value;
}

/** A string field that must be present and non-empty; 131008 when it is not. */
export function requiredString(parent: JsonObject, key: string, path: string): string {
  const value = parent[key];
  if (typeof value !== 'string' || value.length === 0) {
    throw new GraphError(131008, `Parameter '${path}' is required.`);
  }

  return value;
}

/** A string field that may be absent; 100 when it is present with another type. */
export function optionalString(parent: JsonObject, key: string, path: string): string | undefined {
  const value = parent[key];
  if (value === undefined) return undefined;

  if (typeof value !== 'string') throw new GraphError(100, `Param ${path} must be a string.`);

  return value;
}

/** An array field that must be present; 131008 when it is not. */
export function requiredArray(parent: JsonObject, key: string, path: string): unknown[] {
  const value = parent[key];
  if (!Array.isArray(value)) throw new GraphError(131008, `Parameter '${path}' is required.`);

  return value;
}

/** Rejects text longer than the limit with Graph's parameter-validation error (100). */
export function checkMaxLength(text: string | undefined, max: number, path: string): void {
  if (text === undefined || charLength(text) <= max) return;

  throw new GraphError(100, `Param ${path} must be at most ${max} characters long.`);
}

/** True for an absolute http(s) URL. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);

    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
