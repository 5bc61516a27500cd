import { z } from 'zod';
import type { Sql } from '../db/db.ts';
import { recordTemplateStatus } from './template-states.ts';

/** The value of a `message_template_status_update` change (contract §2.2). */
const TemplateStatusUpdateSchema = z.object({
  event: z.string().describe('APPROVED, PAUSED, DISABLED, REJECTED, FLAGGED, REINSTATED ...'),
  message_template_name: z.string(),
  message_template_language: z.string(),
  reason: z.string().nullish(),
});

/**
 * Takes a template status change Meta reports and makes it the template's state at once:
 * a PAUSED or DISABLED template is refused by every sender from the next send on and shows on
 * /healthz; APPROVED or REINSTATED brings it back and makes the sends it held due at once.
 * Returns false for a value it cannot read.
 */
export async function applyTemplateStatusUpdate(sql: Sql, value: unknown): Promise<boolean> {
  const update = TemplateStatusUpdateSchema.safeParse(value);
  if (!update.success) return false;

  const { event, message_template_name: name, message_template_language: language, reason } = update.data;
  const status = event.toUpperCase() === 'REINSTATED' ? 'APPROVED' : event;
  await recordTemplateStatus(sql, { name, language, status, reason: reason && reason !== 'NONE' ? reason : undefined });
  if (status.toUpperCase() === 'APPROVED') await resumeHeldSends(sql, { name, language });

  return true;
}

/** Sends held back while the template was paused are due again at once. */
async function resumeHeldSends(sql: Sql, template: { name: string; language: string }): Promise<void> {
  await sql.query(
    `update outbox set run_after = now()
     where done_at is null and dead_at is null and run_after > now()
       and payload->>'messageId' in (
         select id::text from wa_messages where template_name = $1 and language = $2 and status = 'queued')`,
    [template.name, template.language],
  );
}
