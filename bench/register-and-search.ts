import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { boot, type Running } from '../src/cli/boot.ts';
import { sampleBirth } from '../src/cli/sample-birth.ts';
import { loadConfig } from '../src/config/config.ts';
import type { Actor } from '../src/registry/actor.ts';
import { phoneticKey } from '../src/registry/name-search-keys.ts';
import { searchRecords } from '../src/registry/search-records.ts';
import { createLogger } from '../src/shared/logger.ts';
import { createPostgresDatabase, dropPostgresDatabase } from '../test/support/test-db.ts';
import { postJson as post } from './post-json.ts';

const PASSWORD = 'bench-password-1';
const FIRST_NAMES = ['Srinivas', 'Lakshmi', 'Venkata', 'Durga', 'Bhavani', 'Naga', 'Satya', 'Ramesh', 'Suresh', 'Padma',
  'Anjali', 'Madhavi', 'Krishna', 'Ramana', 'Prasad', 'Sai', 'Kumari', 'Gopal', 'Harish', 'Sampath'];
const SURNAMES = ['Kondaveeti', 'Gummadi', 'Alapati', 'Nadendla', 'Tummala', 'Kolli', 'Paruchuri', 'Ravipati', 'Yarlagadda', 'Vemuri',
  'Chennupati', 'Garapati', 'Jasti', 'Kaza', 'Lanka', 'Mannava', 'Nuthalapati', 'Pinnamaneni', 'Sunkara', 'Talluri'];

async function bootBench(databaseUrl: string | undefined): Promise<Running> {
  const base = loadConfig({ PORT: '0', LOG_LEVEL: 'silent' });
  const config = { ...base, databaseUrl, dataDir: mkdtempSync(join(tmpdir(), 'patra-bench-')), seedPassword: PASSWORD };

  return boot({ config, log: createLogger('silent'), dataDirForDb: 'memory://', hasWorker: false });
}

/**
 * Registrations per second through POST /api/v1/births, `concurrency` at a time: each writes
 * the record, its history entry (hash-chained), the Aadhaar and contacts rows, the search keys
 * and the certificate job in the outbox. The worker is off, so rendering is not counted.
 */
export async function measureRegistrationRate(options: { count: number; concurrency: number }): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL ? await createPostgresDatabase(process.env.DATABASE_URL) : undefined;
  const running = await bootBench(databaseUrl);
  try {
    const token = String((await post(`${running.url}/api/v1/sessions`, { username: 'tnl-m', password: PASSWORD })).token);
    let next = 0;
    const started = performance.now();
    const lane = async (): Promise<void> => {
      for (let i = next++; i < options.count; i = next++) {
        const birth = sampleBirth({ mobile: String(7_000_000_000 + i) });
        await post(`${running.url}/api/v1/births`, { ...birth, mother: { ...(birth.mother as object), aadhaar: '234567890124' } }, token);
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, lane));

    return options.count / ((performance.now() - started) / 1000);
  } finally {
    await running.close();
    if (databaseUrl) await dropPostgresDatabase(databaseUrl);
  }
}

/**
 * Search latency over `records` registered births, made in SQL with one INSERT ... SELECT
 * generate_series (names from Andhra name pools, keys as registration would write them), then
 * `queries` name searches (two words, a spelling variant) as the unit's registrar and as the
 * Chief Registrar (statewide), and number look-ups. Returns milliseconds per query.
 */
export async function measureSearchLatency(options: { records: number; queries: number }): Promise<Record<string, number[]>> {
  if (!process.env.DATABASE_URL) throw new Error('the search benchmark runs on PostgreSQL: set DATABASE_URL');

  const databaseUrl = await createPostgresDatabase(process.env.DATABASE_URL);
  const running = await bootBench(databaseUrl);
  try {
    await fillRegister(running, options.records);
    const registrar: Actor = { userId: null, username: 'bench', role: 'registrar', unitCode: 'TNL-M' };
    const chief: Actor = { userId: null, username: 'bench', role: 'chief_registrar', unitCode: null };
    const names = (i: number) => `${variant(FIRST_NAMES[i % 20] ?? '')} ${SURNAMES[(i * 7) % 20] ?? ''}`;
    const time = async (work: () => Promise<unknown>) => {
      const started = performance.now();
      await work();
      return performance.now() - started;
    };
    const result: Record<string, number[]> = { 'name, unit registrar': [], 'name, Chief Registrar': [], number: [] };
    for (let i = 0; i < options.queries; i += 1) {
      result['name, unit registrar']?.push(await time(() => searchRecords(running.db, registrar, { name: names(i) })));
      result['name, Chief Registrar']?.push(await time(() => searchRecords(running.db, chief, { name: names(i + 3) })));
      const number = `B-2020:28-90001-${String((i * 7919) % options.records).padStart(7, '0')}`;
      result.number?.push(await time(() => searchRecords(running.db, chief, { number })));
    }

    return result;
  } finally {
    await running.close();
    await dropPostgresDatabase(databaseUrl);
  }
}

/** One INSERT ... SELECT over generate_series: births spread over the pilot units and 2020-2025. */
async function fillRegister(running: Running, count: number): Promise<void> {
  await running.db.query(
    `insert into records (id, event_type, unit_code, status, registration_number, registration_date, event_date,
       declaration, informant_wa_id, informant_language, search_keys)
     select gen_random_uuid(), 'birth', (array['TNL-M','TNL-GP-ANG','TNL-GP-NDV','TNL-GP-KLK'])[1 + i % 4], 'registered',
       'B-2020:28-90001-' || lpad(i::text, 7, '0'), date '2020-01-01' + (i % 2190), date '2020-01-01' + (i % 2190) - 2,
       jsonb_build_object('child', jsonb_build_object('name', jsonb_build_object('en', ($2::text[])[1 + i % 20] || ' ' || ($3::text[])[1 + (i / 20) % 20]), 'sex', 'female'),
         'mother', jsonb_build_object('name', jsonb_build_object('en', ($2::text[])[1 + (i / 7) % 20] || ' ' || ($3::text[])[1 + (i / 20) % 20]))),
       '91' || (7000000000 + i)::text, 'te',
       array['n:' || ($4::text[])[1 + i % 20], 'n:' || ($5::text[])[1 + (i / 20) % 20], 'n:' || ($4::text[])[1 + (i / 7) % 20]]
     from generate_series(0, $1 - 1) as i`,
    [count, FIRST_NAMES, SURNAMES, FIRST_NAMES.map(phoneticKey), SURNAMES.map(phoneticKey)],
  );
  await running.db.exec('analyze records');
}

/** A common spelling variant of a name, as a person would type it. */
function variant(name: string): string {
  return name.replace('Srinivas', 'Sreenivas').replace('Lakshmi', 'Laxmi').replace('Venkata', 'Venkat');
}
