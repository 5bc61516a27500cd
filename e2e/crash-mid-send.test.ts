import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleBirth } from '../src/cli/sample-birth.ts';
import { startStandin, type Standin } from '../tools/whatsapp-standin/index.ts';
import { createPostgresDatabase, dropPostgresDatabase } from '../test/support/test-db.ts';

const BIRTHS = 12;
const PASSWORD = 'crash-test-password';
const ACCESS_TOKEN = 'crash-test-token';
const APP_SECRET = 'crash-test-app-secret';
const IDS = { phoneNumberId: '106540352242922', businessAccountId: '102290129340398' };

let standin: Standin | undefined;
let child: ChildProcess | undefined;
let databaseUrl: string | undefined;

afterAll(async () => {
  child?.kill('SIGKILL');
  await standin?.close();
  if (databaseUrl) await dropPostgresDatabase(databaseUrl);
});

describe('a crash in the middle of sending', () => {
  it('loses nothing after restart, and sends nothing twice that the Cloud API acknowledged', async () => {
    standin = await startStandin({
      accessToken: ACCESS_TOKEN, appSecret: APP_SECRET, ...IDS,
      responseDelayMs: 400, statusDelaysMs: { sent: 10, delivered: 20, read: 30 },
      webhookRetry: { attempts: 2, baseDelayMs: 50 },
    });
    databaseUrl = process.env.DATABASE_URL ? await createPostgresDatabase(process.env.DATABASE_URL) : undefined;
    const port = await freePort();
    const env = patraEnv({ port, standinUrl: standin.url, dataDir: mkdtempSync(join(tmpdir(), 'patra-crash-')), databaseUrl });
    const baseUrl = `http://127.0.0.1:${port}`;
    standin.setWebhookUrl(`${baseUrl}/webhooks/whatsapp`);

    child = await startPatra(env, baseUrl);
    const token = await signIn(baseUrl);
    const records: { recordId: string; to: string }[] = [];
    for (let i = 0; i < BIRTHS; i += 1) {
      const national = String(7_100_000_000 + i);
      records.push({ recordId: await registerBirth(baseUrl, token, national), to: `91${national}` });
    }
    await standin.waitForMessage(() => standin !== undefined && standin.messages().length >= 3, 30_000);
    child.kill('SIGKILL');
    await new Promise((resolve) => child?.once('exit', resolve));
    const acknowledgedBeforeCrash = new Set(standin.messages().map((m) => m.to));

    child = await startPatra(env, baseUrl);
    const statuses = await waitForEveryRecord(baseUrl, await signIn(baseUrl), records);
    const sendsPerNumber = records.map(({ to }) => standin?.messages().filter((m) => m.to === to).length ?? 0);
    const deadLetters = await getJson<{ deadLetters: { recordId: string; lastError: string }[] }>(`${baseUrl}/api/v1/dead-letters`, token);

    expect(acknowledgedBeforeCrash.size).toBeGreaterThanOrEqual(3);
    expect(acknowledgedBeforeCrash.size).toBeLessThan(BIRTHS);
    expect(sendsPerNumber.every((count) => count <= 1)).toBe(true);
    records.forEach(({ recordId, to }, index) => {
      const status = statuses[index] ?? '';
      const isSent = ['accepted', 'sent', 'delivered', 'read'].includes(status);
      const isSurfaced = status === 'unknown' && deadLetters.deadLetters.some((l) => l.recordId === recordId);
      expect({ to, isAccountedFor: isSent || isSurfaced }).toEqual({ to, isAccountedFor: true });
    });
    records.forEach(({ to }, index) => {
      if (acknowledgedBeforeCrash.has(to)) expect({ to, sends: sendsPerNumber[index] }).toEqual({ to, sends: 1 });
    });
    expect(statuses.filter((s) => s === 'unknown').length).toBeGreaterThanOrEqual(1);
    expect(sendsPerNumber.reduce((a, b) => a + b, 0)).toBe(BIRTHS - statuses.filter((s, i) => s === 'unknown' && sendsPerNumber[i] === 0).length);
  }, 120_000);
});

function patraEnv(options: { port: number; standinUrl: string; dataDir: string; databaseUrl?: string }): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: String(options.port),
    HOST: '127.0.0.1',
    PATRA_DATA_DIR: options.dataDir,
    DATABASE_URL: options.databaseUrl ?? '',
    PATRA_SEED_PASSWORD: PASSWORD,
    PATRA_JOB_LEASE_MS: '2000',
    WHATSAPP_TOKEN: ACCESS_TOKEN,
    WHATSAPP_GRAPH_URL: options.standinUrl,
    WHATSAPP_APP_SECRET: APP_SECRET,
    WHATSAPP_PHONE_NUMBER_ID: IDS.phoneNumberId,
    WHATSAPP_BUSINESS_ACCOUNT_ID: IDS.businessAccountId,
    LOG_LEVEL: 'warn',
  };
}

async function startPatra(env: NodeJS.ProcessEnv, baseUrl: string): Promise<ChildProcess> {
  const started = spawn(process.execPath, ['bin/patra.mjs', 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    if (started.exitCode !== null) throw new Error(`patra serve exited: ${output}`);
    const health = await fetch(`${baseUrl}/healthz`).then((r) => r.status, () => 0);
    if (health === 200) return started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  started.kill('SIGKILL');
  throw new Error(`patra serve did not become healthy: ${output}`);
}

async function signIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/sessions`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'tnl-m', password: PASSWORD }),
  });

  return ((await response.json()) as { token: string }).token;
}

async function registerBirth(baseUrl: string, token: string, mobile: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/births`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(sampleBirth({ mobile })),
  });
  expect(response.status).toBe(201);

  return ((await response.json()) as { recordId: string }).recordId;
}

async function getJson<T>(url: string, token: string): Promise<T> {
  return (await (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).json()) as T;
}

/** Waits until no record's certificate is still waiting to be sent (or in the middle of it). */
async function waitForEveryRecord(baseUrl: string, token: string, records: { recordId: string }[]): Promise<string[]> {
  const deadline = Date.now() + 60_000;
  let statuses: string[] = [];
  while (Date.now() < deadline) {
    statuses = await Promise.all(records.map(async ({ recordId }) => {
      const record = await getJson<{ certificates: { deliveries: { status: string }[] }[] }>(`${baseUrl}/api/v1/records/${recordId}`, token);

      return record.certificates[0]?.deliveries[0]?.status ?? 'none';
    }));
    if (statuses.every((s) => !['none', 'queued', 'sending'].includes(s))) return statuses;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return statuses;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
