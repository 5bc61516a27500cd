import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { boot } from '../src/cli/boot.ts';
import { sampleBirth } from '../src/cli/sample-birth.ts';
import { loadConfig } from '../src/config/config.ts';
import { createLogger } from '../src/shared/logger.ts';
import { createPostgresDatabase, dropPostgresDatabase } from '../test/support/test-db.ts';
import { postJson as post } from './post-json.ts';

/**
 * Registers `count` births one after another through the HTTP API and measures, for each, the
 * time from the registration call to the stand-in receiving its certificate_ready template.
 * Uses DATABASE_URL when set, else an in-memory PGlite.
 */
export async function measureRegistrationLatency(count: number): Promise<number[]> {
  const password = 'bench-password-1';
  const databaseUrl = process.env.DATABASE_URL ? await createPostgresDatabase(process.env.DATABASE_URL) : undefined;
  const config = { ...loadConfig({ PORT: '0', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl }), dataDir: mkdtempSync(join(tmpdir(), 'patra-bench-')), seedPassword: password };
  const running = await boot({ config, log: createLogger('silent'), dataDirForDb: 'memory://' });
  const standin = running.standin;
  if (!standin) throw new Error('the benchmark runs with the stand-in');

  try {
    const session = await post(`${running.url}/api/v1/sessions`, { username: 'tnl-m', password });
    const token = String(session.token);
    const latencies: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const national = String(7_000_000_000 + i);
      const started = performance.now();
      await post(`${running.url}/api/v1/births`, sampleBirth({ mobile: national }), token);
      await standin.waitForMessage((m) => m.to === `91${national}`, 30_000);
      latencies.push(performance.now() - started);
    }

    return latencies;
  } finally {
    await running.close();
    rmSync(config.dataDir, { recursive: true, force: true });
    if (databaseUrl) await dropPostgresDatabase(databaseUrl);
  }
}
