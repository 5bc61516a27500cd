import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONVERSATION_TEXT } from '../src/messages/whatsapp.ts';
import type { Standin } from '../tools/whatsapp-standin/index.ts';
import { citizenPhone } from '../test/support/citizen-phone.ts';
import { importFixture } from '../test/support/ingest-fixture.ts';
import { startTestPatra, type TestPatra } from '../test/support/test-patra.ts';

let patra: TestPatra;
let standin: Standin;

beforeAll(async () => {
  patra = await startTestPatra();
  if (!patra.standin) throw new Error('the tests run with the stand-in');
  standin = patra.standin;
});

afterAll(async () => patra.close());

/** The informant's number on the first row of dd-mm-yyyy.csv (+91 98765 43210). */
const INFORMANT = '919876543210';
const LEGACY_NUMBER = 'TNL/B/2024/0101';
const T = CONVERSATION_TEXT;

describe('a legacy registration backfilled from a municipal file', () => {
  it('sends nothing at import; the citizen asks in the chat and the certificate arrives at the number on the record', async () => {
    const { report } = await importFixture(patra.db, 'dd-mm-yyyy.csv', { now: new Date() });
    const recordId = report[0]?.record_id ?? '';
    await new Promise((done) => setTimeout(done, 1_000));
    expect(standin.messages().filter((m) => m.to === INFORMANT)).toEqual([]);

    const phone = citizenPhone(standin, INFORMANT);
    await phone.say({ text: 'Hi' });
    const list = await phone.say({ interactiveReplyId: 'menu:birth' });
    expect(list.titles).toEqual([LEGACY_NUMBER, T.anotherRecord.te]);

    const notYet = await phone.say({ interactiveReplyId: `cert:${recordId}` });
    expect(notYet.text).toBe(T.notYetIssued.te);
    const pushed = await phone.next(30_000);
    expect(pushed.type).toBe('template');

    const copy = await phone.say({ interactiveReplyId: `cert:${recordId}` });
    expect(copy.type).toBe('document');
    expect(copy.text).toBe(T.documentCaption(LEGACY_NUMBER).te);
    const history = await patra.db.query<{ action: string; legal_basis: string }>(
      'select action, legal_basis from record_history where record_id = $1 order by seq',
      [recordId],
    );
    expect(history[0]).toEqual({
      action: 'register',
      legal_basis: expect.stringMatching(
        /^backfill from tenali-municipality file [0-9a-f]{64}$/,
      ) as unknown,
    });
    expect(history.map((entry) => entry.action)).toContain('certify');

    // The legacy number keeps its slashes, and the QR's verify link still reads it whole.
    const [certificate] = await patra.db.query<{ payload: string }>(
      'select payload from certificates where record_id = $1',
      [recordId],
    );
    const verified = await fetch(`${patra.url}/verify/${certificate?.payload ?? ''}`, {
      headers: { accept: 'application/json' },
    });
    expect(await verified.json()).toMatchObject({
      verdict: 'GENUINE',
      fields: { registrationNumber: LEGACY_NUMBER },
    });
  });
});
