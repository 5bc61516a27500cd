import type { Db } from '../db/db.ts';
import type { Logger } from '../shared/logger.ts';
import { claimJobs, completeJob, killJob, onJobEnqueued, retryJob, type ClaimedJob } from './outbox.ts';

/** What a handler says of one job. Throwing counts as `retry` with the error's message. */
export type JobOutcome = { type: 'done' } | { type: 'retry'; reason: string } | { type: 'dead'; reason: string };

export type JobHandler = (job: ClaimedJob, log: Logger) => Promise<JobOutcome>;

export interface WorkerOptions {
  db: Db;
  log: Logger;
  handlers: Record<ClaimedJob['kind'], JobHandler>;
  pollIntervalMs?: number;
  batchSize?: number;
  leaseMs?: number;
  maxAttempts?: number;
}

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
 * Wakes at once when this process enqueues, else polls. `stop()` waits for the current batch.
 */
export function startWorker(options: WorkerOptions): { stop: () => Promise<void> } {
  const pollIntervalMs = options.pollIntervalMs ?? 500;
  let isStopping = false;
  let hasNews = false;
  let wake: (() => void) | undefined;
  const unsubscribe = onJobEnqueued(() => {
    hasNews = true;
    wake?.();
  });

  const loop = async (): Promise<void> => {
    while (!isStopping) {
      hasNews = false;
      const jobs = await claimJobs(options.db, {
        limit: options.batchSize ?? 4,
        leaseMs: options.leaseMs ?? 60_000,
      }).catch((error: unknown) => {
        options.log.error({ err: error }, 'claiming jobs failed');

        return [];
      });
      await Promise.all(jobs.map((job) => runJob(options, job)));
      if (jobs.length === 0 && !hasNews && !isStopping) {
        await sleep(pollIntervalMs, (resolve) => (wake = resolve));
        wake = undefined;
      }
    }
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

async function runJob(options: WorkerOptions, job: ClaimedJob): Promise<void> {
  const log = options.log.child({ jobId: job.id, kind: job.kind, attempt: job.attempts });
  const outcome = await options.handlers[job.kind](job, log).catch(
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
    case 'retry':
      if (job.attempts >= (options.maxAttempts ?? 8)) {
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
