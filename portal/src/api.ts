/** One bad field of a request, as the server names it, in both languages. */
export interface FieldIssue {
  field: string;
  message: string;
  messageTe?: string;
}

/** A refused request: the server's code, its message in both languages, the bad fields. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly bilingual: { te: string; en: string };
  readonly issues: FieldIssue[];

  constructor(status: number, body: ErrorBody | undefined) {
    const message = body?.error.message ?? { te: 'సర్వర్ స్పందించలేదు', en: 'The server did not answer' };
    super(message.en);
    this.status = status;
    this.code = body?.error.code ?? 'NETWORK';
    this.bilingual = message;
    this.issues = body?.error.issues ?? [];
  }
}

interface ErrorBody {
  error: { code: string; message: { te: string; en: string }; issues: FieldIssue[] };
}

const TOKEN_KEY = 'patra.token';

/** The session token lives for this browser tab only: closing the tab signs out. */
export const sessionToken = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string): void => sessionStorage.setItem(TOKEN_KEY, token),
  clear: (): void => sessionStorage.removeItem(TOKEN_KEY),
};

let onSignedOut: () => void = () => {};

/** Tells the API client what to do when the server says the session is over. */
export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Calls Patra's JSON API with the session's bearer token. Throws ApiError with the server's
 * code and bilingual message; a 401 also ends the session in the portal.
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  const token = sessionToken.get();
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';

  const response = await fetch(path, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  }).catch(() => {
    throw new ApiError(0, undefined);
  });

  if (response.status === 401 && token) {
    sessionToken.clear();
    onSignedOut();
  }
  if (!response.ok) throw new ApiError(response.status, (await response.json().catch(() => undefined)) as ErrorBody | undefined);
  if (response.status === 204) return undefined as T;

  return (await response.json()) as T;
}
