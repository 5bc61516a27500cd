import type { Sql } from '../db/db.ts';
import { generatePassword, hashPassword } from './password.ts';

export interface CreatedAccount {
  username: string;
  unitCode: string;
  password: string;
  isGenerated: boolean;
}

/**
 * Creates one registrar account per unit that has none. The password is `seedPassword` when
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

  return created;
}
