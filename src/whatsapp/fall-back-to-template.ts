import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/db.ts';
import { enqueue } from '../jobs/outbox.ts';
import type { EventType } from '../registry/load-record-for.ts';
import { certificateTemplateName } from './certificate-template.ts';

/**
 * A free-form certificate copy refused because the person's 24-hour window is closed (131047)
 * goes again as its event type's utility template (`certificate_ready`, `death_certificate_ready`, ...) with the PDF in its header, which
 * needs no window (contract §2.1: never resend the free-form payload). Queues the template
 * send once per refused message. Returns false for messages that carry no certificate: a
 * text or menu has no template to switch to, and simply fails.
 */
export async function fallBackToTemplate(sql: Sql, messageId: string): Promise<boolean> {
  const [message] = await sql.query<{ record_id: string | null; certificate_id: string | null; to_wa_id: string; language: string; template_name: string | null; event_type: EventType | null }>(
    `select m.record_id, m.certificate_id, m.to_wa_id, m.language, m.template_name, r.event_type
     from wa_messages m left join records r on r.id = m.record_id where m.id = $1`,
    [messageId],
  );
  if (!message?.certificate_id || !message.record_id || !message.event_type || message.template_name) return false;

  const id = randomUUID();
  const inserted = await sql.query(
    `insert into wa_messages (id, record_id, certificate_id, to_wa_id, kind, template_name, language, status, replaces_message_id)
     values ($1, $2, $3, $4, 'certificate', $7, $5, 'queued', $6)
     on conflict (replaces_message_id) where replaces_message_id is not null do nothing
     returning id`,
    [id, message.record_id, message.certificate_id, message.to_wa_id, message.language, messageId, certificateTemplateName(message.event_type)],
  );
  if (inserted.length > 0) await enqueue(sql, 'whatsapp.send-certificate', { messageId: id });

  return true;
}
