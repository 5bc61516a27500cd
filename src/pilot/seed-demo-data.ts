import type { Db, Sql } from '../db/db.ts';
import type { Actor, UserRole } from '../registry/actor.ts';
import { addQueueItem } from '../registry/add-queue-item.ts';
import { decideDuplicate } from '../registry/decide-duplicate.ts';
import { openEvent } from '../registry/open-event.ts';
import { recordRequirement } from '../registry/record-requirement.ts';
import { registerEvent } from '../registry/register-event.ts';
import { indiaDate } from '../shared/india-time.ts';
import { demoDeclaration } from './demo-declarations.ts';
import {
  DEMO_EVENTS,
  DEMO_FIELD_ISSUES,
  demoNumber,
  type DemoEvent,
  type DemoOutcome,
} from './demo-plan.ts';

const DAY_MS = 86_400_000;
const ON_TIME_DAYS = 21;
const LATE_FEE_DAYS = 30;

/** The stand-in's failure injection: the next send to `to` fails with `code` in a webhook. */
export type FailNext = (rule: { to: string; code: number; async: boolean }) => void;

const FAILURE_CODE: Record<Exclude<DemoOutcome, 'delivered'>, number> = {
  undeliverable: 131026,
  'media-error': 131053,
};

/**
 * Fills a register that holds nothing but demo records with the demo's four weeks of the
 * Tenali pilot (DEMO_EVENTS): births, a still-birth and deaths with a cause, declared and
 * registered back-dated through the register's own functions by each unit's registrar, the
 * late ones with their fee, affidavit and the District Registrar's permission; then the
 * problems citizens report. The worker renders and sends their certificates to the stand-in,
 * which is told to fail two sends. Idempotent: an event whose informant number is already on
 * a record is skipped, so a restart adds nothing and an interrupted run finishes. Does nothing
 * when the register holds any record that is not the demo's. Returns the records it made.
 *
 * Only for the stand-in (the numbers are fake): the caller never runs it against Meta.
 */
export async function seedDemoData(
  db: Db,
  options: { failNext: FailNext; now?: Date },
): Promise<number> {
  const now = options.now ?? new Date();
  const numbers = DEMO_EVENTS.map((_, index) => demoNumber(index));
  if (await hasOtherRecords(db, numbers)) return 0;

  const district = await accountOf(db, 'district_registrar', null);
  let created = 0;
  for (const [index, event] of DEMO_EVENTS.entries()) {
    const [existing] = await db.query('select 1 from records where informant_wa_id = $1', [
      demoNumber(index),
    ]);
    if (existing) continue;

    await registerDemoEvent(db, { event, index, now, district, failNext: options.failNext });
    created += 1;
  }
  await reportDemoIssues(db, now);

  return created;
}

async function registerDemoEvent(
  db: Db,
  options: { event: DemoEvent; index: number; now: Date; district: Actor; failNext: FailNext },
): Promise<void> {
  const { event, index } = options;
  const registrar = await accountOf(db, 'registrar', event.unitCode);
  const at = new Date(options.now.getTime() - event.registeredDaysAgo * DAY_MS);
  const eventDate = indiaDate(new Date(at.getTime() - event.delayDays * DAY_MS));
  const mobile = demoNumber(index);
  if (event.outcome !== 'delivered')
    options.failNext({ to: mobile, code: FAILURE_CODE[event.outcome], async: true });

  const opened = await openEvent(db, registrar, demoDeclaration(event, index, eventDate, mobile), {
    isComplete: true,
    now: at,
  });
  for (const otherRecordId of opened.possibleDuplicates) {
    await decideDuplicate(
      db,
      registrar,
      { recordId: opened.recordId, otherRecordId },
      { decision: 'not_duplicate', note: 'demo' },
      at,
    );
  }
  await recordDelayRequirements(db, {
    recordId: opened.recordId,
    event,
    at,
    registrar,
    district: options.district,
    index,
  });
  await registerEvent(db, registrar, opened.recordId, at);
}

/** What a late report needs (s.13): the fee; past 30 days also an affidavit and the permission. */
async function recordDelayRequirements(
  db: Db,
  options: {
    recordId: string;
    event: DemoEvent;
    at: Date;
    registrar: Actor;
    district: Actor;
    index: number;
  },
): Promise<void> {
  const { recordId, event, at, registrar, index } = options;
  if (event.delayDays <= ON_TIME_DAYS) return;

  const day = indiaDate(at);
  const isPermissionTier = event.delayDays > LATE_FEE_DAYS;
  const fee = {
    amountRupees: isPermissionTier ? 250 : 25,
    receiptNumber: `DEMO-R-${index}`,
    paidOn: day,
  };
  await recordRequirement(db, registrar, recordId, 'late_fee', fee, at);
  if (!isPermissionTier) return;

  await recordRequirement(
    db,
    registrar,
    recordId,
    'affidavit',
    { swornBefore: 'notary_public', reference: `DEMO-A-${index}`, swornOn: day },
    at,
  );
  await recordRequirement(
    db,
    options.district,
    recordId,
    'permission',
    { reference: `DEMO-P-${index}`, grantedOn: day },
    at,
  );
}

async function reportDemoIssues(db: Db, now: Date): Promise<void> {
  for (const issue of DEMO_FIELD_ISSUES) {
    const waId = demoNumber(issue.eventIndex);
    const [record] = await db.query<{ id: string; unit_code: string }>(
      'select id, unit_code from records where informant_wa_id = $1',
      [waId],
    );
    const [reported] = await db.query(
      "select 1 from registrar_queue where kind = 'field-issue' and wa_id = $1",
      [waId],
    );
    if (!record || reported) continue;

    await addQueueItem(db, {
      kind: 'field-issue',
      unitCode: record.unit_code,
      recordId: record.id,
      waId,
      description: issue.text,
      details: { reportedAt: now.toISOString() },
    });
  }
}

async function hasOtherRecords(sql: Sql, demoNumbers: string[]): Promise<boolean> {
  const [other] = await sql.query(
    'select 1 from records where informant_wa_id is null or not (informant_wa_id = any($1::text[])) limit 1',
    [demoNumbers],
  );

  return other !== undefined;
}

async function accountOf(sql: Sql, role: UserRole, unitCode: string | null): Promise<Actor> {
  const [user] = await sql.query<{
    id: string;
    username: string;
    unit_code: string | null;
    district_en: string | null;
  }>(
    `select id, username, unit_code, district_en from users
     where role = $1 and ($2::text is null or unit_code = $2) order by username limit 1`,
    [role, unitCode],
  );
  if (!user)
    throw new Error(`the demo needs a ${role} account${unitCode ? ` for ${unitCode}` : ''}`);

  return {
    userId: user.id,
    username: user.username,
    role,
    unitCode: user.unit_code,
    districtEn: user.district_en,
  };
}
