import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { boot } from '../src/cli/boot.ts';
import { loadConfig } from '../src/config/config.ts';
import { createLogger } from '../src/shared/logger.ts';
import { launchBrowser } from '../test/support/browser.ts';
import { addDemoRecords, UNREACHABLE_MOBILE, type DemoRecords } from './portal-demo-records.ts';

const OUT_DIR = join(import.meta.dirname, '..', 'docs', 'screenshots');

/** The two screens every shot is taken on: a 1366x768 laptop and a phone. */
const VIEWPORTS = [
  { suffix: 'laptop', width: 1366, height: 768 },
  { suffix: 'phone', width: 390, height: 844 },
] as const;

/**
 * The shots: the address after `#`, what to wait for before taking it, and whether a
 * registrar must be signed in. Add a screen here and `npm run screenshots` takes it too.
 */
export interface Shot {
  name: string;
  path: (demo: DemoRecords) => string;
  waitFor: string;
  isSignedIn: boolean;
}

export const SHOTS: Shot[] = [
  { name: 'sign-in', path: () => '', waitFor: 'form', isSignedIn: false },
  { name: 'work', path: () => 'work/declared', waitFor: 'table', isSignedIn: true },
  {
    name: 'record',
    path: (demo) => `records/${demo.registeredId}`,
    waitFor: '[data-testid="delivery"]',
    isSignedIn: true,
  },
  {
    name: 'search',
    path: () => `search/${encodeURIComponent('name=Kondaveeti')}`,
    waitFor: '[data-testid="search-result"]',
    isSignedIn: true,
  },
  { name: 'register-birth', path: () => 'register/birth', waitFor: 'form', isSignedIn: true },
  {
    name: 'correction',
    path: (demo) => `records/${demo.registeredId}/correct/clerical`,
    waitFor: 'form',
    isSignedIn: true,
  },
  {
    name: 'dashboard',
    path: () => 'dashboard',
    waitFor: '[data-testid="units-table"]',
    isSignedIn: true,
  },
];

/**
 * `npm run screenshots`: boots Patra with the stand-in in a temporary folder and an in-memory
 * database, adds demo records, and writes a PNG of each shot at each viewport, in English, to
 * docs/screenshots/. Nothing is fetched from outside this machine.
 */
async function takeScreenshots(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'patra-screenshots-'));
  const password = randomBytes(9).toString('base64url');
  const config = {
    ...loadConfig({ PORT: '0', LOG_LEVEL: 'warn' }),
    dataDir,
    databaseUrl: undefined,
    seedPassword: password,
  };
  const running = await boot({ config, log: createLogger('warn'), dataDirForDb: 'memory://' });
  const browser = await launchBrowser();

  try {
    if (!browser) throw new Error('Chromium is needed: apt-get install chromium');
    running.standin?.failNext({ to: UNREACHABLE_MOBILE, code: 131026, async: true });
    const demo = await addDemoRecords(running.url, password);
    mkdirSync(OUT_DIR, { recursive: true });
    for (const viewport of VIEWPORTS) await shootAll(browser, { url: running.url, demo, viewport });
  } finally {
    await browser?.close();
    await running.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function shootAll(
  browser: Browser,
  run: { url: string; demo: DemoRecords; viewport: (typeof VIEWPORTS)[number] },
): Promise<void> {
  const { width, height, suffix } = run.viewport;
  const context = await browser.newContext({
    locale: 'en-IN',
    viewport: { width, height },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();

  for (const shot of SHOTS) {
    await page.goto(`${run.url}/#/${shot.path(run.demo)}`);
    await page.evaluate(
      shot.isSignedIn
        ? `sessionStorage.setItem('patra.token', ${JSON.stringify(run.demo.token)})`
        : 'sessionStorage.clear()',
    );
    await page.reload();
    await settle(page, shot.waitFor);
    const file = join(OUT_DIR, `${shot.name}-${suffix}.png`);
    await page.screenshot({ path: file, type: 'png' });
    process.stdout.write(`${file}\n`);
  }
  await context.close();
}

async function settle(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().waitFor({ timeout: 15_000 });
  await page.evaluate('document.fonts.ready.then(() => true)');
}

await takeScreenshots();
