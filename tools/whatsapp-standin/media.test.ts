import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Standin } from './types.ts';
import {
  graph,
  SAMPLE_PDF,
  startTestStandin,
  TEST_IDS,
  upload,
  uploadPdf,
  closeStarted,
} from './test-support.ts';

let standin: Standin | undefined;

afterEach(closeStarted);

function download(url: string, token?: string): Promise<Response> {
  return fetch(url, { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });
}

describe('media', () => {
  it('uploads, retrieves and downloads the same bytes with the token', async () => {
    standin = await startTestStandin();

    const mediaId = await uploadPdf(standin);
    const retrieved = await graph(
      standin,
      `/v23.0/${mediaId}?phone_number_id=${TEST_IDS.phoneNumberId}`,
    );
    const response = await download(String(retrieved.body['url']), TEST_IDS.accessToken);

    expect(mediaId).toMatch(/^\d{16}$/);
    expect(retrieved.body).toEqual({
      messaging_product: 'whatsapp',
      url: expect.stringMatching(
        new RegExp(`^${standin.url}/whatsapp_business/attachments/\\?mid=${mediaId}&`),
      ) as unknown,
      mime_type: 'application/pdf',
      sha256: createHash('sha256').update(SAMPLE_PDF).digest('hex'),
      file_size: String(SAMPLE_PDF.length),
      id: mediaId,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer()).equals(SAMPLE_PDF)).toBe(true);
    expect(standin.mediaBytes(mediaId)?.equals(SAMPLE_PDF)).toBe(true);
  });

  it('refuses a download without the token or with another one', async () => {
    standin = await startTestStandin();
    const mediaId = await uploadPdf(standin);
    const { body } = await graph(standin, `/v23.0/${mediaId}`);

    const anonymous = await download(String(body['url']));
    const wrong = await download(String(body['url']), 'not-the-token');

    expect(anonymous.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: 190 } });
  });

  it('answers 404 for a URL older than five minutes; a fresh retrieve works', async () => {
    let now = Date.parse('2026-03-01T10:00:00Z');
    standin = await startTestStandin({ clock: () => now });
    const mediaId = await uploadPdf(standin);
    const first = await graph(standin, `/v23.0/${mediaId}`);

    now += 5 * 60 * 1000 + 1000;
    const expired = await download(String(first.body['url']), TEST_IDS.accessToken);
    const second = await graph(standin, `/v23.0/${mediaId}`);
    const fresh = await download(String(second.body['url']), TEST_IDS.accessToken);

    expect(expired.status).toBe(404);
    expect(fresh.status).toBe(200);
  });

  it('deletes media, after which retrieve and download fail', async () => {
    standin = await startTestStandin();
    const mediaId = await uploadPdf(standin);
    const { body } = await graph(standin, `/v23.0/${mediaId}`);

    const deleted = await graph(
      standin,
      `/v23.0/${mediaId}/?phone_number_id=${TEST_IDS.phoneNumberId}`,
      { method: 'DELETE' },
    );
    const retrieved = await graph(standin, `/v23.0/${mediaId}`);
    const downloaded = await download(String(body['url']), TEST_IDS.accessToken);

    expect(deleted).toEqual({ status: 200, body: { success: true } });
    expect(retrieved.status).toBe(400);
    expect(retrieved.body).toMatchObject({ error: { code: 100 } });
    expect(downloaded.status).toBe(404);
  });

  it('rejects a MIME type WhatsApp does not take with 131053', async () => {
    standin = await startTestStandin();

    const response = await upload(standin, {
      bytes: Buffer.from('PK'),
      mimeType: 'application/zip',
      filename: 'a.zip',
    });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 131053 } });
  });

  it('rejects an image over 5 MB with 131053', async () => {
    standin = await startTestStandin();

    const response = await upload(standin, {
      bytes: Buffer.alloc(5 * 1024 * 1024 + 1),
      mimeType: 'image/jpeg',
      filename: 'big.jpg',
    });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 131053 } });
  });

  it('rejects an upload without messaging_product with 100', async () => {
    standin = await startTestStandin();
    const form = new FormData();
    form.set('file', new Blob([SAMPLE_PDF], { type: 'application/pdf' }), 'a.pdf');

    const response = await fetch(`${standin.url}/v23.0/${TEST_IDS.phoneNumberId}/media`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TEST_IDS.accessToken}` },
      body: form,
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 100 } });
  });

  it('checks phone_number_id on retrieve', async () => {
    standin = await startTestStandin();
    const mediaId = await uploadPdf(standin);

    const response = await graph(standin, `/v23.0/${mediaId}?phone_number_id=111111111111111`);

    expect(response.body).toMatchObject({ error: { code: 100 } });
  });

  it('serves the bytes on the stand-in path without a token', async () => {
    standin = await startTestStandin();
    const mediaId = await uploadPdf(standin);

    const response = await fetch(`${standin.url}/_standin/media/${mediaId}`);

    expect(Buffer.from(await response.arrayBuffer()).equals(SAMPLE_PDF)).toBe(true);
  });
});
