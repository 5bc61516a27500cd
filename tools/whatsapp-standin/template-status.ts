import type { StandinContext } from './context.ts';
import type { TemplateStatus } from './types.ts';
import { templateStatusEnvelope } from './webhook-payloads.ts';

/**
 * Changes a template translation's status (contract §2.2) and notifies Patra with a
 * `message_template_status_update` webhook. Later sends of a PAUSED or DISABLED template fail
 * with 132015 or 132016. Throws when no such template exists.
 */
export async function setTemplateStatus(
  ctx: StandinContext,
  change: { name: string; language: string; status: TemplateStatus },
): Promise<void> {
  const template = ctx.templates.setStatus(change.name, change.language, change.status);
  if (template === undefined) {
    throw new Error(`no template ${change.name} in ${change.language}`);
  }

  const payload = templateStatusEnvelope(ctx.business, template, Math.floor(ctx.clock() / 1000));
  await ctx.dispatcher.deliver(payload, 'template_status');
}
