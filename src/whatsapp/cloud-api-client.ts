import { isRetryable } from './cloud-api-errors.ts';

/** An outbound call's result: a value, or why it failed and whether to try again. */
export type CallResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: string; code?: number; details?: string; httpStatus?: number; retryable: boolean };

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
      { method: 'POST', body: JSON.stringify({ messaging_product: 'whatsapp', ...body }), json: true },
    );
    if (!result.ok) return result;

    const waMessageId = result.value.messages?.[0]?.id;
    if (!waMessageId) return { ok: false, reason: 'response without a message id', retryable: false };

    return { ok: true, value: { waMessageId, waId: result.value.contacts?.[0]?.wa_id } };
  }

  async #call<T>(path: string, request: { method: string; body: string | FormData; json?: boolean }): Promise<CallResult<T>> {
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
      return { ok: false, reason: `network: ${(error as Error).message}`, retryable: true };
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
    };
  }
}
