import type { Sql } from '../db/db.ts';
import { encryptAadhaar } from './aadhaar-key.ts';
import { maskAadhaar } from './aadhaar.ts';

export type AadhaarHolder = 'mother' | 'father' | 'informant' | 'deceased';

const HOLDERS: readonly AadhaarHolder[] = ['mother', 'father', 'informant', 'deceased'];

export interface AadhaarNumber {
  person: AadhaarHolder;
  digits: string;
}

/**
 * Takes the Aadhaar numbers out of a parsed declaration, so the declaration that is stored,
 * returned and printed never holds one. Returns the declaration without them and the numbers
 * to hand to storeAadhaar in the same transaction.
 */
export function splitAadhaar<T extends object>(declaration: T): { declaration: T; numbers: AadhaarNumber[] } {
  const copy = { ...declaration } as Record<string, unknown>;
  const numbers: AadhaarNumber[] = [];
  for (const person of HOLDERS) {
    const part = copy[person] as { aadhaar?: unknown } | undefined;
    if (!part || typeof part.aadhaar !== 'string') continue;

    const { aadhaar, ...rest } = part;
    numbers.push({ person, digits: aadhaar });
    copy[person] = rest;
  }

  return { declaration: copy as T, numbers };
}

/**
 * Stores Aadhaar numbers of a record encrypted (AES-256-GCM) with their last four digits, one
 * per person, replacing an earlier one of the same person. Call it inside the transaction that
 * writes the record. Never logs the number.
 */
export async function storeAadhaar(sql: Sql, recordId: string, numbers: AadhaarNumber[]): Promise<void> {
  for (const number of numbers) {
    await sql.query(
      `insert into record_aadhaar (record_id, person, ciphertext, last_four) values ($1, $2, $3, $4)
       on conflict (record_id, person) do update set ciphertext = excluded.ciphertext, last_four = excluded.last_four`,
      [recordId, number.person, encryptAadhaar(number.digits), number.digits.slice(-4)],
    );
  }
}

/** The masked Aadhaar numbers of a record by person: { mother: 'XXXXXXXX1234', ... }. */
export async function maskedAadhaar(sql: Sql, recordId: string): Promise<Partial<Record<AadhaarHolder, string>>> {
  const rows = await sql.query<{ person: AadhaarHolder; last_four: string }>(
    'select person, last_four from record_aadhaar where record_id = $1',
    [recordId],
  );

  return Object.fromEntries(rows.map((row) => [row.person, maskAadhaar(row.last_four)]));
}
