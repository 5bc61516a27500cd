import type { Sql } from '../db/db.ts';
import { hashToken } from './sign-in.ts';

/**
 * Ends a session on the server: the bearer token is refused from then on, in every tab and
 * every copy of it. Ending a session that is already over does nothing (signing out twice is
 * not an error). Returns whether a live session was ended.
 */
export async function signOut(sql: Sql, token: string): Promise<boolean> {
  const ended = await sql.query('delete from sessions where token_hash = $1 returning token_hash', [
    hashToken(token),
  ]);

  return ended.length > 0;
}
