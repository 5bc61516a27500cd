import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { startStandin, type Standin } from '../../tools/whatsapp-standin/index.ts';
import { PHONE_PAGE_PATH } from '../../tools/whatsapp-standin/phone-page.ts';
import type { CertificateSettings } from '../certificates/issue-certificate.ts';
import { loadKeyring } from '../certificates/keys.ts';
import { loadPdfSigner } from '../certificates/load-pdf-signer.ts';
import { usesStandin, type Config } from '../config/config.ts';
import { openDb, type Db } from '../db/db.ts';
import { migrate } from '../db/migrate.ts';
import { buildApp } from '../http/app.ts';
import type { AppContext } from '../http/context.ts';
import { jobHandlers } from '../jobs/handlers.ts';
import { startWorker } from '../jobs/worker.ts';
import { seedDemoData } from '../pilot/seed-demo-data.ts';
import { seedAccounts, type CreatedAccount } from '../registry/seed-accounts.ts';
import { seedUnits } from '../registry/seed-units.ts';
import { loadAadhaarKey, useAadhaarKey } from '../registry/aadhaar-key.ts';
import { scheduleHistoryCheckpoint } from '../registry/schedule-history-checkpoint.ts';
import type { Logger } from '../shared/logger.ts';
import type { ConversationSettings } from '../whatsapp/conversation/turn.ts';
import { scheduleNextErasure } from '../whatsapp/erase-message-bodies.ts';
import { RateLimitedClient } from '../whatsapp/rate-limited-client.ts';

const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seed');
const STANDIN_TOKEN = 'standin-access-token';
const META_GRAPH_URL = 'https://graph.facebook.com';

export interface BootOptions {
  config: Config;
  log: Logger;
  /** Overrides where the embedded database lives (the demo uses a temporary one). */
  dataDirForDb?: string;
  hasWorker?: boolean;
  onAccountsCreated?: (accounts: CreatedAccount[]) => void;
  /** Adds the demo records to a register that has none but the demo's (stand-in only). */
  hasDemoData?: boolean;
  onDemoDataAdded?: (records: number) => void;
}

export interface Running {
  db: Db;
  app: FastifyInstance;
  url: string;
  standin: Standin | undefined;
  close: () => Promise<void>;
}

/**
 * Brings Patra up: database and migrations, the pilot units and accounts, the signing keys,
 * the Cloud API (the local stand-in unless a token is configured), the HTTP server and the
 * worker. /healthz answers 503 until all of that is done.
 */
export async function boot(options: BootOptions): Promise<Running> {
  const { config, log } = options;
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: options.dataDirForDb ?? join(config.dataDir, 'db') });
  useAadhaarKey(loadAadhaarKey(config));
  const certificates: CertificateSettings = { keyring: loadKeyring(config), publicBaseUrl: '', pdfSigner: await loadPdfSigner(config) };
  const ctx: AppContext = { db, config, keyring: certificates.keyring, pdfSigner: certificates.pdfSigner, log, readiness: { reason: 'starting' }, publicBaseUrl: '' };
  const app = await buildApp(ctx);
  await app.listen({ port: config.port, host: config.host });
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${portOf(app)}`;
  certificates.publicBaseUrl = config.publicBaseUrl ?? `http://localhost:${portOf(app)}`;
  ctx.publicBaseUrl = certificates.publicBaseUrl;

  // The stand-in starts before accounts are made, so a port clash fails before the first
  // passwords are shown (and spent).
  ctx.readiness.reason = 'starting the WhatsApp connection';
  const standin = usesStandin(config) ? await startLocalStandin(config, log) : undefined;
  standin?.setWebhookUrl(`${url}/webhooks/whatsapp`);
  ctx.phoneSimulatorUrl = standin ? `${standin.url}${PHONE_PAGE_PATH}` : undefined;

  ctx.readiness.reason = 'applying database migrations';
  await migrate(db);
  ctx.readiness.reason = 'loading the registration units';
  await seedUnits(db, { units: join(SEED_DIR, 'tenali-pilot-units.csv'), facilities: join(SEED_DIR, 'tenali-facilities.csv') });
  const accounts = await seedAccounts(db, config.seedPassword);
  if (accounts.length > 0) options.onAccountsCreated?.(accounts);
  if (options.hasDemoData && standin) {
    ctx.readiness.reason = 'adding the demo records';
    options.onDemoDataAdded?.(await seedDemoData(db, { failNext: (rule) => standin.failNext(rule) }));
  }

  const whatsapp = new RateLimitedClient({
    graphUrl: standin?.url ?? config.whatsapp.graphUrl ?? META_GRAPH_URL,
    version: config.whatsapp.graphVersion,
    token: config.whatsapp.token ?? STANDIN_TOKEN,
    phoneNumberId: config.whatsapp.phoneNumberId,
    sql: db,
    limits: { messagesPerSecond: config.whatsapp.messagesPerSecond, pairBurst: config.whatsapp.pairBurst },
  });

  const worker = options.hasWorker === false ? undefined : startWorker({ db, log: log.child({ part: 'worker' }), leaseMs: config.jobLeaseMs, batchSize: config.workerConcurrency, handlers: jobHandlers({ db, certificates, whatsapp, conversation: conversationSettings(config, certificates.publicBaseUrl), checkpointMinutes: config.checkpointMinutes }) });
  await scheduleNextErasure(db, { isImmediate: true });
  await scheduleHistoryCheckpoint(db, { isImmediate: true });
  ctx.readiness.reason = undefined;

  return {
    db, app, url, standin,
    close: async () => {
      await within(SHUTDOWN_STEP_MS, worker?.stop(), () => log.warn('jobs still running at shutdown; their leases will hand them on'));
      await within(SHUTDOWN_STEP_MS, app.close(), () => log.warn('HTTP connections still open at shutdown'));
      await within(SHUTDOWN_STEP_MS, standin?.close(), () => log.warn('the stand-in did not close in time'));
      await within(SHUTDOWN_STEP_MS, db.close(), () => log.warn('database connections still busy at shutdown'));
    },
  };
}

/** How long each step of a shutdown may take before Patra moves on to the next. */
const SHUTDOWN_STEP_MS = 10_000;

/**
 * Waits for a shutdown step, but not forever: a job stuck on a slow call must not keep the
 * process (or a test run) alive. What was cut short is safe: a job's lease hands it to the
 * next worker, and every commit already happened or never did.
 */
async function within(ms: number, step: Promise<unknown> | undefined, onTimeout: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  const outcome = await Promise.race([step?.then(() => 'done' as const), timeout]);
  clearTimeout(timer);
  if (outcome === 'timeout') onTimeout();
}

async function startLocalStandin(config: Config, log: Logger): Promise<Standin> {
  const port = config.whatsapp.standinPort ?? (config.port === 0 ? 0 : config.port + 1);

  return startStandin({
    host: '127.0.0.1',
    port,
    accessToken: STANDIN_TOKEN,
    appSecret: config.whatsapp.appSecret,
    phoneNumberId: config.whatsapp.phoneNumberId,
    businessAccountId: config.whatsapp.businessAccountId,
    mpsLimit: config.whatsapp.messagesPerSecond,
    logger: log.child({ part: 'whatsapp-standin' }),
  });
}

function conversationSettings(config: Config, publicBaseUrl: string): ConversationSettings {
  return {
    retentionDays: config.whatsapp.messageRetentionDays,
    publicBaseUrl,
    defaultUnitCode: config.whatsapp.defaultUnitCode,
  };
}

function portOf(app: FastifyInstance): number {
  const address = app.server.address();

  return typeof address === 'object' && address ? address.port : 0;
}
