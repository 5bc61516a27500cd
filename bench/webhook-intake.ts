import { mkdtempSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { boot } from '../src/cli/boot.ts';
import { loadConfig } from '../src/config/config.ts';
import { createLogger } from '../src/shared/logger.ts';
import { createPostgresDatabase, dropPostgresDatabase } from '../test/support/test-db.ts';
import { encodeWebhookBody, signWebhookBody } from '../tools/whatsapp-standin/index.ts';

const DISTINCT_BODIES = 1_000;

export interface IntakeFigures {
  perSecond: number;
  latenciesMs: number[];
  stored: number;
}

/**
 * Posts `count` signed status webhooks (Meta's escaped form, distinct wamids) to
 * /webhooks/whatsapp from `concurrency` keep-alive connections and measures the rate of 200s
 * and each request's latency. Patra runs without its worker, so the figure is the intake
 * alone: signature check, body stored with its job in one transaction, reply. Afterwards
 * counts the stored bodies, which must equal `count`.
 */
export async function measureWebhookIntake(options: { count: number; concurrency: number }): Promise<IntakeFigures> {
  const databaseUrl = process.env.DATABASE_URL ? await createPostgresDatabase(process.env.DATABASE_URL) : undefined;
  const config = { ...loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }), databaseUrl, dataDir: mkdtempSync(join(tmpdir(), 'patra-bench-')) };
  const running = await boot({ config, log: createLogger('silent'), dataDirForDb: 'memory://', hasWorker: false });
  const bodies = signedBodies(config.whatsapp.appSecret);
  const url = new URL(`${running.url}/webhooks/whatsapp`);
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });

  try {
    const [before] = await running.db.query<{ n: number }>('select count(*)::int as n from webhook_inbox');
    const latenciesMs: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: options.concurrency }, async () => {
      while (next < options.count) {
        const body = bodies[next % bodies.length] ?? bodies[0];
        next += 1;
        if (!body) return;
        latenciesMs.push(await post(url, agent, body));
      }
    }));
    const elapsedS = (performance.now() - started) / 1000;
    const [after] = await running.db.query<{ n: number }>('select count(*)::int as n from webhook_inbox');

    return { perSecond: options.count / elapsedS, latenciesMs, stored: (after?.n ?? 0) - (before?.n ?? 0) };
  } finally {
    agent.destroy();
    await running.close();
    if (databaseUrl) await dropPostgresDatabase(databaseUrl);
  }
}

function signedBodies(appSecret: string): { bytes: Buffer; signature: string }[] {
  return Array.from({ length: DISTINCT_BODIES }, (_, i) => {
    const payload = {
      object: 'whatsapp_business_account',
      entry: [{ id: '102290129340398', changes: [{ field: 'messages', value: {
        messaging_product: 'whatsapp',
        metadata: { display_phone_number: '919552300009', phone_number_id: '106540352242922' },
        statuses: [{
          id: `wamid.HBgMOTE5ODc2NTQzMjEwFQIAERgSQkVOQ0g${String(i).padStart(6, '0')}A==`, status: 'delivered',
          timestamp: '1765000000', recipient_id: '919876543210',
          conversation: { id: 'c0ffee', origin: { type: 'utility' } },
          pricing: { billable: true, pricing_model: 'PMP', category: 'utility', type: 'regular' },
        }],
      } }] }],
    };
    const bytes = encodeWebhookBody(payload, 'meta-escaped');

    return { bytes, signature: signWebhookBody(bytes, appSecret) };
  });
}

function post(url: URL, agent: Agent, body: { bytes: Buffer; signature: string }): Promise<number> {
  const started = performance.now();

  return new Promise((resolve, reject) => {
    const call = request(url, {
      method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': body.bytes.length, 'x-hub-signature-256': body.signature },
    }, (response) => {
      response.resume();
      response.on('end', () => (response.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`HTTP ${response.statusCode ?? 0}`))));
    });
    call.on('error', reject);
    call.end(body.bytes);
  });
}
