import type { Sql } from '../db/db.ts';
import { listChannelAlerts } from './channel-alerts.ts';
import { listUnusableTemplates } from './template-states.ts';

/**
 * What stops the WhatsApp channel from working as set up, one sentence each (for operators,
 * on /healthz): a token the Cloud API refused, templates Meta paused or disabled. Empty when
 * all is well.
 */
export async function findChannelProblems(sql: Sql): Promise<string[]> {
  const alerts = await listChannelAlerts(sql);
  const templates = await listUnusableTemplates(sql);

  return [
    ...alerts.map((alert) => `${alert.kind}: ${alert.reason}`),
    ...templates.map((t) => `template ${t.name} (${t.language}) is ${t.status}${t.reason ? `: ${t.reason}` : ''}`),
  ];
}
