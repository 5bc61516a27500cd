import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boot } from '../src/cli/boot.ts';
import { sampleBirth } from '../src/cli/sample-birth.ts';
import { loadConfig } from '../src/config/config.ts';
import { wakeWorkers } from '../src/jobs/outbox.ts';
import { createLogger } from '../src/shared/logger.ts';
import { createPostgresDatabase, dropPostgresDatabase } from '../test/support/test-db.ts';
import { quantile } from './stats.ts';

export interface DrainFigures {
  configuredPerSecond: number;
  /** Sends the stand-in accepted per second, first to last of the backlog. */
  perSecond: number;
  /** The most, median and fewest sends in the whole seconds of the drain (first and last cut). */
  busiestSecond: number;
  medianSecond: number;
  quietestSecond: number;
  rateLimited: number;
  duplicates: number;
  elapsedS: number;
}

/**
 * Queues `count` certificate sends at once (each for its own record and number, so only the
 * per-number throughput binds) and lets Patra's worker drain them into the stand-in, whose
 * limit is the same `perSecond`. Measures the rate the stand-in saw, the busiest and quietest
 * seconds, how many sends the stand-in refused with 130429, and numbers sent to twice.
 */
export async function measureSenderDrain(options: { count: number; perSecond: number }): Promise<DrainFigures> {
  const password = 'bench-password-1';
  const databaseUrl = process.env.DATABASE_URL ? await createPostgresDatabase(process.env.DATABASE_URL) : undefined;
  const base = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', WHATSAPP_MPS: String(options.perSecond), PATRA_WORKER_CONCURRENCY: process.env.PATRA_WORKER_CONCURRENCY });
  const config = { ...base, databaseUrl, dataDir: mkdtempSync(join(tmpdir(), 'patra-bench-')), seedPassword: password };
  const running = await boot({ config, log: createLogger('silent'), dataDirForDb: 'memory://' });
  const standin = running.standin;
  if (!standin) throw new Error('the benchmark runs with the stand-in');

  try {
    const recordId = await registerOne(running.url, password);
    await standin.waitForMessage((m) => m.to === '917300000000', 30_000);
    await queueBacklog(running.db, recordId, options.count);
    wakeWorkers();
    await standin.waitForMessage(() => standin.messages().length > options.count, options.count * 1000 / options.perSecond * 3 + 60_000);

    const backlog = standin.messages().slice(1);
    const [limited] = await running.db.query<{ n: number }>('select count(*)::int as n from wa_message_errors where code = 130429');

    return { ...rateOf(backlog.map((m) => Date.parse(m.receivedAt)), options.perSecond), rateLimited: limited?.n ?? 0, duplicates: backlog.length - new Set(backlog.map((m) => m.to)).size };
  } finally {
    await running.close();
    if (databaseUrl) await dropPostgresDatabase(databaseUrl);
  }
}

async function registerOne(baseUrl: string, password: string): Promise<string> {
  const session = await post<{ token: string }>(`${baseUrl}/api/v1/sessions`, { username: 'tnl-m', password });
  const registered = await post<{ recordId: string }>(`${baseUrl}/api/v1/births`, sampleBirth({ mobile: '7300000000' }), session.token);

  return registered.recordId;
}

/**
 * The backlog: `count` copies of the registered record (new ids and numbers), each with a
 * certificate send to its own number, as after a day of registrations, so no two sends
 * contend for one record's history.
 */
async function queueBacklog(db: Awaited<ReturnType<typeof boot>>['db'], recordId: string, count: number): Promise<void> {
  await db.query(
    `with copies as (
       insert into records
       select (jsonb_populate_record(null::records, to_jsonb(r) || jsonb_build_object(
         'id', gen_random_uuid(), 'registration_number', r.registration_number || '/' || g,
         'informant_wa_id', '91' || (7300000000 + g)::text))).*
       from records r, generate_series(1, $2) g where r.id = $1
       returning id, informant_wa_id),
     queued as (
       insert into wa_messages (id, record_id, certificate_id, to_wa_id, kind, template_name, language, status)
       select gen_random_uuid(), copies.id, c.id, copies.informant_wa_id, 'certificate', 'certificate_ready', 'te', 'queued'
       from copies, certificates c where c.record_id = $1
       returning id)
     insert into outbox (kind, payload) select 'whatsapp.send-certificate', jsonb_build_object('messageId', id) from queued`,
    [recordId, count],
  );
}

function rateOf(acceptedAt: number[], configuredPerSecond: number): Omit<DrainFigures, 'rateLimited' | 'duplicates'> {
  const sorted = [...acceptedAt].sort((a, b) => a - b);
  const first = sorted[0] ?? 0;
  const elapsedS = ((sorted.at(-1) ?? first) - first) / 1000;
  const perSecond = (sorted.length - 1) / Math.max(elapsedS, 0.001);
  const seconds = new Map<number, number>();
  for (const at of sorted) seconds.set(Math.floor((at - first) / 1000), (seconds.get(Math.floor((at - first) / 1000)) ?? 0) + 1);
  const whole = [...seconds.entries()].filter(([second]) => second > 0 && second < Math.floor(elapsedS)).map(([, n]) => n);

  return {
    configuredPerSecond, perSecond, elapsedS,
    busiestSecond: Math.max(...whole, 0), medianSecond: quantile(whole, 0.5), quietestSecond: whole.length > 0 ? Math.min(...whole) : 0,
  };
}

async function post<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);

  return (await response.json()) as T;
}
