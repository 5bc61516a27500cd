import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * Vitest global setup: builds the portal from the sources as they are now into a folder of
 * this test run's own, which the Patras the tests start serve (PATRA_PORTAL_DIR). portal/dist,
 * which `npm start` may be serving at the same moment, is left alone.
 */
export default async function buildPortal(): Promise<() => void> {
  const outDir = mkdtempSync(join(tmpdir(), 'patra-portal-'));
  process.env.PATRA_PORTAL_DIR = outDir;
  // Vitest sets NODE_ENV=test, which would give React's development build and JSX: test what
  // ships, then put the variable back for the tests.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: new URL('../../portal/vite.config.ts', import.meta.url).pathname,
      mode: 'production',
      logLevel: 'warn',
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }

  return () => rmSync(outDir, { recursive: true, force: true });
}
