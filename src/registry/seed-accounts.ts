import type { Sql } from '../db/db.ts';
import { generatePassword, hashPassword } from './password.ts';

export interface CreatedAccount {
  username: string;
  /** The unit of a registrar; the district or state of the accounts above the units. */
  unitCode: string;
  password: string;
  isGenerated: boolean;
}

/**
 * Creates one registrar account per unit that has none, and Guntur's District Registrar, the
 * Chief Registrar and the state operations account when missing. The password is `seedPassword` when
 * given, else generated per account. Returns the accounts created, with their first
 * passwords, so the caller can show them once; they are stored only as hashes.
 */
export async function seedAccounts(sql: Sql, seedPassword?: string): Promise<CreatedAccount[]> {
  const units = await sql.query<{ code: string; name_en: string }>(
    `select code, name_en from units u
     where not exists (select 1 from users where users.unit_code = u.code and role = 'registrar')
     order by code`,
  );
  const created: CreatedAccount[] = [];

  for (const unit of units) {
    const password = seedPassword ?? generatePassword();
    const username = unit.code.toLowerCase();
    await sql.query(
      `insert into users (username, display_name, role, unit_code, password_hash)
       values ($1, $2, 'registrar', $3, $4) on conflict (username) do nothing`,
      [username, `Registrar, ${unit.name_en}`, unit.code, await hashPassword(password)],
    );
    created.push({ username, unitCode: unit.code, password, isGenerated: seedPassword === undefined });
  }

  for (const account of STATE_ACCOUNTS) {
    const password = seedPassword ?? generatePassword();
    const inserted = await sql.query(
      `insert into users (username, display_name, role, district_en, password_hash)
       values ($1, $2, $3, $4, $5) on conflict (username) do nothing returning id`,
      [account.username, account.displayName, account.role, account.districtEn, await hashPassword(password)],
    );
    if (inserted.length > 0) created.push({ username: account.username, unitCode: account.label, password, isGenerated: seedPassword === undefined });
  }

  return created;
}

/** The accounts above the units: Guntur's District Registrar, the Chief Registrar, operations. */
const STATE_ACCOUNTS = [
  { username: 'guntur-dr', displayName: 'District Registrar, Guntur', role: 'district_registrar', districtEn: 'Guntur', label: 'Guntur' },
  { username: 'chief-registrar', displayName: 'Chief Registrar of Births and Deaths, AP', role: 'chief_registrar', districtEn: null, label: 'AP' },
  { username: 'state-ops', displayName: 'State operations team', role: 'state_operations', districtEn: null, label: 'AP' },
] as const;
