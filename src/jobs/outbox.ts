import type { Sql } from '../db/db.ts';

/** The kinds of work the worker knows, with the payload each carries. */
export interface JobPayloads {
  'certificate.issue': { recordId: string; certificateId: string };
  'whatsapp.send-certificate': { messageId: string };
  'whatsapp.webhook': { inboxId: number };
  'whatsapp.failed-delivery': { waMessageId: string; code?: number; details?: string };
  'whatsapp.send-message': { messageId: string };
  'whatsapp.fetch-evidence': { evidenceId: string };
  'whatsapp.erase-message-bodies': Record<string, never>;
  'history.checkpoint': Record<string, never>;
}

export type JobKind = keyof JobPayloads;

export interface ClaimedJob<K extends JobKind = JobKind> {
  id: number;
  kind: K;
  payload: JobPayloads[K];
  attempts: number;
}

type Wake = () => void;
const wakers = new Set<Wake>();

/** Lets a worker in this process hear of new jobs at once instead of at its next poll. */
export function onJobEnqueued(wake: Wake): () => void {
  wakers.add(wake);

  return () => wakers.delete(wake);
}

/** Wakes local workers; call after the enqueuing transaction has committed. */
export function wakeWorkers(): void {
  for (const wake of wakers) wake();
}

/**
 * Queues a job inside the caller's transaction: it exists exactly when the change that asked
 * for it commits (the transactional outbox).
 */
export async function enqueue<K extends JobKind>(
  sql: Sql,
  kind: K,
  payload: JobPayloads[K],
  options?: { runAfter?: Date },
): Promise<number> {
  const [row] = await sql.query<{ id: number }>(
    'insert into outbox (kind, payload, run_after) values ($1, $2, $3) returning id',
    [kind, JSON.stringify(payload), options?.runAfter ?? new Date()],
  );

  return row?.id ?? 0;
}

/**
 * Claims up to `limit` due jobs for `leaseMs`. SKIP LOCKED lets several workers share the
 * queue; a job whose worker died is claimed again when its lease runs out.
 */
export async function claimJobs(sql: Sql, options: { limit: number; leaseMs: number }): Promise<ClaimedJob[]> {
  return sql.query<ClaimedJob>(
    `update outbox set locked_until = now() + ($2 || ' milliseconds')::interval,
       attempts = attempts + 1
     where id in (
       select id from outbox
       where done_at is null and dead_at is null and run_after <= now()
         and (locked_until is null or locked_until < now())
       order by run_after, id
       limit $1
       for update skip locked)
     returning id, kind, payload, attempts`,
    [options.limit, String(options.leaseMs)],
  );
}

/** Marks a job done. */
export async function completeJob(sql: Sql, jobId: number): Promise<void> {
  await sql.query('update outbox set done_at = now(), locked_until = null where id = $1', [jobId]);
}

/** Puts a job back for a later attempt, keeping the error that stopped this one. */
export async function retryJob(sql: Sql, jobId: number, options: { delayMs: number; error: string }): Promise<void> {
  await sql.query(
    `update outbox set run_after = now() + ($2 || ' milliseconds')::interval, locked_until = null,
       last_error = $3 where id = $1`,
    [jobId, String(options.delayMs), options.error],
  );
}

/** Puts a job back for `delayMs` without counting the attempt it just made (a rate limit). */
export async function deferJob(sql: Sql, jobId: number, options: { delayMs: number; reason: string }): Promise<void> {
  await sql.query(
    `update outbox set run_after = now() + ($2 || ' milliseconds')::interval, locked_until = null,
       attempts = greatest(attempts - 1, 0), last_error = $3 where id = $1`,
    [jobId, String(Math.round(options.delayMs)), options.reason],
  );
}

/** Gives up on a job: it stays in the table as a dead letter, with its last error. */
export async function killJob(sql: Sql, jobId: number, error: string): Promise<void> {
  await sql.query(
    'update outbox set dead_at = now(), locked_until = null, last_error = $2 where id = $1',
    [jobId, error],
  );
}
