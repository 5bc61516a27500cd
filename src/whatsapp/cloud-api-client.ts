import { isRetryable, minimumRetryDelayMs } from './cloud-api-errors.ts';

/** An outbound call's result: a value, or why it failed and whether to try again. */
export type CallResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      reason: string;
      code?: number;
      details?: string;
      httpStatus?: number;
      retryable: boolean;
      /** The least wait before another try, when the failure says (a pair rate, a paused template). */
      retryAfterMs?: number;
      /** The request may have reached the Cloud API (a timeout, a reset): a send must not be repeated. */
      isAmbiguous?: boolean;
    };

export interface CloudApiOptions {
  graphUrl: string;
  version: string;
  token: string;
  phoneNumberId: string;
  fetch?: typeof fetch;
}

interface GraphErrorBody {
  error?: { message?: string; code?: number; error_data?: { details?: string } };
}

const REQUEST_TIMEOUT_MS = 15_000;

/**
 * A thin typed client for the WhatsApp Business Cloud API (the Graph API's messages and media
 * endpoints). The same code talks to Meta and to the local stand-in; only `graphUrl` and the
 * token differ. Expected failures come back as values, never as exceptions.
 */
export class CloudApiClient {
  readonly #options: CloudApiOptions;
  readonly #fetch: typeof fetch;

  constructor(options: CloudApiOptions) {
    this.#options = options;
    this.#fetch = options.fetch ?? fetch;
  }

  /** Uploads a file for later sends by id (media ids live 30 days). */
  async uploadMedia(file: { bytes: Buffer; filename: string; mimeType: string }): Promise<CallResult<{ id: string }>> {
    const form = new FormData();
    form.set('messaging_product', 'whatsapp');
    form.set('type', file.mimeType);
    form.set('file', new Blob([file.bytes], { type: file.mimeType }), file.filename);

    return this.#call<{ id: string }>(`${this.#options.phoneNumberId}/media`, { method: 'POST', body: form });
  }

  /** Sends one message (template, text, document, interactive); the body is the Cloud API's. */
  async sendMessage(body: Record<string, unknown>): Promise<CallResult<{ waMessageId: string; waId?: string }>> {
    const result = await this.#call<{ contacts?: { wa_id?: string }[]; messages?: { id: string }[] }>(
      `${this.#options.phoneNumberId}/messages`,
      { method: 'POST', body: JSON.stringify({ messaging_product: 'whatsapp', ...body }), json: true, isSend: true },
    );
    if (!result.ok) return result;

    const waMessageId = result.value.messages?.[0]?.id;
    if (!waMessageId) return { ok: false, reason: 'response without a message id', retryable: false };

    return { ok: true, value: { waMessageId, waId: result.value.contacts?.[0]?.wa_id } };
  }

  /**
   * Fetches a file a citizen sent (webhook media ids live 7 days): retrieves its short-lived
   * URL (5 minutes), then downloads it with the token (contract §1.6).
   */
  async downloadMedia(mediaId: string): Promise<CallResult<{ bytes: Buffer; mimeType: string }>> {
    const path = `${encodeURIComponent(mediaId)}?phone_number_id=${this.#options.phoneNumberId}`;
    const located = await this.#call<{ url?: string; mime_type?: string }>(path, { method: 'GET' });
    if (!located.ok) return located;
    if (!located.value.url) return { ok: false, reason: 'media without a download URL', retryable: false };

    try {
      const response = await this.#fetch(located.value.url, {
        headers: { authorization: `Bearer ${this.#options.token}` },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      if (!response.ok) return { ok: false, reason: `download HTTP ${response.status}`, httpStatus: response.status, retryable: true };

      const mimeType = response.headers.get('content-type') ?? located.value.mime_type ?? 'application/octet-stream';

      return { ok: true, value: { bytes: Buffer.from(await response.arrayBuffer()), mimeType } };
    } catch (error) {
      return { ok: false, reason: `network: ${(error as Error).message}`, retryable: true };
    }
  }

  async #call<T>(
    path: string,
    request: { method: string; body?: string | FormData; json?: boolean; isSend?: boolean },
  ): Promise<CallResult<T>> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.#options.token}` };
    if (request.json) headers['content-type'] = 'application/json';

    let response: Response;
    try {
      response = await this.#fetch(`${this.#options.graphUrl}/${this.#options.version}/${path}`, {
        method: request.method,
        headers,
        body: request.body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      return networkFailure(error, request.isSend === true);
    }

    const body = (await response.json().catch(() => ({}))) as T & GraphErrorBody;
    if (response.ok) return { ok: true, value: body };

    const code = body.error?.code;

    return {
      ok: false,
      reason: body.error?.message ?? `HTTP ${response.status}`,
      code,
      details: body.error?.error_data?.details,
      httpStatus: response.status,
      retryable: isRetryable(code, response.status),
      retryAfterMs: minimumRetryDelayMs(code),
    };
  }
}

/** Errors that prove the request never left: safe to try again, even for a send. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * A failed request without an answer. Uploads and downloads are simply retried. For a send, a
 * refused connection or unknown host never reached the Cloud API and is retryable; a timeout
 * or a reset may have been accepted there, so it is ambiguous: retrying could deliver twice.
 */
function networkFailure(error: unknown, isSend: boolean): Extract<CallResult<never>, { ok: false }> {
  const code = (error as { cause?: { code?: string } }).cause?.code;
  const reason = `network: ${(error as Error).message}${code ? ` (${code})` : ''}`;
  if (!isSend || (code && NOT_SENT_CODES.has(code))) return { ok: false, reason, retryable: true };

  return { ok: false, reason, retryable: true, isAmbiguous: true };
}
