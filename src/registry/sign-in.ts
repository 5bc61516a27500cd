import { createHash, randomBytes } from 'node:crypto';
import type { Sql } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import type { Actor, UserRole } from './actor.ts';
import { hashPassword, verifyPassword } from './password.ts';

const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
/** Wrong passwords from one client before that client is locked out of that username. */
const MAX_FAILED_SIGN_INS_PER_CLIENT = 5;
/** Wrong passwords from all clients together before the account itself is locked. */
const MAX_FAILED_SIGN_INS_PER_ACCOUNT = 50;
const LOCK_MINUTES = 15;

/** Checked when the username is unknown, so both failures take the same time. */
const DECOY_HASH = await hashPassword('decoy password for unknown users');

interface UserRow {
  id: string;
  username: string;
  role: UserRole;
  unit_code: string | null;
  district_en: string | null;
  password_hash: string;
}

/** Sessions are stored by this hash of their token, never the token itself. */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/**
 * Checks a username and password and opens a session. Returns a bearer token (stored only as
 * a hash). Fails with WRONG_CREDENTIALS, the same way and in the same time for an unknown user
 * or a wrong password, and with TOO_MANY_ATTEMPTS for 15 minutes after five wrong passwords
 * from the same client (`clientAddress`, kept only as a hash), known username or not; or after
 * fifty from anywhere, which locks the account itself until then or a password reset.
 */
export async function signIn(
  sql: Sql,
  credentials: { username: string; password: string },
  clientAddress = 'local',
): Promise<{ token: string; expiresAt: Date }> {
  const username = credentials.username.toLowerCase();
  const clientKey = createHash('sha256').update(clientAddress).digest('hex');
  const [user] = await sql.query<UserRow & { locked_until: Date | null }>(
    'select * from users where username = $1',
    [username],
  );
  const isValid = await verifyPassword(credentials.password, user?.password_hash ?? DECOY_HASH);
  const isAccountLocked = Boolean(user?.locked_until && user.locked_until > new Date());
  if (isAccountLocked || (await isClientLocked(sql, username, clientKey))) {
    throw new AppError('TOO_MANY_ATTEMPTS', 'locked after repeated wrong passwords');
  }
  if (!user || !isValid) {
    await recordFailure(sql, { username, clientKey, userId: user?.id });
    throw new AppError('WRONG_CREDENTIALS', 'wrong username or password');
  }

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
  await sql.query('update users set failed_sign_ins = 0, locked_until = null where id = $1', [
    user.id,
  ]);
  await sql.query('delete from sign_in_failures where username = $1 and client_key = $2', [
    username,
    clientKey,
  ]);
  await sql.query('insert into sessions (token_hash, user_id, expires_at) values ($1, $2, $3)', [
    hashToken(token),
    user.id,
    expiresAt,
  ]);

  return { token, expiresAt };
}

async function isClientLocked(sql: Sql, username: string, clientKey: string): Promise<boolean> {
  const [row] = await sql.query<{ is_locked: boolean }>(
    `select locked_until > now() as is_locked from sign_in_failures where username = $1 and client_key = $2`,
    [username, clientKey],
  );

  return row?.is_locked === true;
}

async function recordFailure(
  sql: Sql,
  failure: { username: string; clientKey: string; userId: string | undefined },
): Promise<void> {
  await sql.query(
    `insert into sign_in_failures as f (username, client_key, failures, locked_until)
     values ($1, $2, 1, null)
     on conflict (username, client_key) do update set
       failures = case when f.locked_until < now() then 1 else f.failures + 1 end,
       locked_until = case when f.failures + 1 >= $3 and (f.locked_until is null or f.locked_until >= now())
         then now() + ($4 || ' minutes')::interval end,
       updated_at = now()`,
    [failure.username, failure.clientKey, MAX_FAILED_SIGN_INS_PER_CLIENT, String(LOCK_MINUTES)],
  );
  if (!failure.userId) return;

  await sql.query(
    `update users set failed_sign_ins = failed_sign_ins + 1,
       locked_until = case when failed_sign_ins + 1 >= $2 then now() + ($3 || ' minutes')::interval end
     where id = $1`,
    [failure.userId, MAX_FAILED_SIGN_INS_PER_ACCOUNT, String(LOCK_MINUTES)],
  );
}

/** Resolves a bearer token to the actor it belongs to; UNAUTHENTICATED when unknown or expired. */
export async function authenticate(sql: Sql, token: string): Promise<Actor> {
  const [user] = await sql.query<UserRow>(
    `select u.* from sessions s join users u on u.id = s.user_id
     where s.token_hash = $1 and s.expires_at > now()`,
    [hashToken(token)],
  );
  if (!user) throw new AppError('UNAUTHENTICATED', 'unknown or expired session');

  return {
    userId: user.id,
    username: user.username,
    role: user.role,
    unitCode: user.unit_code,
    districtEn: user.district_en,
  };
}
