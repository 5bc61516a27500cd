import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordView } from '../src/registry/describe-record.ts';
import { indiaDate } from '../src/shared/india-time.ts';
import { requireTool } from '../test/support/external-tool.ts';
import { citizenPhone } from '../test/support/citizen-phone.ts';
import { folded } from '../test/support/pdf-readers.ts';
import { startTestPatra, type TestPatra } from '../test/support/test-patra.ts';

const hasReaders = requireTool('pdftotext', 'poppler-utils');

let patra: TestPatra;
let token: string;

beforeAll(async () => {
  patra = await startTestPatra();
  token = await patra.signIn('tnl-m');
}, 120_000);

afterAll(async () => patra.close());

interface TemplateBody {
  to: string;
  template: {
    name: string;
    language: { code: string };
    components: { parameters: { text?: string; document?: { id: string; filename: string } }[] }[];
  };
}

const yesterday = (): string => indiaDate(new Date(Date.now() - 86_400_000));

interface Deceased {
  en: string;
  te: string;
}

const RAMAIAH = { en: 'Ramaiah Kondaveeti', te: 'కొండవీటి రామయ్య' };

function death(mobile: string, language: 'te' | 'en', name: Deceased): Record<string, unknown> {
  return {
    eventType: 'death',
    declaration: {
      deceased: {
        name,
        sex: 'male',
        age: { years: 71 },
      },
      death: {
        date: yesterday(),
        time: '04:10',
        place: { type: 'facility', facilityId: 'TNL-GDH' },
      },
      spouse: { name: { en: 'Anasuya Kondaveeti' } },
      permanentAddress: { en: '3-88, Main Road, Kolakaluru', pincode: '522324' },
      informant: {
        name: { en: 'Venkata Srinivas Kondaveeti' },
        relation: 'relative',
        mobile,
        language,
      },
    },
    statistical: { occupation: 'Farmer', medicalAttention: 'institutional' },
    causeOfDeath: {
      form: '4',
      immediateCause: 'Acute myocardial infarction',
      icd10Underlying: 'I21.9',
      certifiedBy: 'Dr P. Rao',
      certifiedOn: yesterday(),
    },
  };
}

async function registerDeath(mobile: string, language: 'te' | 'en', name: Deceased = RAMAIAH) {
  const declared = await patra.request<{ recordId: string }>('POST', '/api/v1/declarations', {
    token,
    body: death(mobile, language, name),
  });
  expect(declared.status).toBe(201);
  const { recordId } = declared.body;
  const registered = await patra.request<{ registrationNumber: string; certificateId: string }>(
    'POST',
    `/api/v1/records/${recordId}/registration`,
    { token },
  );
  expect(registered.status).toBe(201);

  return { recordId, ...registered.body };
}

async function receiveTemplate(waId: string): Promise<{ body: TemplateBody; pdf: Buffer }> {
  const standin = patra.standin;
  if (!standin) throw new Error('the tests run with the stand-in');
  const message = await standin.waitForMessage(
    (m) => m.to === waId && (m.body as { type?: string }).type === 'template',
    20_000,
  );
  const body = message.body as unknown as TemplateBody;
  const documentId = body.template.components[0]?.parameters[0]?.document?.id ?? '';

  return { body, pdf: standin.mediaBytes(documentId) ?? Buffer.alloc(0) };
}

async function waitForDelivery(recordId: string, wanted: string): Promise<RecordView> {
  for (let i = 0; i < 100; i += 1) {
    const view = await patra.request<RecordView>('GET', `/api/v1/records/${recordId}`, { token });
    if (view.body.certificates[0]?.deliveries[0]?.status === wanted) return view.body;
    await new Promise((done) => setTimeout(done, 50));
  }

  return (await patra.request<RecordView>('GET', `/api/v1/records/${recordId}`, { token })).body;
}

describe('a registered death reaches the informant on WhatsApp as Form 6', () => {
  it('sends death_certificate_ready with the PDF, which names the deceased and the D number, and never the cause', async () => {
    const { recordId, registrationNumber, certificateId } = await registerDeath(
      '+91 90000 52345',
      'en',
    );
    expect(registrationNumber).toMatch(/^D-\d{4}:28-90001-\d{6}$/);
    expect(certificateId).toMatch(/^[0-9a-f-]{36}$/);

    const { body, pdf } = await receiveTemplate('919000052345');
    expect(body.template.name).toBe('death_certificate_ready');
    expect(body.template.language.code).toBe('en');
    expect(body.template.components[1]?.parameters.map((p) => p.text)).toEqual([
      'Ramaiah Kondaveeti',
      registrationNumber,
    ]);
    expect(body.template.components[0]?.parameters[0]?.document?.filename).toMatch(
      /^Death_Certificate_D-\d{4}_28-90001-\d{6}\.pdf$/,
    );
    expect(JSON.stringify(body)).not.toMatch(/myocardial|I21/i);

    if (hasReaders) {
      const text = folded(
        spawnSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).stdout,
      );
      expect(text).toContain('Ramaiah Kondaveeti');
      expect(text).toContain(registrationNumber);
      expect(text).toContain('DEATH CERTIFICATE');
      expect(text).not.toMatch(/myocardial|infarction|I21/i);
    }

    const view = await waitForDelivery(recordId, 'delivered');
    expect(view.certificates[0]).toMatchObject({ form: 'form6', status: 'in_force' });
    expect(view.certificates[0]?.deliveries[0]?.status).toMatch(/^(delivered|read)$/);
  }, 40_000);

  it("greets a Telugu informant in Telugu with the deceased's Telugu name", async () => {
    const name = { en: 'Subbamma Gorantla', te: 'గోరంట్ల సుబ్బమ్మ' };
    const { registrationNumber } = await registerDeath('+91 90000 52346', 'te', name);

    const { body } = await receiveTemplate('919000052346');
    expect(body.template).toMatchObject({
      name: 'death_certificate_ready',
      language: { code: 'te' },
    });
    expect(body.template.components[1]?.parameters.map((p) => p.text)).toEqual([
      'గోరంట్ల సుబ్బమ్మ',
      registrationNumber,
    ]);
  }, 40_000);

  it('revokes Form 6 and sends a corrected one when the entry is corrected', async () => {
    const name = { en: 'Narayana Pothula', te: 'పోతుల నారాయణ' };
    const { recordId, certificateId } = await registerDeath('+91 90000 52347', 'en', name);
    await receiveTemplate('919000052347');
    await waitForDelivery(recordId, 'delivered');

    const corrected = await patra.request<{ certificateId: string }>(
      'POST',
      `/api/v1/records/${recordId}/corrections`,
      {
        token,
        body: {
          kind: 'clerical',
          changes: [
            { field: 'deceased.name', value: { en: 'Narayanaswamy Pothula', te: 'పోతుల నారాయణస్వామి' } },
          ],
          reason: 'spelling as in the Aadhaar card',
          evidence: [{ kind: 'document', reference: 'Aadhaar card copy, file 7/2026' }],
        },
      },
    );
    expect(corrected.status).toBeLessThan(300);

    const standin = patra.standin;
    const second = await standin?.waitForMessage(
      (m) => m.to === '919000052347' && JSON.stringify(m.body).includes('Narayanaswamy Pothula'),
      20_000,
    );
    expect(second).toBeDefined();
    const view = (await patra.request<RecordView>('GET', `/api/v1/records/${recordId}`, { token }))
      .body;
    expect(view.certificates.find((c) => c.id === certificateId)?.status).toBe('superseded');
    expect(view.certificates.filter((c) => c.status === 'in_force')).toHaveLength(1);
  }, 40_000);

  it('lets the informant ask for Form 6 again in the chat, under "My death certificates"', async () => {
    const name = { en: 'Seshagiri Rao Vemuri', te: 'వేమూరి శేషగిరి రావు' };
    const { recordId, registrationNumber } = await registerDeath('+91 90000 52348', 'en', name);
    await receiveTemplate('919000052348');
    const standin = patra.standin;
    if (!standin) throw new Error('the tests run with the stand-in');
    const phone = citizenPhone(standin, '919000052348');

    await phone.say({ text: 'Hi' });
    const list = await phone.say({ interactiveReplyId: 'menu:death' });
    expect(list.choices).toContain(`cert:${recordId}`);
    expect(list.titles).toContain(registrationNumber);
    const copy = await phone.say({ interactiveReplyId: `cert:${recordId}` });
    expect(copy.type).toBe('document');
    expect(copy.message.body).toMatchObject({
      document: { filename: expect.stringMatching(/^Death_Certificate_D-/) as unknown },
    });
  }, 60_000);
});
