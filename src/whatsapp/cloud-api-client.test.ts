import { describe, expect, it } from 'vitest';
import { CloudApiClient } from './cloud-api-client.ts';

function clientWhoseFetchFails(error: Error): CloudApiClient {
  return new CloudApiClient({
    graphUrl: 'http://127.0.0.1:9',
    version: 'v23.0',
    token: 'token',
    phoneNumberId: '106540352242922',
    fetch: () => Promise.reject(error),
  });
}

const withCause = (message: string, code: string): Error => Object.assign(new TypeError(message), { cause: { code } });

describe('a send that gets no answer', () => {
  it('is ambiguous after a timeout, so it is never sent twice', async () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');

    const result = await clientWhoseFetchFails(timeout).sendMessage({ to: '919876543210', type: 'text', text: { body: 'x' } });

    expect(result).toMatchObject({ ok: false, isAmbiguous: true });
  });

  it('is retried when the connection was refused: the request never left', async () => {
    const refused = withCause('fetch failed', 'ECONNREFUSED');

    const result = await clientWhoseFetchFails(refused).sendMessage({ to: '919876543210', type: 'text', text: { body: 'x' } });

    expect(result).toMatchObject({ ok: false, retryable: true });
    expect(result.ok ? undefined : result.isAmbiguous).toBeUndefined();
  });

  it('retries an upload after a timeout: a second upload delivers nothing to anyone', async () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');

    const result = await clientWhoseFetchFails(timeout).uploadMedia({ bytes: Buffer.from('%PDF-'), filename: 'a.pdf', mimeType: 'application/pdf' });

    expect(result).toMatchObject({ ok: false, retryable: true });
    expect(result.ok ? undefined : result.isAmbiguous).toBeUndefined();
  });
});
