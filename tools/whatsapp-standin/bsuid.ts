import { createHash } from 'node:crypto';

/**
 * The business-scoped user id (BSUID) the stand-in gives a citizen: stable per number, shaped
 * like a country prefix and an opaque id. Meta's own format is not documented in the
 * contract; Patra must treat it as an opaque string (contract §1.8, "New identity fields").
 */
export function userIdOf(waId: string): string {
  return `IN.${createHash('sha256').update(`bsuid:${waId}`).digest('hex').slice(0, 20)}`;
}
