import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBirth } from '../src/cli/sample-birth.ts';
import type { RecordView } from '../src/registry/describe-record.ts';
import { indiaDate } from '../src/shared/india-time.ts';
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

const MS_PER_DAY = 86_400_000;

let patra: TestPatra;
let browser: Browser;
let token: string;

beforeAll(async () => {
  ({ patra, browser, token } = await openPortalFixture());
}, 90_000);

afterAll(() => closePortalFixture({ patra, browser }));

const openPortal = (): Promise<Page> => signedInPage(browser, patra);
const recordOf = (recordId: string): Promise<RecordView> => recordView(patra, token, recordId);

async function fillBirth(page: Page): Promise<void> {
  await page.getByLabel("Child's name (English)").fill('Sri Lakshmi');
  await page.getByRole('button', { name: 'Use this spelling' }).first().click();
  await page.getByLabel('Sex *').selectOption('female');
  await page.getByLabel('Time of birth').fill('06:45');
  await page.getByLabel('Hospital or health facility *').selectOption('TNL-GDH');
  await page.getByLabel("Mother's name (English) *").fill('Durga Bhavani Pothuri');
  await page
    .getByLabel("Parents' address at the birth (English) *")
    .fill('12-4-56, Bose Road, Tenali');
  await page.getByLabel('Permanent address (English) *').fill('12-4-56, Bose Road, Tenali');
  await page.getByLabel("Informant's name (English) *").fill('Durga Bhavani Pothuri');
  await page.getByLabel('Relation *').selectOption('mother');
}

describe.skipIf(!hasChromium)('the register screen in a browser', () => {
  it('registers a late birth through the form: field errors as typed and from the server, then the certificate', async () => {
    const page = await openPortal();
    await page.goto(`${patra.url}/#/register`);
    await page.locator('a[href="#/register/birth"]').click();
    await page.getByRole('heading', { name: 'Declaration of a birth (Form 1)' }).waitFor();

    await page.getByLabel('Date of birth *').fill(indiaDate(new Date(Date.now() + 2 * MS_PER_DAY)));
    await page.getByLabel('Date of birth *').blur();
    expect(await errorUnder(page, 'Date of birth *')).toBe(
      'This date is after today (India time).',
    );
    expect(await page.getByLabel('Date of birth *').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Mobile number (WhatsApp) *').fill('12345');
    await page.getByLabel('Mobile number (WhatsApp) *').blur();
    expect(await errorUnder(page, 'Mobile number (WhatsApp) *')).toBe(
      'This is not an Indian mobile number.',
    );

    await page.getByLabel('Date of birth *').fill(daysAgo(25));
    await page.getByLabel('Mobile number (WhatsApp) *').fill('+91 98765 11111');
    await fillBirth(page);
    expect(await page.getByLabel("Child's name (Telugu)").inputValue()).toMatch(/[\u0C00-\u0C7F]/);
    expect(await errorUnder(page, 'Date of birth *')).toBe('');

    await page.getByLabel('Aadhaar number').first().fill('2345 6789 0124');
    expect(await page.evaluate<string>('JSON.stringify(sessionStorage)')).not.toContain('6789');
    await page.reload();
    expect(await page.getByLabel('Aadhaar number').first().inputValue()).toBe('');
    expect(await page.getByLabel("Mother's name (English) *").inputValue()).toBe(
      'Durga Bhavani Pothuri',
    );

    await page.getByRole('button', { name: 'Submit the declaration' }).click();
    await page.waitForURL(/#\/register\/birth\/[0-9a-f-]{36}$/);
    const recordId = page.url().split('/').pop() ?? '';
    expect(await page.locator('[data-tier]').getAttribute('data-tier')).toBe('late_fee');

    await page.getByTestId('register-button').click();
    await expect
      .poll(() => page.locator('[data-kind="late_fee"] [role="alert"]').textContent())
      .toContain('Record the late fee payment');

    await page.getByLabel('Amount paid (₹) *').fill('1');
    await page.getByLabel('Receipt number *').fill('TNL-R-2026-0042');
    await page.getByLabel('Paid on *').fill(daysAgo(0));
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => errorUnder(page, 'Amount paid (₹) *'))
      .toBe('The amount paid is less than the late fee due.');

    const due = (
      await patra.request<{ assessment: { feeRupees: number } }>(
        'GET',
        `/api/v1/records/${recordId}/requirements`,
        { token },
      )
    ).body;
    await page.getByLabel('Amount paid (₹) *').fill(String(due.assessment.feeRupees));
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Recorded ✓').waitFor();

    await page.getByTestId('register-button').click();
    await page.waitForURL(new RegExp(`#/records/${recordId}$`));
    const message = await patra.standin?.waitForMessage((m) => m.to === '919876511111', 20_000);
    expect((message?.body as { template?: { name: string } }).template?.name).toBe(
      'certificate_ready',
    );
    const view = await recordOf(recordId);
    expect(view.status).toBe('registered');
    expect(view.declaration).toMatchObject({
      child: { name: { en: 'Sri Lakshmi' } },
      birth: { date: daysAgo(25), time: '06:45' },
    });
    await page.context().close();
  });
  it('refuses a still birth before 28 weeks under its field, then declares a death with its cause kept apart', async () => {
    const page = await openPortal();
    await page.goto(`${patra.url}/#/register/still_birth`);
    await page.getByLabel('Sex *').selectOption('indeterminate');
    await page.getByLabel('Date of birth *').fill(daysAgo(1));
    await page.getByLabel('Hospital or health facility *').selectOption('TNL-GDH');
    await page.getByLabel("Mother's name (English) *").fill('Naga Lakshmi');
    await page
      .getByLabel("Parents' address at the birth (English) *")
      .fill('4-1, Gandhi Nagar, Tenali');
    await page.getByLabel('Permanent address (English) *').fill('4-1, Gandhi Nagar, Tenali');
    await page.getByLabel("Informant's name (English) *").fill('Naga Lakshmi');
    await page.getByLabel('Relation *').selectOption('mother');
    await page.getByLabel('Mobile number (WhatsApp) *').fill('9876555555');
    await page.getByLabel('Gestation (weeks)').fill('26');
    await page.getByRole('button', { name: 'Submit the declaration' }).click();
    await expect
      .poll(() => errorUnder(page, 'Gestation (weeks)'))
      .toBe('A still-birth has a gestation of at least 28 weeks.');
    await page.getByLabel('Gestation (weeks)').fill('30');
    await page.getByRole('button', { name: 'Submit the declaration' }).click();
    await page.waitForURL(/#\/register\/still_birth\/[0-9a-f-]{36}$/);

    await page.goto(`${patra.url}/#/register/death`);
    await page.getByLabel('Name of the deceased (English) *').fill('Venkata Rao');
    await page.getByLabel('Sex *').selectOption('male');
    await page.getByLabel('Age: years *').fill('71');
    await page.getByLabel('Date of death *').fill(daysAgo(3));
    await page.getByLabel('Where it happened *').selectOption('home');
    await page.getByLabel('Address of the place (English) *').fill('3-88, Main Road, Tenali');
    await page.getByLabel('Permanent address (English) *').fill('3-88, Main Road, Tenali');
    await page.getByLabel("Informant's name (English) *").fill('Satya Rao');
    await page.getByLabel('Relation *').selectOption('relative');
    await page.getByLabel('Mobile number (WhatsApp) *').fill('9876566666');
    await page.getByLabel('Immediate cause').fill('Acute myocardial infarction');
    await page.getByLabel('ICD-10 code of the underlying cause').fill('i21');
    await page.getByLabel('ICD-10 code of the underlying cause').blur();
    expect(await errorUnder(page, 'ICD-10 code of the underlying cause')).toBe(
      'An ICD-10 code, written like A00 or A00.0.',
    );
    await page.getByLabel('ICD-10 code of the underlying cause').fill('I21');
    await page.getByLabel('Form', { exact: true }).selectOption('4A');
    await page.getByLabel('Certifying medical practitioner').fill('Dr. K. Ramana');
    await page.getByLabel('Certified on').fill(daysAgo(3));
    await page.getByRole('button', { name: 'Submit the declaration' }).click();
    await page.waitForURL(/#\/register\/death\/[0-9a-f-]{36}$/);
    const recordId = page.url().split('/').pop() ?? '';

    const cause = await patra.request<{
      causeOfDeath: { immediateCause: string; icd10Underlying: string };
    }>('GET', `/api/v1/records/${recordId}/cause-of-death`, { token });
    expect(cause.body.causeOfDeath).toMatchObject({
      immediateCause: 'Acute myocardial infarction',
      icd10Underlying: 'I21',
    });
    expect(JSON.stringify(await recordOf(recordId))).not.toContain('myocardial');
    await page.context().close();
  });
  it('confirms the Telugu spelling Patra proposed, from the step before registration', async () => {
    const declaration = sampleBirth({ mobile: '+91 98765 77777', childName: null });
    const declared = await patra.request<{ recordId: string }>('POST', '/api/v1/declarations', {
      token,
      body: {
        eventType: 'birth',
        declaration: { ...declaration, child: { name: { en: 'Sai Kumar' }, sex: 'male' } },
      },
    });
    const recordId = declared.body.recordId;

    const page = await openPortal();
    await page.goto(`${patra.url}/#/register/birth/${recordId}`);
    await page.getByRole('link', { name: 'Confirm the spellings' }).click();
    await page.getByLabel('Whose name *').selectOption('child.name');
    const proposed = await page.getByLabel("Child's name (Telugu)").inputValue();
    expect(proposed).toMatch(/^[\u0C00-\u0C7F ]+$/);
    await page.getByRole('button', { name: 'Enter the change' }).click();
    await page.getByTestId('change-answer').waitFor();

    const view = await recordOf(recordId);
    expect(view.history.map((entry) => entry.action)).toContain('confirm-name');
    expect(view.declaration).toMatchObject({ child: { name: { en: 'Sai Kumar', te: proposed } } });
    await page.context().close();
  });
});
