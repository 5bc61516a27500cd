import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKeyring } from '../src/certificates/keys.ts';
import { jobHandlers } from '../src/jobs/handlers.ts';
import { createLogger } from '../src/shared/logger.ts';
import { eventually, sendingFixture, type SendingFixture } from '../test/support/sending-fixture.ts';
import { startTestPatra, type TestPatra } from '../test/support/test-patra.ts';

let patra: TestPatra;
let token: string;
let f: SendingFixture;

beforeAll(async () => {
  patra = await startTestPatra();
  token = await patra.signIn();
  f = sendingFixture(patra, token);
});

afterAll(async () => {
  await patra.close();
});

describe('informant not reachable', () => {
  it('puts the record in the registrar queue when the number is not on WhatsApp (131026 after a 200)', async () => {
    f.standin.failNext({ to: '7000000101', code: 131026, async: true });
    const recordId = await f.register('7000000101');

    const item = await eventually(async () => (await f.queueItems()).find((i) => i.recordId === recordId));
    const [message] = await f.messagesOf(recordId);

    expect(item).toMatchObject({ kind: 'informant-not-reachable', contact: 'xxxxxxxx0101', details: { code: 131026 } });
    expect(message).toMatchObject({ status: 'failed', error_code: 131026 });
    expect(await f.errorsOf(message?.id ?? '')).toEqual([{ code: 131026, source: 'webhook', is_retryable: false }]);
  });

  it('does the same when the send is refused at once, without retrying', async () => {
    f.standin.failNext({ to: '7000000102', code: 131026 });
    const recordId = await f.register('7000000102');

    await eventually(async () => (await f.queueItems()).find((i) => i.recordId === recordId));
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    expect(f.sentTo('7000000102')).toHaveLength(0);
    expect((await f.messagesOf(recordId))[0]).toMatchObject({ status: 'failed', error_code: 131026 });
  });
});

describe('retries', () => {
  it('retries a 131000 with backoff, keeping each error on the message, and sends once', async () => {
    f.standin.failNext({ to: '7000000201', code: 131000, details: 'upstream hiccup' });
    f.standin.failNext({ to: '7000000201', code: 130429 });
    const recordId = await f.register('7000000201');

    await f.standin.waitForMessage((m) => m.to === '917000000201', 15_000);
    const [message] = await f.messagesOf(recordId);

    expect(f.sentTo('7000000201')).toHaveLength(1);
    expect(await f.errorsOf(message?.id ?? '')).toEqual([
      { code: 131000, source: 'response', is_retryable: true },
      { code: 130429, source: 'response', is_retryable: true },
    ]);
  });

  it('never retries a permanent error; the dead letter is listed, replayed once fixed, and never replayed after acceptance', async () => {
    f.standin.failNext({ to: '7000000301', code: 132000, details: 'body: number of localizable_params (2) does not match' });
    const recordId = await f.register('7000000301');
    const letter = await eventually(async () => {
      const listed = await patra.request<{ deadLetters: { id: number; recordId: string; lastError: string; to: string }[] }>('GET', '/api/v1/dead-letters', { token });

      return listed.body.deadLetters.find((l) => l.recordId === recordId);
    });
    const otherUnit = await patra.request<{ deadLetters: unknown[] }>('GET', '/api/v1/dead-letters', { token: await patra.signIn('tnl-gp-klk') });

    const replay = await patra.request<{ messageStatus: string }>('POST', `/api/v1/dead-letters/${letter.id}/replay`, { token });
    await f.standin.waitForMessage((m) => m.to === '917000000301', 10_000);
    await eventually(async () => (['accepted', 'sent', 'delivered', 'read'].includes((await f.messagesOf(recordId))[0]?.status ?? '') ? true : undefined));
    const done = await patra.request<{ error: { code: string } }>('POST', `/api/v1/dead-letters/${letter.id}/replay`, { token });
    await patra.db.query('update outbox set dead_at = now() where id = $1', [letter.id]);
    const acknowledged = await patra.request<{ error: { code: string } }>('POST', `/api/v1/dead-letters/${letter.id}/replay`, { token });

    expect(letter.lastError).toContain('132000');
    expect(letter.to).toBe('xxxxxxxx0301');
    expect(otherUnit.body.deadLetters.some((l) => (l as { recordId: string }).recordId === recordId)).toBe(false);
    expect(replay.status).toBe(200);
    expect(replay.body.messageStatus).toBe('queued');
    expect(done.status).toBe(404);
    expect(acknowledged.status).toBe(409);
    expect(acknowledged.body.error.code).toBe('ALREADY_SENT');
    expect(f.sentTo('7000000301')).toHaveLength(1);
  });

  it('fails a send whose last attempt fails, and queues the record for the registrar', async () => {
    f.standin.failNext({ to: '7000000401', code: 131000 });
    f.standin.failNext({ to: '7000000401', code: 131000 });
    const recordId = await f.register('7000000401');
    const [message] = await eventually(async () => {
      const rows = await f.messagesOf(recordId);

      return rows[0] && (await f.errorsOf(rows[0].id)).length === 1 ? rows : undefined;
    });
    const handlers = jobHandlers({ db: patra.db, certificates: { keyring: loadKeyring(patra.config), publicBaseUrl: '' }, whatsapp: f.clientWith('standin-access-token') });

    const outcome = await handlers['whatsapp.send-certificate'](
      { id: 0, kind: 'whatsapp.send-certificate', payload: { messageId: message?.id ?? '' }, attempts: 8 },
      createLogger('silent'),
      { isLastAttempt: true },
    );

    expect(outcome).toMatchObject({ type: 'dead', reason: expect.stringContaining('retries exhausted') as unknown });
    expect((await f.messagesOf(recordId))[0]?.status).toBe('failed');
    expect((await f.queueItems()).some((i) => i.recordId === recordId)).toBe(true);
  });
});
