import { z } from 'zod';
import type { Db } from '../db/db.ts';
import type { Logger } from '../shared/logger.ts';
import { enqueue } from '../jobs/outbox.ts';
import { recordStatus } from './apply-statuses.ts';
import { receiveMessages } from './conversation/receive-messages.ts';
import type { ConversationSettings } from './conversation/turn.ts';
import { applyTemplateStatusUpdate } from './apply-template-status-update.ts';
import { reactToFailedDelivery, type FailedDelivery } from './react-to-failed-delivery.ts';

const StatusSchema = z.object({
  id: z.string(),
  status: z.string(),
  timestamp: z.string(),
  recipient_id: z.string().optional(),
  errors: z.array(z.object({ code: z.number().int(), title: z.string().optional(), error_data: z.object({ details: z.string() }).partial().optional() })).optional(),
});

const EnvelopeSchema = z.object({
  object: z.string(),
  entry: z.array(
    z.object({
      id: z.string(),
      changes: z.array(
        z.object({
          field: z.string(),
          value: z
            .object({
              statuses: z.array(z.unknown()).optional(),
              messages: z.array(z.unknown()).optional(),
              errors: z.array(z.unknown()).optional(),
            })
            .passthrough(),
        }),
      ),
    }),
  ),
});

const DELIVERY_STATUSES = new Set(['sent', 'delivered', 'read', 'failed']);
const TEMPLATE_STATUS_FIELD = 'message_template_status_update';
/** A failure whose send is not recorded yet is looked at again after this long. */
const FAILURE_RECHECK_DELAY_MS = 2_000;

/**
 * Processes one stored webhook body: every entry, change and status in it. Statuses move the
 * messages they name (monotonically); citizen messages are answered by the conversation
 * (when its settings are given), each once. A body that is not a Cloud API envelope is kept
 * with the reason and not retried. Returns how many statuses were applied.
 */
export async function processWebhook(
  db: Db,
  inboxId: number,
  log: Logger,
  conversation?: ConversationSettings,
): Promise<number> {
  const [row] = await db.query<{ body: Buffer; processed_at: Date | null; received_at: Date }>(
    'select body, processed_at, received_at from webhook_inbox where id = $1',
    [inboxId],
  );
  if (!row || row.processed_at) return 0;

  const envelope = EnvelopeSchema.safeParse(parseJson(row.body));
  if (!envelope.success) {
    await markProcessed(db, inboxId, 'not a Cloud API webhook envelope');
    log.warn({ inboxId }, 'webhook body is not a Cloud API envelope');

    return 0;
  }

  let applied = 0;
  for (const change of envelope.data.entry.flatMap((entry) => entry.changes)) {
    if (change.field === TEMPLATE_STATUS_FIELD) {
      if (!(await applyTemplateStatusUpdate(db, change.value))) log.warn({ inboxId }, 'template status update unreadable');
      continue;
    }
    applied += await applyStatuses(db, { statuses: change.value.statuses ?? [], receivedAt: row.received_at }, log);
    if (change.value.messages?.length && conversation) {
      const contacts = Array.isArray(change.value['contacts']) ? (change.value['contacts'] as unknown[]) : [];
      await receiveMessages(db, { messages: change.value.messages, contacts, receivedAt: row.received_at, settings: conversation }, log);
    }
  }
  await markProcessed(db, inboxId, null);

  return applied;
}

async function applyStatuses(db: Db, batch: { statuses: unknown[]; receivedAt: Date }, log: Logger): Promise<number> {
  let applied = 0;
  for (const item of batch.statuses) {
    const status = StatusSchema.safeParse(item);
    if (!status.success || !DELIVERY_STATUSES.has(status.data.status)) {
      log.warn({ status: status.success ? status.data.status : 'malformed' }, 'status skipped');
      continue;
    }

    const error = status.data.errors?.[0];
    await recordStatus(db, {
      waMessageId: status.data.id,
      status: status.data.status as 'sent' | 'delivered' | 'read' | 'failed',
      occurredAt: /^\d{9,11}$/.test(status.data.timestamp) ? new Date(Number(status.data.timestamp) * 1000) : batch.receivedAt,
      errorCode: error?.code,
      errorDetails: error?.error_data?.details ?? error?.title,
    });
    if (status.data.status === 'failed') {
      await reactToFailure(db, { waMessageId: status.data.id, code: error?.code, details: error?.error_data?.details ?? error?.title });
    }
    applied += 1;
  }

  return applied;
}

/** Acts on a failed delivery now, or shortly when its send is not recorded yet. */
async function reactToFailure(db: Db, failure: FailedDelivery): Promise<void> {
  if (await reactToFailedDelivery(db, failure)) return;

  await enqueue(db, 'whatsapp.failed-delivery', failure, { runAfter: new Date(Date.now() + FAILURE_RECHECK_DELAY_MS) });
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

async function markProcessed(db: Db, inboxId: number, error: string | null): Promise<void> {
  await db.query('update webhook_inbox set processed_at = now(), error = $2 where id = $1', [inboxId, error]);
}
