import type { Sql } from '../db/db.ts';
import type { Actor } from '../registry/actor.ts';
import { isActionAllowed } from '../registry/authorize.ts';
import { AppError } from '../shared/app-error.ts';
import { countRegistrations } from './count-registrations.ts';
import { resolveDashboardRange } from './dashboard-range.ts';
import type { Dashboard, DashboardUnit, DeliveryFunnel } from './dashboard.ts';
import { listDashboardUnits, type UnitQueues } from './list-dashboard-units.ts';
import { measureDeliveries, type UnitDeliveries } from './measure-deliveries.ts';

const NO_FUNNEL: DeliveryFunnel = { queued: 0, sent: 0, delivered: 0, read: 0, failed: 0 };

/**
 * The pilot dashboard for a range of registration dates (India): per unit the registrations,
 * the certificate delivery funnel, the share delivered, the median time to delivery, the
 * field issues reported over WhatsApp and the open queue; registrations per day or week; the
 * funnel and delivery times over all units; failures by Cloud API error. Figures come straight
 * from the operational register, over the caller's jurisdiction only: the whole state for the
 * Chief Registrar and operations, the district for a District Registrar, the own unit for a
 * unit's registrar or sub-registrar. No names, numbers or causes: counts only.
 *
 * Fails with FORBIDDEN (a system client) or VALIDATION_FAILED (a bad range).
 */
export async function readDashboard(
  sql: Sql,
  actor: Actor,
  input: unknown,
  now: Date = new Date(),
): Promise<Dashboard> {
  if (!isActionAllowed(actor, 'read_record'))
    throw new AppError('FORBIDDEN', `${actor.role} may not read the dashboard`);

  const range = resolveDashboardRange(input, now);
  const units = await listDashboardUnits(sql, actor, range);
  const deliveries = await measureDeliveries(sql, actor, range);
  const registrations = await countRegistrations(sql, actor, range);
  const unitLines = units.map((unit) => toUnitLine(unit, deliveries.byUnit.get(unit.code)));

  return {
    range,
    units: unitLines,
    registrations,
    funnel: sumFunnels(unitLines),
    failures: deliveries.failures,
    timeToDelivery: deliveries.times,
  };
}

function toUnitLine(unit: UnitQueues, deliveries: UnitDeliveries | undefined): DashboardUnit {
  const funnel = deliveries?.funnel ?? NO_FUNNEL;

  return {
    ...unit,
    registrations: deliveries?.registrations ?? 0,
    funnel,
    deliveredShare: funnel.queued > 0 ? funnel.delivered / funnel.queued : null,
    medianSecondsToDelivery: deliveries?.medianSecondsToDelivery ?? null,
  };
}

function sumFunnels(units: DashboardUnit[]): DeliveryFunnel {
  return units.reduce<DeliveryFunnel>(
    (total, unit) => ({
      queued: total.queued + unit.funnel.queued,
      sent: total.sent + unit.funnel.sent,
      delivered: total.delivered + unit.funnel.delivered,
      read: total.read + unit.funnel.read,
      failed: total.failed + unit.funnel.failed,
    }),
    NO_FUNNEL,
  );
}
