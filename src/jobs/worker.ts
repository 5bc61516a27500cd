import type { Db } from '../db/db.ts';
import type { Logger } from '../shared/logger.ts';
import { claimJobs, completeJob, deferJob, killJob, onJobEnqueued, retryJob, type ClaimedJob } from './outbox.ts';

/**
 * What a handler says of one job. Throwing counts as `retry` with the error's message.
 * `later` puts the job back for `delayMs` without spending an attempt (a rate limit, not a
 * failure).
 */
export type JobOutcome =
  | { type: 'done' }
  | { type: 'retry'; reason: string }
  | { type: 'later'; reason: string; delayMs: number }
  | { type: 'dead'; reason: string };

/** `isLastAttempt`: a `retry` now makes the job a dead letter, so the handler can settle it. */
export type JobHandler = (job: ClaimedJob, log: Logger, attempt: { isLastAttempt: boolean }) => Promise<JobOutcome>;

export interface WorkerOptions {
  db: Db;
  log: Logger;
  handlers: Record<ClaimedJob['kind'], JobHandler>;
  pollIntervalMs?: number;
  batchSize?: number;
  leaseMs?: number;
  maxAttempts?: number;
}

/** Attempts before a job that keeps failing becomes a dead letter. */
export const DEFAULT_MAX_ATTEMPTS = 8;
const BASE_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 10 * 60_000;

/** Exponential backoff with full jitter, capped, for the n-th attempt. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempt - 1));

  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * Drains the outbox: claims due jobs (SKIP LOCKED, so instances share the work), runs each
 * kind's handler, and marks it done, due again after a backoff, or dead after `maxAttempts`.
 * Keeps up to `batchSize` jobs running at once and claims another as soon as one ends, so a
 * slow job (a send waiting for its throughput slot) never holds up the others. Wakes at once
 * when this process enqueues, else polls. `stop()` waits for the jobs in hand.
 */
export function startWorker(options: WorkerOptions): { stop: () => Promise<void> } {
  const pollIntervalMs = options.pollIntervalMs ?? 500;
  const concurrency = options.batchSize ?? 4;
  const inHand = new Set<Promise<void>>();
  let isStopping = false;
  let hasNews = false;
  let wake: (() => void) | undefined;
  const nudge = (): void => {
    hasNews = true;
    wake?.();
  };
  const unsubscribe = onJobEnqueued(nudge);

  const start = (job: ClaimedJob): void => {
    const running = runJob(options, job).finally(() => {
      inHand.delete(running);
      nudge();
    });
    inHand.add(running);
  };

  const loop = async (): Promise<void> => {
    while (!isStopping) {
      hasNews = false;
      const free = concurrency - inHand.size;
      const jobs = free > 0 ? await claim(options, free) : [];
      jobs.forEach(start);
      const isIdleOrFull = jobs.length < free || inHand.size >= concurrency;
      if (isIdleOrFull && !hasNews && !isStopping) {
        await sleep(pollIntervalMs, (resolve) => (wake = resolve));
        wake = undefined;
      }
    }
    await Promise.all(inHand);
  };
  const running = loop();

  return {
    stop: async () => {
      isStopping = true;
      unsubscribe();
      wake?.();
      await running;
    },
  };
}

function claim(options: WorkerOptions, limit: number): Promise<ClaimedJob[]> {
  return claimJobs(options.db, { limit, leaseMs: options.leaseMs ?? 60_000 }).catch((error: unknown) => {
    options.log.error({ err: error }, 'claiming jobs failed');

    return [];
  });
}

async function runJob(options: WorkerOptions, job: ClaimedJob): Promise<void> {
  const log = options.log.child({ jobId: job.id, kind: job.kind, attempt: job.attempts });
  const isLastAttempt = job.attempts >= (options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  const outcome = await options.handlers[job.kind](job, log, { isLastAttempt }).catch(
    (error: unknown): JobOutcome => {
      log.error({ err: error }, 'job failed');

      return { type: 'retry', reason: error instanceof Error ? error.message : String(error) };
    },
  );

  try {
    await settle(options, job, outcome, log);
  } catch (error) {
    log.error({ err: error }, 'could not record the job outcome; it runs again after its lease');
  }
}

async function settle(options: WorkerOptions, job: ClaimedJob, outcome: JobOutcome, log: Logger): Promise<void> {
  switch (outcome.type) {
    case 'done':
      return completeJob(options.db, job.id);
    case 'dead':
      log.warn({ reason: outcome.reason }, 'job is a dead letter');

      return killJob(options.db, job.id, outcome.reason);
    case 'later':
      return deferJob(options.db, job.id, { delayMs: outcome.delayMs, reason: outcome.reason });
    case 'retry':
      if (job.attempts >= (options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)) {
        log.warn({ reason: outcome.reason }, 'job exhausted its attempts');

        return killJob(options.db, job.id, outcome.reason);
      }

      return retryJob(options.db, job.id, { delayMs: backoffMs(job.attempts), error: outcome.reason });
  }
}

function sleep(ms: number, onWakeable: (resolve: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    onWakeable(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
