import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Standin } from './types.ts';
import {
  CITIZEN,
  graph,
  send,
  startTestStandin,
  TEST_IDS,
  upload,
  uploadPdf,
} from './test-support.ts';

let standin: Standin;
let pdfId: string;

beforeAll(async () => {
  standin = await startTestStandin();
  pdfId = await uploadPdf(standin);
});

afterAll(async () => {
  await standin.close();
});

type Component = Record<string, unknown>;

function template(name: string, language: string, components: Component[]) {
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to: CITIZEN,
    type: 'template',
    template: { name, language: { code: language }, components },
  };
}

function header(documentId = pdfId): Component {
  return {
    type: 'header',
    parameters: [{ type: 'document', document: { id: documentId, filename: 'cert.pdf' } }],
  };
}

function body(...texts: string[]): Component {
  return { type: 'body', parameters: texts.map((text) => ({ type: 'text', text })) };
}

const REG_NO = 'B-2026:28-90001-000001';

async function expectError(payload: unknown, code: number, details?: string | RegExp) {
  const response = await send(standin, payload);
  const error = response.body['error'] as Record<string, unknown>;

  expect(response.status).toBe(400);
  expect(error).toMatchObject({ type: 'OAuthException', code });
  expect(error['message']).toMatch(new RegExp(`^\\(#${code}\\) `));
  expect(typeof error['fbtrace_id']).toBe('string');
  expect(error['error_data']).toMatchObject({ messaging_product: 'whatsapp' });
  if (details !== undefined)
    expect((error['error_data'] as { details: string }).details).toMatch(details);
}

describe('template sends', () => {
  it('accepts certificate_ready (te): PDF header, 2 params, no window needed', async () => {
    const response = await send(
      standin,
      template('certificate_ready', 'te', [header(), body('అన్విత', REG_NO)]),
    );

    expect(response.status).toBe(200);
    expect(response.body['contacts']).toEqual([{ input: CITIZEN, wa_id: CITIZEN }]);
  });

  it('accepts one_time_code in English with the code in the body and the copy button', async () => {
    const response = await send(
      standin,
      template('one_time_code', 'en', [
        body('482913'),
        {
          type: 'button',
          sub_type: 'url',
          index: '0',
          parameters: [{ type: 'text', text: '482913' }],
        },
      ]),
    );

    expect(response.status).toBe(200);
  });

  it('rejects an unknown template name with 132001 naming name and language', async () => {
    await expectError(
      template('cert_ready', 'te', [body('a', 'b')]),
      132001,
      'template name (cert_ready) does not exist in te',
    );
  });

  it('rejects a known template in a language it has no translation for with 132001', async () => {
    await expectError(
      template('certificate_ready', 'en_US', [header(), body('a', 'b')]),
      132001,
      'template name (certificate_ready) does not exist in en_US',
    );
  });

  it('rejects a wrong body parameter count with 132000 naming the body', async () => {
    await expectError(
      template('certificate_ready', 'en', [header(), body('newborn')]),
      132000,
      'body: number of localizable_params (1) does not match the expected number of params (2)',
    );
  });

  it('rejects a missing document header with 132000 naming the header', async () => {
    await expectError(
      template('certificate_ready', 'en', [body('newborn', REG_NO)]),
      132000,
      'header: number of localizable_params (0) does not match the expected number of params (1)',
    );
  });

  it('rejects a one-time code without its button param with 132000', async () => {
    await expectError(
      template('one_time_code', 'te', [body('482913')]),
      132000,
      /^button at index 0: /,
    );
  });

  it.each([
    ['a newline', 'Anvitha\nKumari'],
    ['a tab', 'Anvitha\tKumari'],
    ['five spaces in a row', 'Anvitha     Kumari'],
  ])('rejects a text parameter with %s with 132018', async (_what, text) => {
    await expectError(
      template('certificate_ready', 'en', [header(), body(text, REG_NO)]),
      132018,
      /new-line/,
    );
  });

  it('allows four spaces in a row', async () => {
    const response = await send(
      standin,
      template('certificate_ready', 'en', [header(), body('a    b', REG_NO)]),
    );

    expect(response.status).toBe(200);
  });

  it('rejects an empty text parameter with 100', async () => {
    await expectError(
      template('certificate_ready', 'en', [header(), body('', REG_NO)]),
      100,
      /missing a text value/,
    );
  });

  it('rejects a document header that is not a PDF with 132012', async () => {
    const png = await upload(standin, {
      bytes: Buffer.from('png'),
      mimeType: 'image/png',
      filename: 'a.png',
    });

    await expectError(
      template('certificate_ready', 'en', [
        header(String(png.body['id'])),
        body('newborn', REG_NO),
      ]),
      132012,
      /must be a PDF/,
    );
  });

  it('rejects a document header whose media id was never uploaded with 131009', async () => {
    await expectError(
      template('certificate_ready', 'en', [header('999'), body('newborn', REG_NO)]),
      131009,
    );
  });
});

describe('template registry', () => {
  it('lists the seeded templates in Meta’s shape, bodies in Telugu and English', async () => {
    const response = await graph(standin, `/v23.0/${TEST_IDS.businessAccountId}/message_templates`);
    const data = response.body['data'] as Array<Record<string, unknown>>;

    expect(response.status).toBe(200);
    expect(data.map((t) => `${String(t['name'])}/${String(t['language'])}`).sort()).toEqual([
      'certificate_ready/en',
      'certificate_ready/te',
      'death_certificate_ready/en',
      'death_certificate_ready/te',
      'one_time_code/en',
      'one_time_code/te',
      'still_birth_extract_ready/en',
      'still_birth_extract_ready/te',
    ]);
    const teluguCertificate = data.find(
      (t) => t['name'] === 'certificate_ready' && t['language'] === 'te',
    );
    expect(teluguCertificate).toMatchObject({
      status: 'APPROVED',
      category: 'UTILITY',
      id: expect.stringMatching(/^\d+$/) as unknown,
    });
    expect(JSON.stringify(teluguCertificate?.['components'])).toMatch(/జనన ధృవీకరణ పత్రం/);
  });

  it('filters by name', async () => {
    const response = await graph(
      standin,
      `/v23.0/${TEST_IDS.businessAccountId}/message_templates?name=one_time`,
    );

    expect((response.body['data'] as unknown[]).length).toBe(2);
  });

  it('fails paused (132015) and disabled (132016) templates until approved again', async () => {
    const payload = template('certificate_ready', 'en', [header(), body('newborn', REG_NO)]);

    await standin.setTemplateStatus('certificate_ready', 'en', 'PAUSED');
    await expectError(payload, 132015);
    await standin.setTemplateStatus('certificate_ready', 'en', 'DISABLED');
    await expectError(payload, 132016);
    await standin.setTemplateStatus('certificate_ready', 'en', 'APPROVED');

    expect((await send(standin, payload)).status).toBe(200);
  });
});
