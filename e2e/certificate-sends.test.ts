import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBirth } from '../src/cli/sample-birth.ts';
import type { RecordView } from '../src/registry/describe-record.ts';
import { startTestPatra, type TestPatra } from '../test/support/test-patra.ts';

let patra: TestPatra;
let token: string;
let births = 0;

beforeAll(async () => {
  patra = await startTestPatra();
  token = await patra.signIn('tnl-m');
}, 120_000);

afterAll(async () => patra.close());

interface Send {
  sendId: string;
  status: string;
  isRepeat: boolean;
}

async function send(
  recordId: string,
  options: { body?: unknown; key?: string; token?: string } = {},
): Promise<{
  status: number;
  body: Send & { error?: { code: string; issues: { field: string }[] } };
}> {
  const response = await fetch(`${patra.url}/api/v1/records/${recordId}/certificate/sends`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${options.token ?? token}`,
      'content-type': 'application/json',
      ...(options.key ? { 'idempotency-key': options.key } : {}),
    },
    body: JSON.stringify(options.body ?? {}),
  });

  return { status: response.status, body: (await response.json()) as never };
}

async function view(recordId: string): Promise<RecordView> {
  return (await patra.request<RecordView>('GET', `/api/v1/records/${recordId}`, { token })).body;
}

async function until(
  recordId: string,
  isDone: (record: RecordView) => boolean,
): Promise<RecordView> {
  for (let i = 0; i < 200; i += 1) {
    const record = await view(recordId);
    if (isDone(record)) return record;
    await new Promise((done) => setTimeout(done, 50));
  }

  return view(recordId);
}

/** A registered birth (each with its own mother) whose first certificate has been delivered. */
async function deliveredBirth(mobile: string): Promise<string> {
  births += 1;
  const birth = {
    ...sampleBirth({ mobile }),
    mother: { name: { en: `Sends Mother ${'x'.repeat(births)}` } },
  };
  const registered = await patra.request<{ recordId: string }>('POST', '/api/v1/births', {
    token,
    body: birth,
  });
  expect(registered.status).toBe(201);
  const { recordId } = registered.body;
  await until(recordId, (record) => record.certificates[0]?.deliveries[0]?.status === 'read');

  return recordId;
}

/** Waits until the send has reached the phone (sent, delivered or read, as the webhooks say). */
async function untilArrived(recordId: string, sendId: string): Promise<RecordView> {
  return until(recordId, (record) =>
    (record.certificates[0]?.deliveries ?? []).some(
      (delivery) =>
        delivery.id === sendId && ['sent', 'delivered', 'read'].includes(delivery.status),
    ),
  );
}

const templatesTo = (waId: string): number =>
  (patra.standin?.messages() ?? []).filter(
    (m) => m.to === waId && (m.body as { type?: string }).type === 'template',
  ).length;

describe('a registrar re-sends the certificate in force', () => {
  it('queues it to the informant, writes the send to the history and shows its delivery', async () => {
    const recordId = await deliveredBirth('+91 90000 61001');

    const sent = await send(recordId);
    expect(sent).toMatchObject({ status: 202, body: { status: 'queued', isRepeat: false } });

    const record = await until(
      recordId,
      (r) =>
        r.certificates[0]?.deliveries.some(
          (d) => d.id === sent.body.sendId && d.status === 'read',
        ) ?? false,
    );
    expect(record.certificates[0]?.deliveries).toEqual([
      expect.objectContaining({
        kind: 'certificate',
        status: 'read',
        to: expect.stringMatching(/1001$/) as unknown,
      }),
      expect.objectContaining({ id: sent.body.sendId, status: 'read', errorCode: null }),
    ]);
    expect(record.history.map((entry) => entry.action)).toContain('resend-certificate');
    expect(templatesTo('919000061001')).toBe(2);
  }, 40_000);

  it('answers the same Idempotency-Key, and a second request within minutes, with the same send', async () => {
    const recordId = await deliveredBirth('+91 90000 61002');

    const first = await send(recordId, { key: 'portal-click-1' });
    const again = await send(recordId, { key: 'portal-click-1' });
    const soon = await send(recordId, { key: 'portal-click-2' });
    expect(first.status).toBe(202);
    expect(again.body).toMatchObject({ sendId: first.body.sendId, isRepeat: true });
    expect(soon.body).toMatchObject({ sendId: first.body.sendId, isRepeat: true });

    const record = await untilArrived(recordId, first.body.sendId);
    await new Promise((done) => setTimeout(done, 500));
    expect(record.certificates[0]?.deliveries).toHaveLength(2);
    expect(templatesTo('919000061002')).toBe(2);
  }, 40_000);

  it('sends to another linked number, and refuses a number not linked to the record', async () => {
    const recordId = await deliveredBirth('+91 90000 61003');

    const unlinked = await send(recordId, { body: { waId: '919000061999' } });
    expect(unlinked).toMatchObject({ status: 422, body: { error: { code: 'VALIDATION_FAILED' } } });
    expect(unlinked.body.error?.issues.map((issue) => issue.field)).toEqual(['waId']);

    const linked = await patra.request('POST', `/api/v1/records/${recordId}/contacts`, {
      token,
      body: {
        add: [{ role: 'father', mobile: '+91 90000 61004' }],
        reason: "the father's number, asked at the counter",
      },
    });
    expect(linked.status).toBe(201);
    const toFather = await send(recordId, { body: { waId: '+91 90000 61004' } });
    expect(toFather.status).toBe(202);
    await untilArrived(recordId, toFather.body.sendId);
    expect(templatesTo('919000061004')).toBe(1);
  }, 40_000);
});
