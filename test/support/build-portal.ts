import { build } from 'vite';

/**
 * Vitest global setup: builds the portal once before the tests, so the browser tests always
 * see the sources as they are now, not a build left over from `npm install`.
 */
export default async function buildPortal(): Promise<void> {
  await build({ configFile: new URL('../../portal/vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
}
