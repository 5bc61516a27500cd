import { resolve } from 'node:path';
import { z } from 'zod';

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
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  whatsapp: z.object({
    token: z.string().optional(),
    phoneNumberId: z.string().default('106540352242922'),
    businessAccountId: z.string().default('102290129340398'),
    appSecret: z.string().default('patra-development-app-secret'),
    verifyToken: z.string().default('patra-development-verify-token'),
    graphUrl: z.string().url().optional(),
    graphVersion: z.string().default('v23.0'),
    standinPort: z.coerce.number().int().min(0).max(65535).optional(),
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
    logLevel: env.LOG_LEVEL,
    whatsapp: {
      token: env.WHATSAPP_TOKEN || undefined,
      phoneNumberId: env.WHATSAPP_PHONE_NUMBER_ID || undefined,
      businessAccountId: env.WHATSAPP_BUSINESS_ACCOUNT_ID || undefined,
      appSecret: env.WHATSAPP_APP_SECRET || undefined,
      verifyToken: env.WHATSAPP_VERIFY_TOKEN || undefined,
      graphUrl: env.WHATSAPP_GRAPH_URL || undefined,
      graphVersion: env.WHATSAPP_GRAPH_VERSION || undefined,
      standinPort: env.WHATSAPP_STANDIN_PORT || undefined,
    },
  });

  return { ...config, dataDir: resolve(config.dataDir) };
}

/** True when no real Cloud API token is configured, so Patra talks to the local stand-in. */
export function usesStandin(config: Config): boolean {
  return config.whatsapp.token === undefined;
}
