import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { startStandin, type Standin } from '../../tools/whatsapp-standin/index.ts';
import type { CertificateSettings } from '../certificates/issue-certificate.ts';
import { loadKeyring } from '../certificates/keys.ts';
import { usesStandin, type Config } from '../config/config.ts';
import { openDb, type Db } from '../db/db.ts';
import { migrate } from '../db/migrate.ts';
import { buildApp } from '../http/app.ts';
import type { AppContext } from '../http/context.ts';
import { jobHandlers } from '../jobs/handlers.ts';
import { startWorker } from '../jobs/worker.ts';
import { seedAccounts, type CreatedAccount } from '../registry/seed-accounts.ts';
import { seedUnits } from '../registry/seed-units.ts';
import type { Logger } from '../shared/logger.ts';
import { CloudApiClient } from '../whatsapp/cloud-api-client.ts';

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
  const certificates: CertificateSettings = { keyring: loadKeyring(config), publicBaseUrl: '' };
  const ctx: AppContext = { db, config, keyring: certificates.keyring, log, readiness: { reason: 'starting' }, publicBaseUrl: '' };
  const app = await buildApp(ctx);
  await app.listen({ port: config.port, host: config.host });
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${portOf(app)}`;
  certificates.publicBaseUrl = config.publicBaseUrl ?? `http://localhost:${portOf(app)}`;
  ctx.publicBaseUrl = certificates.publicBaseUrl;

  ctx.readiness.reason = 'applying database migrations';
  await migrate(db);
  ctx.readiness.reason = 'loading the registration units';
  await seedUnits(db, { units: join(SEED_DIR, 'tenali-pilot-units.csv'), facilities: join(SEED_DIR, 'tenali-facilities.csv') });
  const accounts = await seedAccounts(db, config.seedPassword);
  if (accounts.length > 0) options.onAccountsCreated?.(accounts);

  ctx.readiness.reason = 'starting the WhatsApp connection';
  const standin = usesStandin(config) ? await startLocalStandin(config, log) : undefined;
  standin?.setWebhookUrl(`${url}/webhooks/whatsapp`);
  const whatsapp = new CloudApiClient({
    graphUrl: standin?.url ?? config.whatsapp.graphUrl ?? META_GRAPH_URL,
    version: config.whatsapp.graphVersion,
    token: config.whatsapp.token ?? STANDIN_TOKEN,
    phoneNumberId: config.whatsapp.phoneNumberId,
  });

  const worker = options.hasWorker === false ? undefined : startWorker({ db, log: log.child({ part: 'worker' }), handlers: jobHandlers({ db, certificates, whatsapp }) });
  ctx.readiness.reason = undefined;

  return {
    db, app, url, standin,
    close: async () => {
      await worker?.stop();
      await app.close();
      await standin?.close();
      await db.close();
    },
  };
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
    logger: log.child({ part: 'whatsapp-standin' }),
  });
}

function portOf(app: FastifyInstance): number {
  const address = app.server.address();

  return typeof address === 'object' && address ? address.port : 0;
}
