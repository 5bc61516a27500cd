import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBirth } from '../src/cli/sample-birth.ts';
import { indiaDate } from '../src/shared/india-time.ts';
import { hasChromium, launchBrowser } from '../test/support/browser.ts';
import { startTestPatra, type TestPatra } from '../test/support/test-patra.ts';

const FIRST_SCREEN_BUDGET_BYTES = 300 * 1024;
const SETTLED = /Delivered|Read/;

let patra: TestPatra;
let browser: Browser;
let recordId: string;
let registrationNumber: string;

beforeAll(async () => {
  patra = await startTestPatra();
  const launched = await launchBrowser();
  if (!launched) throw new Error('chromium is missing');
  browser = launched;

  const token = await patra.signIn('tnl-m');
  const registered = await patra.request<{ recordId: string; registrationNumber: string }>(
    'POST',
    '/api/v1/births',
    {
      token,
      body: sampleBirth({ mobile: '+91 90000 51234' }),
    },
  );
  expect(registered.status).toBe(201);
  ({ recordId, registrationNumber } = registered.body);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await patra?.close();
});

async function openPortal(
  options: { locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-IN',
    viewport: { width: 1366, height: 768 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(patra.url);

  return { context, page };
}

async function signInAs(page: Page, username: string, password = patra.password): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe.skipIf(!hasChromium)('the registrar portal in a browser', () => {
  it('signs in in Telugu, switches to English, sees the certificate delivered and re-sends it', async () => {
    const { context, page } = await openPortal({ locale: 'te-IN' });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('లాగిన్');
    await page.getByLabel('వినియోగదారు పేరు').fill('tnl-m');
    await page.getByLabel('పాస్‌వర్డ్').fill(patra.password);
    await page.getByRole('button', { name: 'లాగిన్ అవ్వండి' }).click();
    await page.getByRole('heading', { name: 'నేటి పనులు' }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Work to do' }).waitFor();
    expect(await page.getByRole('link', { name: 'Phone simulator' }).getAttribute('href')).toBe(
      `${patra.standin?.url ?? 'no stand-in'}/_standin/phone`,
    );
    expect(await page.getByTestId('tab-declared').textContent()).toContain('Waiting for approval');

    await page.goto(`${patra.url}/#/records/${recordId}`);
    expect(await page.getByTestId('registration-number').textContent()).toBe(registrationNumber);
    await expect
      .poll(() => deliveryStates(page), { timeout: 20_000, interval: 500 })
      .toEqual([expect.stringMatching(SETTLED)]);
    const history = await page.getByTestId('history-entry').allTextContents();
    expect(history.join('\n')).toMatch(/Registered\s*tnl-m \(Registrar\)/);
    const [pdfTab] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open certificate PDF' }).click(),
    ]);
    await expect.poll(() => pdfTab.url()).toMatch(/^blob:/);
    await pdfTab.close();

    await page.getByRole('button', { name: 'Re-send certificate' }).click();
    await expect
      .poll(() => page.getByTestId('resend-status').textContent(), { timeout: 30_000 })
      .toMatch(/The certificate sent again: (Delivered|Read)/);
    await expect
      .poll(() => deliveryStates(page))
      .toEqual([expect.stringMatching(SETTLED), expect.stringMatching(SETTLED)]);
    expect((await page.getByTestId('history-entry').allTextContents()).join('\n')).toContain(
      'Certificate sent again',
    );
    await context.close();
  });

  it('registers a declaration from its record screen and names what a late one still needs', async () => {
    const onTime = await declare({
      mobile: '+91 90000 52234',
      mother: 'Lalitha Pinnamaneni',
      daysAgo: 3,
    });
    const late = await declare({
      mobile: '+91 90000 53234',
      mother: 'Kamala Yarlagadda',
      daysAgo: 25,
    });
    const { context, page } = await openPortal();
    await signInAs(page, 'tnl-m');
    await page.goto(`${patra.url}/#/work/declared`);
    await expect
      .poll(() => page.getByTestId('tab-declared').textContent())
      .toMatch(/Waiting for approval\s*2/);

    await page.goto(`${patra.url}/#/records/${onTime}`);
    expect(await page.getByTestId('registration-number').textContent()).toBe(
      'No registration number yet',
    );
    await page.getByRole('button', { name: 'Register' }).click();
    await expect
      .poll(() => page.getByTestId('registration-number').textContent())
      .toMatch(/^B-\d{4}:28-90001-\d{6}$/);

    await page.goto(`${patra.url}/#/records/${late}`);
    await page.getByRole('button', { name: 'Register' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(
      'Record the late fee payment (amount and receipt number).',
    );
    expect(
      await page
        .getByRole('link', { name: 'Record late fee and permissions' })
        .getAttribute('href'),
    ).toBe(`#/register/birth/${late}`);
    await context.close();
  });

  it('signs out on the server: the token the tab held is refused afterwards', async () => {
    const { context, page } = await openPortal();
    await signInAs(page, 'tnl-m');
    await page.getByRole('heading', { name: 'Work to do' }).waitFor();
    const token = String(await page.evaluate("sessionStorage.getItem('patra.token')"));

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expect
      .poll(async () => (await patra.request('GET', '/api/v1/sessions/current', { token })).status)
      .toBe(401);
    await context.close();
  });

  it('lists a failed delivery in the work queue and shows its reason on the record', async () => {
    patra.standin?.failNext({ to: '9000054321', code: 131026, async: true });
    const registered = await patra.request<{ recordId: string }>('POST', '/api/v1/births', {
      token: await patra.signIn('tnl-m'),
      body: {
        ...sampleBirth({ mobile: '+91 90000 54321' }),
        mother: { name: { en: 'Sarada Vemuri' } },
      },
    });
    expect(registered.status).toBe(201);
    const { context, page } = await openPortal();
    await signInAs(page, 'tnl-m');
    await page.getByRole('heading', { name: 'Work to do' }).waitFor();

    await expect
      .poll(
        async () => {
          await page.goto(`${patra.url}/#/work/delivery-failures`);
          await page.reload();

          return page.getByTestId('tab-delivery-failures').textContent();
        },
        { timeout: 20_000, interval: 500 },
      )
      .toMatch(/Delivery failures\s*1/);
    const row = page.getByRole('row').filter({ hasText: 'xxxxxxxx4321' });
    expect(await row.textContent()).toContain('Error 131026');

    await row.getByRole('link').click();
    await page.getByTestId('delivery').first().waitFor();
    expect(await page.getByTestId('delivery').first().textContent()).toMatch(
      /Failed\s*Reason: 131026/,
    );
    await context.close();
  });

  it("shows another unit's registrar 'not found' for tnl-m's record, and search does not list it", async () => {
    const { context, page } = await openPortal();
    await signInAs(page, 'tnl-gp-ang');
    await page.getByRole('heading', { name: 'Work to do' }).waitFor();

    await page.goto(`${patra.url}/#/records/${recordId}`);
    await page
      .getByRole('heading', { name: 'This record was not found (or is not in your unit).' })
      .waitFor();
    expect(await page.getByTestId('registration-number').count()).toBe(0);

    await page.goto(`${patra.url}/#/search`);
    await page.getByLabel('Name', { exact: true }).fill('Sri Lakshmi Kondaveeti');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('No record found.').waitFor();
    await context.close();
  });

  it('finds the record by name for its own registrar, spelt another way', async () => {
    const { context, page } = await openPortal();
    await signInAs(page, 'tnl-m');
    await page.getByRole('heading', { name: 'Work to do' }).waitFor();

    await page.goto(`${patra.url}/#/search`);
    await page.getByLabel('Name', { exact: true }).fill('S');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator('input[name="name"][aria-invalid="true"]').waitFor();
    expect(await page.locator('#name-error').textContent()).not.toBe('');

    await page.getByLabel('Name', { exact: true }).fill('Sree Laxmi');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const result = page.getByTestId('search-result');
    await result.first().waitFor();
    expect(await result.allTextContents()).toContainEqual(
      expect.stringContaining(registrationNumber),
    );

    await result.getByRole('link', { name: registrationNumber }).click();
    expect(await page.getByTestId('registration-number').textContent()).toBe(registrationNumber);
    await context.close();
  });

  it("shows the server's words for a wrong password, then the lock-out", async () => {
    const { context, page } = await openPortal();
    await signInAs(page, 'tnl-gp-ndv', 'not-the-password');
    await page.getByRole('alert').filter({ hasText: 'Wrong username or password.' }).waitFor();

    for (let attempt = 2; attempt <= 5; attempt += 1)
      await patra.request('POST', '/api/v1/sessions', {
        body: { username: 'tnl-gp-ndv', password: `guess-${attempt}` },
      });
    await signInAs(page, 'tnl-gp-ndv');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Too many wrong passwords. Try again in 15 minutes.' })
      .waitFor();
    await context.close();
  });

  it('keeps the first screen under 300 KB gzipped, fonts included, and loads the work screen only when opened', async () => {
    const { context, page } = await openPortal({ locale: 'te-IN' });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.reload({ waitUntil: 'networkidle' });
    const firstScreen = [...new Set(fetched)];

    expect(firstScreen).toEqual(
      expect.arrayContaining([
        '/',
        expect.stringMatching(/^\/assets\/index-[\w-]+\.js$/),
        expect.stringMatching(/^\/assets\/index-[\w-]+\.css$/),
      ]),
    );
    expect(
      firstScreen.filter((path) => path.includes('noto-sans-telugu') && path.endsWith('.woff2'))
        .length,
    ).toBeGreaterThanOrEqual(1);
    expect(firstScreen.some((path) => path.includes('work-screen'))).toBe(false);
    const bytes = await gzippedBytes(firstScreen);
    expect(bytes).toBeLessThan(FIRST_SCREEN_BUDGET_BYTES);

    await page.getByLabel('వినియోగదారు పేరు').fill('tnl-m');
    await page.getByLabel('పాస్‌వర్డ్').fill(patra.password);
    await page.getByRole('button', { name: 'లాగిన్ అవ్వండి' }).click();
    await page.getByRole('heading', { name: 'నేటి పనులు' }).waitFor();
    expect(fetched.some((path) => /\/assets\/work-screen-[\w-]+\.js$/.test(path))).toBe(true);
    await context.close();
  });
});

/** Declares a birth through the API, `daysAgo` days after the event, and returns its record id. */
async function declare(options: {
  mobile: string;
  mother: string;
  daysAgo: number;
}): Promise<string> {
  const birth = sampleBirth({ mobile: options.mobile });
  const date = indiaDate(new Date(Date.now() - options.daysAgo * 86_400_000));
  const declaration = {
    ...birth,
    birth: { ...(birth.birth as object), date },
    mother: { name: { en: options.mother } },
  };
  const declared = await patra.request<{ recordId: string }>('POST', '/api/v1/declarations', {
    token: await patra.signIn('tnl-m'),
    body: { eventType: 'birth', declaration },
  });
  expect(declared.status).toBe(201);

  return declared.body.recordId;
}

async function deliveryStates(page: Page): Promise<string[]> {
  await page.reload();
  await page.getByTestId('registration-number').waitFor();

  return page.getByTestId('delivery').locator('td:nth-child(3)').allTextContents();
}

/** What each file weighs as sent gzipped (fonts as they are: WOFF2 is compressed already). */
async function gzippedBytes(paths: string[]): Promise<number> {
  let total = 0;
  for (const path of paths) {
    const response = await fetch(`${patra.url}${path}`, {
      headers: { 'accept-encoding': 'identity' },
    });
    const body = Buffer.from(await response.arrayBuffer());
    total +=
      path.endsWith('.woff2') || path.endsWith('.woff')
        ? body.length
        : gzipSync(body, { level: 9 }).length;
  }

  return total;
}
