import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the browser tests can run here, for `describe.skipIf(!hasChromium)`. Missing on a
 * developer machine: a warning saying what to install. Missing under CI: the suite fails.
 */
export const hasChromium = findChromium();

function findChromium(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;

  const advice = `Chromium is not at ${CHROMIUM_PATH}; install the Debian package chromium`;
  if (process.env.CI) throw new Error(`${advice} (required when CI is set)`);

  process.emitWarning(`${advice} to run the portal's browser tests; skipping them`);
  return false;
}

/**
 * Debian's Chromium, headless, for the portal's browser tests, or undefined when it is not
 * installed (`apt-get install chromium`; under CI a missing browser fails the suite). The
 * flags keep it from reaching out to Google's hosts: this machine has no internet.
 */
export async function launchBrowser(): Promise<Browser | undefined> {
  if (!hasChromium) return undefined;

  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

