import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONVERSATION_TEXT } from '../../messages/whatsapp.ts';
import { createLogger } from '../../shared/logger.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.ts';
import { eraseMessageBodies } from '../erase-message-bodies.ts';
import { receiveMessages } from './receive-messages.ts';
import type { ConversationSettings } from './turn.ts';

let test: TestDatabase;
let serial = 0;
const log = createLogger('silent');
const settings: ConversationSettings = {
  retentionDays: 90,
  publicBaseUrl: 'http://localhost:3000',
  defaultUnitCode: 'TNL-M',
};

beforeAll(async () => {
  test = await createTestDatabase();
});

afterAll(async () => test.drop());

function textMessage(
  from: { from?: string; from_user_id?: string },
  body: string,
  type = 'text',
): Record<string, unknown> {
  serial += 1;

  return {
    ...from,
    id: `wamid.test-${serial}-${Date.now()}`,
    timestamp: '1764836400',
    type,
    ...(type === 'text' ? { text: { body } } : {}),
  };
}

async function receive(messages: unknown[], contacts: unknown[] = []): Promise<number> {
  return receiveMessages(test.db, { messages, contacts, receivedAt: new Date(), settings }, log);
}

async function repliesTo(
  recipient: string,
): Promise<{ kind: string; content: { type: string; body?: string } }[]> {
  return test.db.query(
    'select kind, content from wa_messages where to_wa_id = $1 order by created_at',
    [recipient],
  );
}

describe('incoming messages', () => {
  it('answers a message delivered twice at the same moment once', async () => {
    const message = textMessage({ from: '919848011111' }, 'Hi');

    const counts = await Promise.all([receive([message]), receive([message]), receive([message])]);

    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(1);
    expect(await repliesTo('919848011111')).toHaveLength(1);
  });

  it('answers every message of a batch, from several people', async () => {
    const messages = [
      textMessage({ from: '919848022221' }, 'Hi'),
      textMessage({ from: '919848022222' }, 'Hello'),
      textMessage({ from: '919848022221' }, 'menu'),
    ];

    expect(await receive(messages)).toBe(3);
    expect(await repliesTo('919848022221')).toHaveLength(2);
    expect(await repliesTo('919848022222')).toHaveLength(1);
  });

  it('answers an unsupported type politely with the menu, and a reaction not at all', async () => {
    await receive([
      textMessage({ from: '919848033333' }, '', 'audio'),
      textMessage({ from: '919848033333' }, '', 'reaction'),
    ]);
    await receive([
      {
        ...textMessage({ from: '919848033333' }, '', 'unknown'),
        errors: [{ code: 130501, title: 'Unsupported message type' }],
      },
    ]);

    const replies = await repliesTo('919848033333');
    expect(replies).toHaveLength(2);
    expect(replies.map((reply) => reply.content.type)).toEqual(['list', 'list']);
    expect(replies[1]?.content.body?.startsWith(CONVERSATION_TEXT.unsupported.te)).toBe(true);
  });

  it('accepts a sender known only by a business-scoped user id and answers to it', async () => {
    const bsuid = 'IN.13491208655302741918';

    await receive(
      [textMessage({ from_user_id: bsuid }, 'Hi')],
      [{ profile: { name: 'Citizen' }, user_id: bsuid }],
    );

    const [contact] = await test.db.query<{ contact_key: string; wa_id: string | null }>(
      'select contact_key, wa_id from wa_contacts where user_id = $1',
      [bsuid],
    );
    expect(contact).toEqual({ contact_key: `bsuid:${bsuid}`, wa_id: null });
    expect((await repliesTo(bsuid)).map((reply) => reply.content.type)).toEqual(['list']);
  });

  it('puts the privacy notice in the first reply to a number only', async () => {
    await receive([textMessage({ from: '919848044444' }, 'Hi')]);
    await receive([textMessage({ from: '919848044444' }, 'Hi')]);

    const [first, second] = await repliesTo('919848044444');
    expect(first?.content.body?.startsWith(CONVERSATION_TEXT.privacyNotice(90).en)).toBe(true);
    expect(second?.content.body).toBe(CONVERSATION_TEXT.menuBody.en);
  });

  it('skips a message without an id or a sender', async () => {
    expect(
      await receive([
        { type: 'text', text: { body: 'x' } },
        { id: 'wamid.nobody', type: 'text' },
      ]),
    ).toBe(0);
  });
});

describe('one-time codes', () => {
  function tap(from: string, id: string): Record<string, unknown> {
    serial += 1;

    return {
      from,
      id: `wamid.tap-${serial}-${Date.now()}`,
      timestamp: '1764836400',
      type: 'interactive',
      interactive: { type: 'list_reply', list_reply: { id, title: id } },
    };
  }

  it('gives a chat at most three codes a day, answering the fourth request without sending one', async () => {
    const from = '919848077777';
    await receive([textMessage({ from }, 'Hi')]);
    for (let i = 0; i < 3; i += 1) {
      await test.db.query(
        "insert into wa_one_time_codes (id, contact_key, code_hash, expires_at) values (gen_random_uuid(), $1, 'x', now())",
        [from],
      );
    }

    await receive([tap(from, 'another-record')]);
    await receive([textMessage({ from }, 'B-2026:28-90001-000001')]);
    await receive([textMessage({ from }, '03-12-2026')]);

    const replies = await repliesTo(from);
    expect(replies.at(-1)?.content.body).toBe(CONVERSATION_TEXT.tooManyCodes.en);
    const [codes] = await test.db.query<{ n: number }>(
      'select count(*)::int as n from wa_one_time_codes where contact_key = $1',
      [from],
    );
    expect(codes?.n).toBe(3);
  });
});

describe('retention', () => {
  it('erases message bodies after the retention and keeps the delivery records', async () => {
    await receive([textMessage({ from: '919848055555' }, 'My private words')]);
    await test.db.query(
      "update wa_messages set status = 'read', wa_message_id = 'wamid.erase-1' where to_wa_id = '919848055555'",
    );
    const later = new Date(Date.now() + 91 * 24 * 60 * 60 * 1000);

    const erased = await eraseMessageBodies(test.db, { retentionDays: 90, now: later });

    expect(erased.inbound).toBeGreaterThan(0);
    const inbound = await test.db.query<{ content: unknown; type: string }>(
      "select content, type from wa_inbound_messages where contact_key = '919848055555'",
    );
    expect(inbound).toEqual([{ content: null, type: 'text' }]);
    const [reply] = await test.db.query<{
      content: unknown;
      wa_message_id: string;
      status: string;
    }>("select content, wa_message_id, status from wa_messages where to_wa_id = '919848055555'");
    expect(reply).toEqual({ content: null, wa_message_id: 'wamid.erase-1', status: 'read' });
  });

  it('keeps bodies younger than the retention', async () => {
    await receive([textMessage({ from: '919848066666' }, 'Recent words')]);

    await eraseMessageBodies(test.db, { retentionDays: 90 });

    const [inbound] = await test.db.query<{ content: { text: { body: string } } }>(
      "select content from wa_inbound_messages where contact_key = '919848066666'",
    );
    expect(inbound?.content.text.body).toBe('Recent words');
  });
});
