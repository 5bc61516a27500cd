import { resolve } from 'node:path';
import { z } from 'zod';

/** Development webhook secrets: public, so never accepted against Meta's real Graph API. */
const DEVELOPMENT_APP_SECRET = 'patra-development-app-secret';
const DEVELOPMENT_VERIFY_TOKEN = 'patra-development-verify-token';

/** Settings read from the environment; every one has a working default in the embedded mode. */
export const ConfigSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(3000).describe('PORT'),
  host: z.string().default('127.0.0.1').describe('HOST'),
  dataDir: z.string().default('./data').describe('PATRA_DATA_DIR'),
  databaseUrl: z.string().optional().describe('DATABASE_URL; unset means embedded PGlite'),
  publicBaseUrl: z.string().url().optional().describe('PUBLIC_BASE_URL, what QR codes point to'),
  seedPassword: z.string().min(8).optional().describe('PATRA_SEED_PASSWORD'),
  signingKey: z.string().optional().describe('PATRA_SIGNING_KEY, an Ed25519 private key in PEM'),
  signingKeyId: z.string().optional().describe('PATRA_SIGNING_KEY_ID'),
  aadhaarKey: z.string().optional().describe('PATRA_AADHAAR_KEY, 32 bytes in base64 (AES-256-GCM for Aadhaar numbers)'),
  checkpointMinutes: z.coerce.number().int().min(1).max(1440).default(15).describe('PATRA_CHECKPOINT_MINUTES: how often the history is checkpointed'),
  trustedKeysFile: z.string().optional().describe('PATRA_TRUSTED_KEYS, a published key set'),
  pdfSigningCert: z.string().optional().describe('PATRA_PDF_SIGNING_CERT, PEM, then its chain'),
  pdfSigningKey: z.string().optional().describe('PATRA_PDF_SIGNING_KEY, PEM'),
  verifyRatePerMinute: z.coerce.number().int().min(1).default(30).describe('PATRA_VERIFY_RATE_LIMIT'),
  workerConcurrency: z.coerce.number().int().min(1).max(64).default(8).describe('PATRA_WORKER_CONCURRENCY: jobs a worker runs at once'),
  jobLeaseMs: z.coerce.number().int().min(1000).default(60_000).describe('PATRA_JOB_LEASE_MS: how long a claimed job is held before another worker may take it'),
  isBehindProxy: z.stringbool().default(false).describe('PATRA_BEHIND_PROXY: trust X-Forwarded-For'),
  portalDir: z.string().optional().describe('PATRA_PORTAL_DIR: the built portal; unset means portal/dist'),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  whatsapp: z.object({
    token: z.string().optional(),
    phoneNumberId: z.string().default('106540352242922'),
    businessAccountId: z.string().default('102290129340398'),
    appSecret: z.string().default(DEVELOPMENT_APP_SECRET),
    verifyToken: z.string().default(DEVELOPMENT_VERIFY_TOKEN),
    graphUrl: z.string().url().optional(),
    graphVersion: z.string().default('v23.0'),
    standinPort: z.coerce.number().int().min(0).max(65535).optional(),
    messageRetentionDays: z.coerce.number().int().min(1).max(3650).default(90).describe('WHATSAPP_MESSAGE_RETENTION_DAYS: days chat message bodies are kept'),
    defaultUnitCode: z.string().default('TNL-M').describe('WHATSAPP_DEFAULT_UNIT: the unit that hears field issues from numbers on no record'),
    messagesPerSecond: z.coerce.number().int().min(1).max(1000).default(80).describe('WHATSAPP_MPS: sends per second from the business number'),
    pairBurst: z.coerce.number().int().min(1).max(45).default(10).describe('WHATSAPP_PAIR_BURST: sends to one person at once before the 6 s pair pace'),
  }),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Reads the configuration from an environment (process.env by default); throws on bad values. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config = ConfigSchema.parse({
    port: env.PORT,
    host: env.HOST,
    dataDir: env.PATRA_DATA_DIR,
    databaseUrl: env.DATABASE_URL || undefined,
    publicBaseUrl: env.PUBLIC_BASE_URL || undefined,
    seedPassword: env.PATRA_SEED_PASSWORD || undefined,
    signingKey: env.PATRA_SIGNING_KEY || undefined,
    signingKeyId: env.PATRA_SIGNING_KEY_ID || undefined,
    aadhaarKey: env.PATRA_AADHAAR_KEY || undefined,
    checkpointMinutes: env.PATRA_CHECKPOINT_MINUTES || undefined,
    trustedKeysFile: env.PATRA_TRUSTED_KEYS || undefined,
    pdfSigningCert: env.PATRA_PDF_SIGNING_CERT || undefined,
    pdfSigningKey: env.PATRA_PDF_SIGNING_KEY || undefined,
    verifyRatePerMinute: env.PATRA_VERIFY_RATE_LIMIT || undefined,
    isBehindProxy: env.PATRA_BEHIND_PROXY || undefined,
    portalDir: env.PATRA_PORTAL_DIR || undefined,
    logLevel: env.LOG_LEVEL,
    jobLeaseMs: env.PATRA_JOB_LEASE_MS || undefined,
    workerConcurrency: env.PATRA_WORKER_CONCURRENCY || undefined,
    whatsapp: {
      token: env.WHATSAPP_TOKEN || undefined,
      phoneNumberId: env.WHATSAPP_PHONE_NUMBER_ID || undefined,
      businessAccountId: env.WHATSAPP_BUSINESS_ACCOUNT_ID || undefined,
      appSecret: env.WHATSAPP_APP_SECRET || undefined,
      verifyToken: env.WHATSAPP_VERIFY_TOKEN || undefined,
      graphUrl: env.WHATSAPP_GRAPH_URL || undefined,
      graphVersion: env.WHATSAPP_GRAPH_VERSION || undefined,
      standinPort: env.WHATSAPP_STANDIN_PORT || undefined,
      messageRetentionDays: env.WHATSAPP_MESSAGE_RETENTION_DAYS || undefined,
      defaultUnitCode: env.WHATSAPP_DEFAULT_UNIT || undefined,
      messagesPerSecond: env.WHATSAPP_MPS || undefined,
      pairBurst: env.WHATSAPP_PAIR_BURST || undefined,
    },
  });

  refuseDevelopmentSecretsWithMeta(config);

  return { ...config, dataDir: resolve(config.dataDir) };
}

/**
 * With a real token against Meta's Graph API, the development app secret or verify token
 * would let anyone forge delivery webhooks: refuse to start until both are configured.
 */
function refuseDevelopmentSecretsWithMeta(config: Config): void {
  const isMeta = config.whatsapp.token !== undefined && config.whatsapp.graphUrl === undefined;
  const usesDevelopmentSecret =
    config.whatsapp.appSecret === DEVELOPMENT_APP_SECRET || config.whatsapp.verifyToken === DEVELOPMENT_VERIFY_TOKEN;
  if (isMeta && usesDevelopmentSecret) {
    throw new Error('WHATSAPP_TOKEN is set: set WHATSAPP_APP_SECRET and WHATSAPP_VERIFY_TOKEN too (the development ones are public)');
  }
}

/** True when no real Cloud API token is configured, so Patra talks to the local stand-in. */
export function usesStandin(config: Config): boolean {
  return config.whatsapp.token === undefined;
}
