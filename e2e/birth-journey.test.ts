import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBirth } from '../src/cli/sample-birth.ts';
import type { RecordView } from '../src/registry/describe-record.ts';
import { requireTool } from '../test/support/external-tool.ts';
import { startTestPatra, type TestPatra } from '../test/support/test-patra.ts';

const hasReaders = requireTool('pdftoppm', 'poppler-utils') && requireTool('zbarimg', 'zbar-tools') && requireTool('pdftotext', 'poppler-utils');

let patra: TestPatra;
let token: string;

beforeAll(async () => {
  patra = await startTestPatra();
  token = await patra.signIn('tnl-m');
});

afterAll(async () => patra.close());

interface TemplateBody {
  to: string;
  type: string;
  template: {
    name: string;
    language: { code: string };
    components: { type: string; parameters: { type: string; text?: string; document?: { id: string; filename: string } }[] }[];
  };
}

/** Registers the sample birth and waits for the stand-in to receive its certificate_ready template. */
async function registerAndReceive(mobile: string): Promise<{ recordId: string; registrationNumber: string; body: TemplateBody; pdf: Buffer }> {
  const registered = await patra.request<{ recordId: string; registrationNumber: string }>('POST', '/api/v1/births', { body: sampleBirth({ mobile }), token });
  expect(registered.status).toBe(201);

  const standin = patra.standin;
  if (!standin) throw new Error('the tests run with the stand-in');
  const waId = `91${mobile.replace(/\D/g, '').slice(-10)}`;
  const message = await standin.waitForMessage((m) => m.to === waId && (m.body as { type?: string }).type === 'template', 20_000);
  const body = message.body as unknown as TemplateBody;
  const documentId = body.template.components[0]?.parameters[0]?.document?.id ?? '';
  const pdf = standin.mediaBytes(documentId) ?? Buffer.alloc(0);

  return { ...registered.body, body, pdf };
}

async function recordView(recordId: string): Promise<RecordView> {
  return (await patra.request<RecordView>('GET', `/api/v1/records/${recordId}`, { token })).body;
}

async function waitForDelivery(recordId: string, wanted: string): Promise<RecordView> {
  for (let i = 0; i < 100; i += 1) {
    const view = await recordView(recordId);
    if (view.certificates[0]?.deliveries[0]?.status === wanted) return view;
    await new Promise((done) => setTimeout(done, 50));
  }

  return recordView(recordId);
}

function decodeQr(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'patra-qr-'));
  writeFileSync(join(dir, 'certificate.pdf'), pdf);
  execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', join(dir, 'certificate.pdf'), join(dir, 'page')]);

  try {
    return execFileSync('zbarimg', ['--raw', '-q', join(dir, 'page.png')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a registered birth reaches the informant on WhatsApp', () => {
  it('sends certificate_ready in Telugu with the PDF as its document, to the number in wa_id form', async () => {
    const { registrationNumber, body, pdf } = await registerAndReceive('+91 98765 43210');

    expect(body.to).toBe('919876543210');
    expect(body.template.name).toBe('certificate_ready');
    expect(body.template.language.code).toBe('te');
    expect(body.template.components[1]?.parameters.map((p) => p.text)).toEqual(['కొండవీటి శ్రీ లక్ష్మీ', registrationNumber]);
    expect(body.template.components[0]?.parameters[0]?.document?.filename).toMatch(/^Birth_Certificate_B-\d{4}_28-90001-\d{6}\.pdf$/);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.skipIf(!hasReaders)('prints a QR that a phone decodes to the verify page, which says GENUINE; one changed character is INVALID', async () => {
    const { registrationNumber, pdf } = await registerAndReceive('9876500001');

    const url = decodeQr(pdf);
    expect(url.startsWith(`${patra.config.publicBaseUrl ?? 'http://localhost:'}`)).toBe(true);
    const path = url.slice(url.indexOf('/verify/'));
    const genuine = await patra.request<{ verdict: string; fields: { registrationNumber: string } }>('GET', path, { token: undefined });
    const page = await fetch(`${patra.url}${path}`, { headers: { accept: 'application/json' } });
    const verdict = (await page.json()) as { verdict: string; fields: { registrationNumber: string; nameEn: string } };
    expect(genuine.status).toBe(200);
    expect(verdict).toMatchObject({ verdict: 'GENUINE', fields: { registrationNumber, nameEn: 'Sri Lakshmi Kondaveeti' } });

    const html = await (await fetch(`${patra.url}${path}`)).text();
    expect(html).toContain('data-verdict="GENUINE"');
    expect(html).toContain('ఈ ధ్రువపత్రం నిజమైనది');

    const tampered = path.replace('Sri+Lakshmi', 'Sri+Laksmi');
    const forged = (await (await fetch(`${patra.url}${tampered}`, { headers: { accept: 'application/json' } })).json()) as { verdict: string };
    expect(forged).toMatchObject({ verdict: 'INVALID' });
  });

  it.skipIf(!hasReaders)('keeps the Telugu text as text: pdftotext gives back the same Unicode', async () => {
    const { pdf } = await registerAndReceive('9876500002');
    const text = spawnSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).stdout.normalize('NFC');

    for (const expected of ['కొండవీటి శ్రీ లక్ష్మీ', 'కొండవీటి దుర్గా భవాని', 'కొండవీటి వెంకట శ్రీనివాస్', 'తెనాలి పురపాలక సంఘం', 'ప్రభుత్వ జిల్లా ఆసుపత్రి, తెనాలి']) {
      expect(text).toContain(expected);
    }
  });

  it('records sent, delivered and read from the signed webhooks, and shows them in the API', async () => {
    const { recordId } = await registerAndReceive('9876500003');

    const view = await waitForDelivery(recordId, 'read');

    expect(view.certificates).toHaveLength(1);
    expect(view.certificates[0]).toMatchObject({ form: 'form5', status: 'in_force', deliveries: [{ to: 'xxxxxxxx0003', status: 'read' }] });
    // Every test registers the same sample birth, so the later ones are flagged as possible duplicates.
    const actions = view.history.map((entry) => entry.action).filter((action) => action !== 'flag-duplicate');
    expect(actions).toEqual(['register', 'certify', 'send-certificate']);
  });

  it('shows a record to its own unit only: another registrar gets 404 as for a missing one', async () => {
    const { recordId } = await registerAndReceive('9876500004');
    const otherToken = await patra.signIn('tnl-gp-ang');

    const response = await patra.request<{ error: { code: string } }>('GET', `/api/v1/records/${recordId}`, { token: otherToken });

    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('RECORD_NOT_FOUND');
  });

  it('answers 422 naming each bad field, and writes nothing', async () => {
    const before = await patra.db.query<{ n: number }>('select count(*)::int as n from records');
    const response = await patra.request<{ error: { code: string; issues: { field: string }[] } }>('POST', '/api/v1/births', {
      body: { ...sampleBirth(), mother: { name: { en: '' } }, informant: { ...(sampleBirth().informant as object), mobile: '123' } },
      token,
    });

    expect(response.status).toBe(422);
    expect(response.body.error.issues.map((issue) => issue.field).sort()).toEqual(['informant.mobile', 'mother.name.en']);
    expect(await patra.db.query('select count(*)::int as n from records')).toEqual(before);
  });

  it('refuses a registration without a session', async () => {
    const response = await patra.request<{ error: { code: string } }>('POST', '/api/v1/births', { body: sampleBirth() });

    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('UNAUTHENTICATED');
  });
});

describe('service surface', () => {
  it('is healthy and describes its API in OpenAPI 3', async () => {
    const health = await patra.request('GET', '/healthz');
    const docs = await patra.request<{ openapi: string; paths: Record<string, unknown> }>('GET', '/docs/json');

    expect(health).toEqual({ status: 200, body: { status: 'ok' } });
    expect(docs.body.openapi).toMatch(/^3\./);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/v1/births', '/webhooks/whatsapp', '/healthz']));
  });

  it('publishes the public key that verifies the certificates', async () => {
    const keys = await patra.request<{ keys: { kid: string; crv: string; status: string }[] }>('GET', '/.well-known/patra-keys.json');

    expect(keys.body.keys).toHaveLength(1);
    expect(keys.body.keys[0]).toMatchObject({ crv: 'Ed25519', status: 'active' });
    expect(keys.body.keys[0]?.kid).toMatch(/^dev-[0-9a-f]{8}$/);
  });
});
