import type { Browser, Page } from 'playwright-core';
import type { RecordView } from '../../src/registry/describe-record.ts';
import { indiaDate } from '../../src/shared/india-time.ts';
import type { TestPatra } from './test-patra.ts';

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
