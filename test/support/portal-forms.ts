import type { Browser, Page } from 'playwright-core';
import type { RecordView } from '../../src/registry/describe-record.ts';
import { indiaDate } from '../../src/shared/india-time.ts';
import { launchBrowser } from './browser.ts';
import { startTestPatra, type TestPatra } from './test-patra.ts';

const MS_PER_DAY = 86_400_000;

/** An India date `days` before today (negative: after), as the portal's date inputs take it. */
export const daysAgo = (days: number): string =>
  indiaDate(new Date(Date.now() - days * MS_PER_DAY));

/** A browser page with a registrar of `tnl-m` signed in, in English, on a laptop screen. */
export async function signedInPage(browser: Browser, patra: TestPatra): Promise<Page> {
  const context = await browser.newContext({
    locale: 'en-IN',
    viewport: { width: 1366, height: 768 },
  });
  const page = await context.newPage();
  await page.goto(patra.url);
  await page.getByLabel('Username').fill('tnl-m');
  await page.getByLabel('Password').fill(patra.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in-as').waitFor();

  return page;
}

/** The error shown under an input (found through its aria-describedby), by the input's label. */
export async function errorUnder(page: Page, label: string): Promise<string> {
  const input = page.getByLabel(label, { exact: true });
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));

  return errorId ? ((await page.locator(`#${errorId}`).textContent()) ?? '') : '';
}

/** A record as the API shows it to `token`. */
export async function recordView(
  patra: TestPatra,
  token: string,
  recordId: string,
): Promise<RecordView> {
  return (await patra.request<RecordView>('GET', `/api/v1/records/${recordId}`, { token })).body;
}

/** What a file of portal browser tests shares: one Patra, one Chromium, tnl-m's API token. */
export interface PortalFixture {
  patra: TestPatra;
  browser: Browser;
  token: string;
}

/** Starts the fixture, for a file's `beforeAll`; the file is skipped where Chromium is missing. */
export async function openPortalFixture(): Promise<PortalFixture> {
  const patra = await startTestPatra();
  const browser = await launchBrowser();
  if (!browser) throw new Error('chromium is missing');

  return { patra, browser, token: await patra.signIn('tnl-m') };
}

/** Closes what `openPortalFixture` started, for a file's `afterAll`, even after a failed start. */
export async function closePortalFixture(fixture: Partial<PortalFixture>): Promise<void> {
  await fixture.browser?.close();
  await fixture.patra?.close();
}
