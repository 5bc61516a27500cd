import type { Sql } from '../db/db.ts';

export interface SendError {
  code?: number;
  httpStatus?: number;
  details?: string;
  reason: string;
  retryable: boolean;
}

/**
 * Keeps one error a message met, in order, with its code and details (contract §2.4: branch
 * on code and details). `source` says where it came from: the send's response, a `failed`
 * status webhook, or the sender itself (a network failure, a send held back by a limit).
 */
export async function recordSendError(
  sql: Sql,
  messageId: string,
  error: SendError & { source?: 'response' | 'webhook' | 'sender' },
): Promise<void> {
  const source = error.source ?? (error.httpStatus === undefined ? 'sender' : 'response');
  await sql.query(
    `insert into wa_message_errors (message_id, source, code, http_status, details, is_retryable)
     values ($1, $2, $3, $4, $5, $6)`,
    [messageId, source, error.code ?? null, error.httpStatus ?? null, describe(error), error.retryable],
  );
}

function describe(error: SendError): string {
  return error.details && error.details !== error.reason ? `${error.reason}: ${error.details}` : error.reason;
}
