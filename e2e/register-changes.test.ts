import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKeyring } from '../src/certificates/keys.ts';
import { sampleBirth } from '../src/cli/sample-birth.ts';
import { verifyHistory } from '../src/registry/verify-history.ts';
import { startTestPatra, type TestPatra } from '../test/support/test-patra.ts';

const INFORMANT = '+91 98765 22222';

let patra: TestPatra;
let token: string;

beforeAll(async () => {
  patra = await startTestPatra();
  token = await patra.signIn('tnl-m');
}, 60_000);

afterAll(async () => patra.close());

async function certificatesOf(recordId: string, count: number): Promise<{ id: string; status: string }[]> {
  for (let i = 0; i < 600; i += 1) {
    const rows = await patra.db.query<{ id: string; status: string }>(
      'select id, status from certificates where record_id = $1 order by issued_at, id', [recordId]);
    if (rows.length >= count) return rows;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`fewer than ${count} certificates were issued`);
}

describe('a birth registered without a name, then named', () => {
  it('masks the Aadhaar, finds the record by a spelling variant, and sends the reissued certificate to the informant', async () => {
    const birth = sampleBirth({ childName: null, mobile: INFORMANT });
    const body = { ...birth, mother: { ...(birth.mother as object), aadhaar: '2345 6789 0124' } };
    const registered = await patra.request<{ recordId: string; registrationNumber: string }>('POST', '/api/v1/births', { body, token });
    expect(registered.status).toBe(201);
    const { recordId, registrationNumber } = registered.body;
    const [first] = await certificatesOf(recordId, 1);

    const record = await patra.request<{ aadhaarMasked: Record<string, string> }>('GET', `/api/v1/records/${recordId}`, { token });
    expect(record.body.aadhaarMasked).toEqual({ mother: 'XXXXXXXX0124' });
    expect(JSON.stringify(record.body)).not.toContain('234567890124');

    const found = await patra.request<{ records: { id: string }[] }>(
      'GET', `/api/v1/records?name=${encodeURIComponent('Sreenivas Kondaviti')}&number=${encodeURIComponent(registrationNumber)}`, { token });
    expect(found.body.records.map((item) => item.id)).toEqual([recordId]);

    const named = await patra.request<{ certificateId: string }>('POST', `/api/v1/records/${recordId}/name`, {
      body: { name: { en: 'Sri Lakshmi', te: 'శ్రీ లక్ష్మి' } }, token });
    expect(named.status).toBe(201);

    const certificates = await certificatesOf(recordId, 2);
    // Both may be issued within one second (issued_at has whole seconds): compare without order.
    expect(certificates).toHaveLength(2);
    expect(certificates).toEqual(expect.arrayContaining([{ id: first?.id, status: 'superseded' }, { id: named.body.certificateId, status: 'in_force' }]));
    for (let i = 0; i < 600; i += 1) {
      const sends = await patra.db.query('select 1 from wa_messages where certificate_id = $1 and to_wa_id = $2', [named.body.certificateId, '919876522222']);
      if (sends.length > 0) break;
      await new Promise((done) => setTimeout(done, 50));
    }
    const sends = await patra.db.query<{ to_wa_id: string }>('select to_wa_id from wa_messages where certificate_id = $1', [named.body.certificateId]);
    expect(sends.map((send) => send.to_wa_id)).toEqual(['919876522222']);
  }, 60_000);

  it('does not let the registrar of another unit see or change the record, nor find it by number', async () => {
    const registered = await patra.request<{ recordId: string; registrationNumber: string }>('POST', '/api/v1/births', { body: sampleBirth(), token });
    const other = await patra.signIn('tnl-gp-ang');

    const correction = await patra.request('POST', `/api/v1/records/${registered.body.recordId}/corrections`, {
      body: { kind: 'clerical', reason: 'x', evidence: [{ kind: 'document', reference: 'y' }], changes: [{ field: 'child.sex', value: 'male' }] },
      token: other,
    });
    const search = await patra.request<{ records: unknown[] }>('GET', `/api/v1/records?number=${encodeURIComponent(registered.body.registrationNumber)}`, { token: other });

    expect(correction.status).toBe(404);
    expect(search.body.records).toEqual([]);
  });
});

describe('Form 10 on request', () => {
  const request = (name: string) => ({
    eventType: 'birth',
    person: { name: { en: name }, sex: 'male' },
    mother: { name: { en: 'Padma Gummadi' } },
    statedEvent: { date: '1996-03-14', place: { en: 'Tenali' } },
    yearsSearched: { from: 1995, to: 1997 },
    applicant: { name: { en: 'Ravi Gummadi' }, appliedOn: '2026-12-01' },
  });

  it('issues a signed PDF when the search finds nothing, and refuses when it finds the entry', async () => {
    const missing = await fetch(`${patra.url}/api/v1/non-availability-certificates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(request('Ravi Gummadi')),
    });
    const pdf = Buffer.from(await missing.arrayBuffer());
    const [stored] = await patra.db.query<{ number: string; payload: string }>('select number, payload from non_availability_certificates');

    const birth = sampleBirth({ childName: { en: 'Sai Kumar', te: 'సాయి కుమార్' } });
    await patra.request('POST', '/api/v1/births', { body: birth, token });
    const year = Number(String((birth.birth as { date: string }).date).slice(0, 4));
    const found = await patra.request<{ error: { code: string } }>('POST', '/api/v1/non-availability-certificates', {
      body: { ...request('Sai Kumar'), yearsSearched: { from: year, to: year } }, token });

    expect(missing.status).toBe(201);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(stored?.number).toMatch(/^N-\d{4}:28-90001-000001$/);
    expect(stored?.payload).toContain('~N~');
    expect(found.status).toBe(409);
    expect(found.body.error.code).toBe('RECORD_EXISTS');
  });
});

describe('history checkpoints', () => {
  it('signs a checkpoint at start, which the audit accepts', async () => {
    let rows: { key_id: string }[] = [];
    for (let i = 0; i < 200 && rows.length === 0; i += 1) {
      rows = await patra.db.query<{ key_id: string }>('select key_id from history_checkpoints');
      if (rows.length === 0) await new Promise((done) => setTimeout(done, 50));
    }
    const result = await verifyHistory(patra.db, loadKeyring({ dataDir: patra.config.dataDir }));

    expect(rows.map((row) => row.key_id)).toEqual([expect.stringMatching(/^dev-[0-9a-f]{8}$/)]);
    expect(result).toMatchObject({ ok: true, checkpoints: 1 });
  });
});
