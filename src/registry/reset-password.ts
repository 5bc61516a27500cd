import type { Sql } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import { generatePassword, hashPassword } from './password.ts';

/**
 * Gives an account a new generated password, ends its open sessions and lifts its lock-outs. Returns the password,
 * which is stored only as a hash: show it once. Fails with UNAUTHENTICATED for an unknown
 * username (the same code sign-in uses).
 */
export async function resetPassword(sql: Sql, username: string): Promise<string> {
  const password = generatePassword();
  const updated = await sql.query<{ id: string }>(
    'update users set password_hash = $2, failed_sign_ins = 0, locked_until = null where username = $1 returning id',
    [username.toLowerCase(), await hashPassword(password)],
  );
  const [user] = updated;
  if (!user) throw new AppError('UNAUTHENTICATED', 'no such account');

  await sql.query('delete from sessions where user_id = $1', [user.id]);
  await sql.query('delete from sign_in_failures where username = $1', [username.toLowerCase()]);

  return password;
}
