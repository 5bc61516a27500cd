import { isRecord } from './json-fields.ts';
import type { JsonObject } from './json-fields.ts';

interface Change {
  field: string;
  value: JsonObject;
}

/**
 * Merges webhook payloads that fell due together into one envelope, the way Meta batches
 * (contract §2.5): every status goes into one `messages` change with several `statuses`,
 * and every other change (inbound messages, template updates) follows in a second entry,
 * one change each. Status order within the batch is kept.
 */
export function mergeWebhookPayloads(payloads: unknown[]): JsonObject {
  const changes = payloads.flatMap(changesOf);
  const entryId = changes[0]?.entryId ?? '';
  const statusChanges = changes.filter((c) => isStatusOnly(c.change));
  const otherChanges = changes.filter((c) => !isStatusOnly(c.change));
  const entries: JsonObject[] = [];

  const [firstStatus] = statusChanges;
  if (firstStatus !== undefined) {
    const statuses = statusChanges.flatMap((c) => c.change.value['statuses'] as unknown[]);
    const value = { ...firstStatus.change.value, statuses };
    entries.push({ id: entryId, changes: [{ field: 'messages', value }] });
  }

  if (otherChanges.length > 0) {
    entries.push({ id: entryId, changes: otherChanges.map((c) => c.change) });
  }

  return { object: 'whatsapp_business_account', entry: entries };
}

function changesOf(payload: unknown): { entryId: string; change: Change }[] {
  const entries = isRecord(payload) && Array.isArray(payload['entry']) ? payload['entry'] : [];

  return entries.flatMap((entry: unknown) => {
    if (!isRecord(entry) || !Array.isArray(entry['changes'])) return [];

    const entryId = String(entry['id']);

    return (entry['changes'] as unknown[])
      .filter((change): change is Change => isRecord(change) && isRecord(change['value']))
      .map((change) => ({ entryId, change }));
  });
}

function isStatusOnly(change: Change): boolean {
  return change.field === 'messages' && Array.isArray(change.value['statuses']) && change.value['messages'] === undefined;
}
