import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import type { CallResult, CloudApiClient } from './cloud-api-client.ts';
import { queueMessage, sendMessage, type QueuedMessage } from './send-message.ts';

let test: TestDatabase;
let sent: Record<string, unknown>[] = [];
let serial = 0;

/** A Cloud API that accepts every send and remembers its body. */
const acceptingClient = {
  sendMessage: (body: Record<string, unknown>): Promise<CallResult<{ waMessageId: string }>> => {
    sent.push(body);
    serial += 1;

    return Promise.resolve({ ok: true, value: { waMessageId: `wamid.send-message-${serial}` } });
  },
} as unknown as CloudApiClient;

beforeAll(async () => {
  test = await createTestDatabase();
});

afterAll(async () => test.drop());

async function queued(message: QueuedMessage): Promise<string> {
  return test.db.transaction((tx) => queueMessage(tx, message));
}

async function row(
  id: string,
): Promise<{
  status: string;
  content: unknown;
  wa_message_id: string | null;
  error_details: string | null;
}> {
  const [found] = await test.db.query<{
    status: string;
    content: unknown;
    wa_message_id: string | null;
    error_details: string | null;
  }>('select status, content, wa_message_id, error_details from wa_messages where id = $1', [id]);
  if (!found) throw new Error('message missing');

  return found;
}

describe('free-form sends through the outbox', () => {
  it("queues a message with its job in the caller's transaction and sends it as the Cloud API body", async () => {
    sent = [];
    const id = await queued({
      to: '919848070001',
      language: 'en',
      content: { type: 'buttons', body: 'Pick', buttons: [{ id: 'a', title: 'A' }] },
    });
    const [job] = await test.db.query<{ kind: string; payload: { messageId: string } }>(
      "select kind, payload from outbox where payload->>'messageId' = $1",
      [id],
    );

    const outcome = await sendMessage(test.db, acceptingClient, id);

    expect(job).toEqual({ kind: 'whatsapp.send-message', payload: { messageId: id } });
    expect(outcome).toEqual({
      status: 'accepted',
      waMessageId: expect.stringMatching(/^wamid\./) as unknown,
    });
    expect(sent).toEqual([
      {
        recipient_type: 'individual',
        to: '919848070001',
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: 'Pick' },
          action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
        },
      },
    ]);
    expect((await row(id)).status).toBe('accepted');
  });

  it('addresses a citizen known only by a business-scoped user id with `recipient`', async () => {
    sent = [];
    const id = await queued({
      to: 'IN.abc123',
      language: 'te',
      content: { type: 'text', body: 'నమస్కారం' },
    });

    await sendMessage(test.db, acceptingClient, id);

    expect(sent[0]).toMatchObject({ recipient: 'IN.abc123', type: 'text' });
    expect(sent[0]).not.toHaveProperty('to');
  });

  it('sends nothing to a number that wrote STOP, except the confirmation of STOP', async () => {
    sent = [];
    await test.db.query(
      "insert into wa_contacts (contact_key, wa_id, language, opted_out_at) values ('919848070002', '919848070002', 'en', now())",
    );
    const reply = await queued({
      to: '919848070002',
      language: 'en',
      content: { type: 'text', body: 'menu' },
    });
    const confirmation = await queued({
      to: '919848070002',
      language: 'en',
      kind: 'opt-out-confirmation',
      content: { type: 'text', body: 'stopped' },
    });

    expect(await sendMessage(test.db, acceptingClient, reply)).toEqual({
      status: 'skipped',
      reason: 'opted out',
    });
    expect((await sendMessage(test.db, acceptingClient, confirmation)).status).toBe('accepted');
    expect(sent.map((body) => (body['text'] as { body: string }).body)).toEqual(['stopped']);
    expect(await row(reply)).toMatchObject({
      status: 'failed',
      error_details: 'the recipient opted out (STOP)',
    });
  });

  it('never sends twice a message whose send was interrupted: it becomes unknown', async () => {
    sent = [];
    const id = await queued({
      to: '919848070003',
      language: 'en',
      content: { type: 'text', body: 'x' },
    });
    await test.db.query("update wa_messages set status = 'sending' where id = $1", [id]);

    expect(await sendMessage(test.db, acceptingClient, id)).toEqual({ status: 'ambiguous' });
    expect(await sendMessage(test.db, acceptingClient, id)).toEqual({ status: 'already-done' });
    expect(sent).toEqual([]);
    expect((await row(id)).status).toBe('unknown');
  });

  it('erases a one-time code from the message once Meta has accepted it', async () => {
    sent = [];
    const id = await queued({
      to: '919848070004',
      language: 'te',
      kind: 'one-time-code',
      content: {
        type: 'template',
        name: 'one_time_code',
        bodyParameters: ['482913'],
        buttonParameters: ['482913'],
        isSecret: true,
      },
    });

    await sendMessage(test.db, acceptingClient, id);

    expect(sent[0]).toMatchObject({
      type: 'template',
      template: {
        name: 'one_time_code',
        language: { code: 'te' },
        components: [{ type: 'body' }, { type: 'button', sub_type: 'url', index: '0' }],
      },
    });
    expect(await row(id)).toMatchObject({ status: 'accepted', content: null });
  });

  it('refuses for good a template send that fails the registry check, without calling the Cloud API', async () => {
    sent = [];
    const id = await queued({
      to: '919848070005',
      language: 'en',
      content: { type: 'template', name: 'one_time_code', bodyParameters: [''] },
    });

    const outcome = await sendMessage(test.db, acceptingClient, id);

    expect(outcome.status).toBe('failed');
    expect(sent).toEqual([]);
  });
});
