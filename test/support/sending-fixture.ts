import { sampleBirth } from '../../src/cli/sample-birth.ts';
import { RateLimitedClient } from '../../src/whatsapp/rate-limited-client.ts';
import type { ReceivedMessage, Standin } from '../../tools/whatsapp-standin/index.ts';
import type { TestPatra } from './test-patra.ts';

export interface MessageRow {
  id: string;
  status: string;
  error_code: number | null;
  template_name: string | null;
  replaces_message_id: string | null;
}

export interface QueueItemView {
  kind: string;
  recordId: string;
  contact: string;
  details: { code: number | null };
}

/** What the WhatsApp sending tests do to a running Patra, signed in as Tenali's registrar. */
export interface SendingFixture {
  standin: Standin;
  register: (national: string) => Promise<string>;
  messagesOf: (recordId: string) => Promise<MessageRow[]>;
  errorsOf: (messageId: string) => Promise<{ code: number | null; source: string; is_retryable: boolean }[]>;
  queueItems: () => Promise<QueueItemView[]>;
  sentTo: (national: string) => ReceivedMessage[];
  clientWith: (accessToken: string) => RateLimitedClient;
}

/** Builds the fixture over a running test Patra and a registrar's token. */
export function sendingFixture(patra: TestPatra, token: string): SendingFixture {
  const standin = patra.standin;
  if (!standin) throw new Error('the tests run with the stand-in');

  return {
    standin,
    register: async (national) => {
      const response = await patra.request<{ recordId: string }>('POST', '/api/v1/births', { token, body: sampleBirth({ mobile: national }) });
      if (response.status !== 201) throw new Error(`registration answered ${response.status}`);

      return response.body.recordId;
    },
    messagesOf: (recordId) => patra.db.query<MessageRow>('select * from wa_messages where record_id = $1 order by created_at', [recordId]),
    errorsOf: (messageId) =>
      patra.db.query('select code, source, is_retryable from wa_message_errors where message_id = $1 order by id', [messageId]),
    queueItems: async () => (await patra.request<{ items: QueueItemView[] }>('GET', '/api/v1/queue', { token })).body.items,
    sentTo: (national) => standin.messages().filter((m) => m.to === `91${national}`),
    clientWith: (accessToken) =>
      new RateLimitedClient({
        graphUrl: standin.url, version: 'v23.0', token: accessToken, phoneNumberId: patra.config.whatsapp.phoneNumberId,
        sql: patra.db, limits: { messagesPerSecond: 80, pairBurst: 10 },
      }),
  };
}

/** Polls `probe` until it gives a value, failing after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
