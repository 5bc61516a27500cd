import type { Sql } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';

/**
 * A registrar closes an item of their unit's queue, saying what was done (called the
 * informant, printed the certificate, registered the correction). It leaves the open list
 * but stays in the table. RECORD_NOT_FOUND for an item of another unit, a missing one, or
 * one already closed.
 */
export async function resolveQueueItem(
  sql: Sql,
  actor: Actor,
  itemId: string,
  resolution: string,
): Promise<void> {
  const isId = /^[0-9a-f-]{36}$/i.test(itemId);
  const closed = isId
    ? await sql.query(
        `update registrar_queue set resolved_at = now(), resolved_by = $3, resolution = $4
         where id = $1 and unit_code = $2 and resolved_at is null returning 1`,
        [itemId, actor.unitCode, actor.userId, resolution],
      )
    : [];
  if (closed.length === 0)
    throw new AppError('RECORD_NOT_FOUND', "no open queue item of the caller's unit");
}
