import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EVENTS } from '../src/pilot/demo-plan.ts';
import { seedDemoData } from '../src/pilot/seed-demo-data.ts';
import { hasChromium, launchBrowser } from '../test/support/browser.ts';
import { startTestPatra, type TestPatra } from '../test/support/test-patra.ts';

// The demo's four weeks (src/pilot/demo-plan.ts): registrations per unit; two sends fail.
const REGISTRATIONS = {
  'TNL-M': 14,
  'TNL-GP-ANG': 6,
  'TNL-GP-NDV': 5,
  'TNL-GP-KLK': 4,
  'TNL-GP-BRP': 3,
};
const SETTLE_MS = 90_000;

let patra: TestPatra;
let browser: Browser;

beforeAll(async () => {
  patra = await startTestPatra();
  const standin = patra.standin;
  if (!standin) throw new Error('the tests run with the stand-in');
  const launched = await launchBrowser();
  if (!launched) throw new Error('chromium is missing');
  browser = launched;

  expect(await seedDemoData(patra.db, { failNext: (rule) => standin.failNext(rule) })).toBe(
    DEMO_EVENTS.length,
  );
  await waitForSettledSends(DEMO_EVENTS.length);
}, SETTLE_MS + 30_000);

afterAll(async () => {
  await browser?.close();
  await patra?.close();
});

/** Waits until every certificate message reached its end on the stand-in: read, or failed for good. */
async function waitForSettledSends(expected: number): Promise<void> {
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    const [row] = await patra.db.query<{ count: number }>(
      "select count(*)::int as count from wa_messages where kind = 'certificate' and status in ('read', 'failed')",
    );
    if ((row?.count ?? 0) >= expected) return;
    if (Date.now() > deadline)
      throw new Error(`only ${row?.count ?? 0} of ${expected} certificate sends settled`);

    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function dashboardOf(
  username: string,
  viewport = { width: 1366, height: 768 },
): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-IN', viewport });
  const page = await context.newPage();
  await page.goto(`${patra.url}/#/dashboard`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(patra.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('units-table').waitFor();

  return page;
}

async function unitRows(page: Page): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const row of await page.getByTestId('units-table').locator('tbody tr').all()) {
    const count = Number(await row.locator('[data-column="registrations"]').textContent());
    if (count > 0) counts[(await row.getAttribute('data-unit')) ?? ''] = count;
  }

  return counts;
}

describe.skipIf(!hasChromium)('the pilot dashboard in a browser', () => {
  it('shows state operations the registrations of each unit, the funnel and the failure reasons', async () => {
    const page = await dashboardOf('state-ops');

    expect(await unitRows(page)).toEqual(REGISTRATIONS);
    expect(await page.getByTestId('total-registrations').locator('dd').textContent()).toBe('32');
    expect(await page.getByTestId('bar-funnel-queued').textContent()).toContain('32 (100%)');
    expect(await page.getByTestId('bar-funnel-delivered').textContent()).toContain('30 (94%)');
    expect(await page.getByTestId('bar-funnel-failed').textContent()).toContain('2 (6%)');
    expect(await page.getByTestId('bar-failure-131026').textContent()).toMatch(
      /131026 · Message undeliverable\s*1/,
    );
    expect(await page.getByTestId('bar-failure-131053').textContent()).toMatch(
      /131053 · Media upload error\s*1/,
    );
    await page.getByTestId('vital-statistics').waitFor();
    await page.context().close();
  });

  it("shows Guntur's District Registrar the same Guntur units, sorted by a column on request", async () => {
    const page = await dashboardOf('guntur-dr');

    expect(await unitRows(page)).toEqual(REGISTRATIONS);
    await page.getByRole('button', { name: 'Unit' }).click();
    expect(await page.getByRole('columnheader', { name: 'Unit' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    const first = await page
      .getByTestId('units-table')
      .locator('tbody tr')
      .first()
      .getAttribute('data-unit');
    expect(first).toBe('TNL-GP-ANG');
    await page.context().close();
  });

  it("shows a unit's registrar that unit alone, and none of another unit's figures", async () => {
    const page = await dashboardOf('tnl-gp-ang');

    expect(await unitRows(page)).toEqual({ 'TNL-GP-ANG': 6 });
    expect(await page.getByTestId('units-table').locator('tbody tr').count()).toBe(1);
    expect(await page.getByTestId('total-registrations').locator('dd').textContent()).toBe('6');
    expect(await page.getByText('Tenali Municipality').count()).toBe(0);
    expect(await page.getByTestId('vital-statistics').count()).toBe(0);

    const token = await patra.signIn('tnl-gp-ang');
    const api = await patra.request<{ units: { code: string }[] }>('GET', '/api/v1/dashboard', {
      token,
    });
    expect(api.body.units.map((unit) => unit.code)).toEqual(['TNL-GP-ANG']);
    await page.context().close();
  });

  it('fits a 360 px phone without sideways scrolling of the page', async () => {
    const page = await dashboardOf('state-ops', { width: 360, height: 740 });

    const overflow = await page.evaluate(
      'document.documentElement.scrollWidth - window.innerWidth',
    );
    expect(overflow).toBe(0);
    await page.context().close();
  });
});
