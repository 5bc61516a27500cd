import { createHash, randomBytes } from 'node:crypto';
import type { Sql } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';
import { verifyPassword } from './password.ts';

const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

interface UserRow {
  id: string;
  username: string;
  role: 'registrar';
  unit_code: string | null;
  password_hash: string;
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * Checks a username and password and opens a session. Returns a bearer token (stored only as
 * a hash). Fails with UNAUTHENTICATED, the same way for an unknown user or a wrong password.
 */
export async function signIn(
  sql: Sql,
  credentials: { username: string; password: string },
): Promise<{ token: string; expiresAt: Date }> {
  const [user] = await sql.query<UserRow>('select * from users where username = $1', [
    credentials.username.toLowerCase(),
  ]);
  const isValid = user ? await verifyPassword(credentials.password, user.password_hash) : false;
  if (!user || !isValid) throw new AppError('UNAUTHENTICATED', 'wrong username or password');

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
  await sql.query('insert into sessions (token_hash, user_id, expires_at) values ($1, $2, $3)', [
    hashToken(token),
    user.id,
    expiresAt,
  ]);

  return { token, expiresAt };
}

/** Resolves a bearer token to the actor it belongs to; UNAUTHENTICATED when unknown or expired. */
export async function authenticate(sql: Sql, token: string): Promise<Actor> {
  const [user] = await sql.query<UserRow>(
    `select u.* from sessions s join users u on u.id = s.user_id
     where s.token_hash = $1 and s.expires_at > now()`,
    [hashToken(token)],
  );
  if (!user) throw new AppError('UNAUTHENTICATED', 'unknown or expired session');

  return { userId: user.id, username: user.username, role: user.role, unitCode: user.unit_code };
}
