import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boot, type Running } from '../../src/cli/boot.ts';
import { loadConfig, type Config } from '../../src/config/config.ts';
import { createLogger } from '../../src/shared/logger.ts';
import { createPostgresDatabase, dropPostgresDatabase } from './test-db.ts';

export interface TestPatra extends Running {
  config: Config;
  password: string;
  signIn: (username?: string) => Promise<string>;
  request: <T = unknown>(
    method: string,
    path: string,
    options?: { body?: unknown; token?: string },
  ) => Promise<{ status: number; body: T }>;
}

/**
 * A whole Patra for a test: HTTP server on a free port, the stand-in, the worker, a fresh
 * database (PGlite in memory, or a new PostgreSQL database when DATABASE_URL is set) and its
 * own signing key in a temporary folder.
 */
export async function startTestPatra(overrides: Partial<Config> = {}): Promise<TestPatra> {
  const password = randomBytes(9).toString('base64url');
  const databaseUrl = process.env.DATABASE_URL
    ? await createPostgresDatabase(process.env.DATABASE_URL)
    : undefined;
  const base = loadConfig({
    PORT: '0',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    PATRA_PORTAL_DIR: process.env.PATRA_PORTAL_DIR,
  });
  const config: Config = {
    ...base,
    dataDir: mkdtempSync(join(tmpdir(), 'patra-test-')),
    databaseUrl,
    seedPassword: password,
    ...overrides,
  };
  const running = await boot({
    config,
    log: createLogger(config.logLevel),
    dataDirForDb: 'memory://',
  });

  const request: TestPatra['request'] = async (method, path, options = {}) => {
    const response = await fetch(`${running.url}${path}`, {
      method,
      headers: {
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    const isJson = (response.headers.get('content-type') ?? '').includes('json');

    return { status: response.status, body: (isJson && text ? JSON.parse(text) : text) as never };
  };
  const signIn = async (username = 'tnl-m'): Promise<string> => {
    const session = await request<{ token: string }>('POST', '/api/v1/sessions', {
      body: { username, password },
    });

    return session.body.token;
  };

  const close = async (): Promise<void> => {
    await running.close();
    rmSync(config.dataDir, { recursive: true, force: true });
    if (databaseUrl) await dropPostgresDatabase(databaseUrl);
  };

  return { ...running, close, config, password, signIn, request };
}
