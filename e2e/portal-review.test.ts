import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBirth } from '../src/cli/sample-birth.ts';
import type { RecordView } from '../src/registry/describe-record.ts';
import { hasChromium } from '../test/support/browser.ts';
import {
  closePortalFixture,
  daysAgo,
  errorUnder,
  openPortalFixture,
  recordView,
  signedInPage,
} from '../test/support/portal-forms.ts';
import type { TestPatra } from '../test/support/test-patra.ts';

let patra: TestPatra;
let browser: Browser;
let token: string;

beforeAll(async () => {
  ({ patra, browser, token } = await openPortalFixture());
}, 90_000);

afterAll(() => closePortalFixture({ patra, browser }));

const openPortal = (): Promise<Page> => signedInPage(browser, patra);
const recordOf = (recordId: string): Promise<RecordView> => recordView(patra, token, recordId);

describe.skipIf(!hasChromium)('duplicate review and corrections in a browser', () => {
  it('decides a possible duplicate side by side', async () => {
    const first = await patra.request<{ recordId: string }>('POST', '/api/v1/declarations', {
      token,
      body: { eventType: 'birth', declaration: sampleBirth({ mobile: '+91 98765 22222' }) },
    });
    const second = await patra.request<{ recordId: string; possibleDuplicates: string[] }>(
      'POST',
      '/api/v1/declarations',
      {
        token,
        body: {
          eventType: 'birth',
          declaration: sampleBirth({ mobile: '+91 98765 33333', childName: null }),
        },
      },
    );
    expect(second.body.possibleDuplicates).toEqual([first.body.recordId]);

    const page = await openPortal();
    await page.goto(`${patra.url}/#/duplicates`);
    await page
      .locator(`a[href="#/duplicates/${second.body.recordId}/${first.body.recordId}"]`)
      .click();
    await page.getByRole('heading', { name: 'The two records side by side' }).waitFor();
    expect(await page.locator('tr[data-path="mother.name.en"]').getAttribute('class')).toBe(
      'agrees',
    );
    expect(await page.locator('tr[data-path="informant.mobile"]').getAttribute('class')).toBe(
      'differs',
    );

    await page.getByRole('button', { name: 'Not a duplicate: allow registration' }).click();
    expect(await page.getByLabel('Reason *').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Reason *').fill('Twins: the second child was born minutes later');
    await page.getByRole('button', { name: 'Not a duplicate: allow registration' }).click();
    await page.getByText('Decision recorded: not a duplicate.').waitFor();

    const open = await patra.request<{ recordId: string }[]>('GET', '/api/v1/duplicates', {
      token,
    });
    expect(open.body.map((pair) => pair.recordId)).not.toContain(second.body.recordId);
    expect((await recordOf(second.body.recordId)).history.map((entry) => entry.action)).toContain(
      'decide-duplicate',
    );
    await page.context().close();
  });
  it("shows a pair across units with the other unit's record reduced", async () => {
    const death = (mobile: string) => ({
      eventType: 'death',
      declaration: {
        deceased: { name: { en: 'Koteswara Rao Yarlagadda' }, sex: 'male', age: { years: 80 } },
        death: { date: daysAgo(2), place: { type: 'home', address: { en: '7-2, Temple Street' } } },
        permanentAddress: { en: '7-2, Temple Street, Tenali' },
        informant: { name: { en: 'Lakshmi Yarlagadda' }, relation: 'relative', mobile },
      },
    });
    const mine = await patra.request<{ recordId: string }>('POST', '/api/v1/declarations', {
      token,
      body: death('9876588888'),
    });
    const theirs = await patra.request<{ recordId: string; possibleDuplicates: string[] }>(
      'POST',
      '/api/v1/declarations',
      { token: await patra.signIn('tnl-gp-ang'), body: death('9876599999') },
    );
    expect(theirs.body.possibleDuplicates).toEqual([mine.body.recordId]);

    const page = await openPortal();
    await page.goto(`${patra.url}/#/duplicates/${theirs.body.recordId}/${mine.body.recordId}`);
    await page.getByText(/One record is held by another unit/).waitFor();
    expect(await page.locator('tr[data-path="deceased.name.en"]').getAttribute('class')).toBe(
      'agrees',
    );
    expect(await page.locator('tr[data-path="informant.mobile"]').count()).toBe(0);
    expect(await page.locator('table').textContent()).not.toContain('9876599999');
    await page.context().close();
  });
  it('enters a clerical correction that shows in the record history', async () => {
    const registered = await patra.request<{ recordId: string }>('POST', '/api/v1/births', {
      token,
      body: sampleBirth({ mobile: '+91 98765 44444' }),
    });
    const recordId = registered.body.recordId;

    const page = await openPortal();
    await page.goto(`${patra.url}/#/records/${recordId}/correct/clerical`);
    await page.getByLabel('Entry to correct *').selectOption('mother.name');
    expect(await page.getByLabel("Mother's name (English) *").inputValue()).toBe(
      'Durga Bhavani Kondaveeti',
    );
    await page.getByLabel("Mother's name (English) *").fill('Durga Bhavani Kondaveti');
    await page.getByLabel('Reason *').fill('Spelling as in the SSC certificate');
    await page.getByRole('button', { name: 'Enter the change' }).click();
    await expect
      .poll(() => errorUnder(page, 'Evidence 1: kind'))
      .toBe('A clerical correction needs at least one document as proof.');

    await page.getByLabel('Evidence 1: kind').selectOption('document');
    await page
      .getByLabel('Evidence 1: what it is and where it is filed')
      .fill('SSC memo 2019, file 12/2026');
    await page.getByRole('button', { name: 'Enter the change' }).click();
    await page.getByTestId('change-answer').waitFor();

    const view = await recordOf(recordId);
    expect(view.history.map((entry) => entry.action)).toContain('correct');
    expect(view.declaration).toMatchObject({ mother: { name: { en: 'Durga Bhavani Kondaveti' } } });
    await page.context().close();
  });
});
