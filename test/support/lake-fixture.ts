import { randomBytes } from 'node:crypto';
import type { Db } from '../../src/db/db.ts';
import { useAadhaarKey } from '../../src/registry/aadhaar-key.ts';
import { sampleBirth } from '../../src/cli/sample-birth.ts';
import { openEvent } from '../../src/registry/open-event.ts';
import { recordRequirement } from '../../src/registry/record-requirement.ts';
import { registerEvent } from '../../src/registry/register-event.ts';
import { seedUnits } from '../../src/registry/seed-units.ts';
import { NOW, REGISTRAR } from './lifecycle-fixture.ts';

/** Words of the seeded records that must never reach the de-identified zone. */
export const PERSONAL_STRINGS = [
  'Kondaveeti',
  'Bhavani',
  'Ramaiah',
  '9876543210',
  '98765 43210',
  '234567890124',
  '0124',
  'Bose Road',
  'Temple Street',
  'myocardial',
  'Prematurity',
  'I21',
  'P07',
  'call me back',
];

const MINUTE_MS = 60_000;

export interface LakeSeed {
  births: string[];
  deaths: string[];
  stillBirth: string;
}

const MOTHERS = ['Durga', 'Padma', 'Sarada', 'Kamala', 'Vani', 'Rani', 'Sita', 'Gowri'];
const DECEASED = ['Ramaiah', 'Subbarao', 'Narayana', 'Koteswara', 'Prasad', 'Anjali'];
let serial = 0;

function birth(options: { sex: string; date: string; isHome?: boolean }): Record<string, unknown> {
  serial += 1;
  const base = sampleBirth();
  const place = options.isHome
    ? { type: 'home', address: { en: 'Door 5, Temple Street, Tenali', te: 'తెనాలి' } }
    : { type: 'facility', facilityId: 'TNL-GDH' };

  return {
    eventType: 'birth',
    declaration: {
      ...base,
      child: { ...(base.child as object), sex: options.sex },
      birth: { date: options.date, time: '06:45', place },
      mother: {
        name: { en: `${MOTHERS[serial % MOTHERS.length] ?? ''} Bhavani Kondaveeti` },
        aadhaar: '2345 6789 0124',
      },
    },
    statistical: {
      attendantAtBirth: 'institutional_doctor',
      motherAgeYears: 27,
      birthWeightGrams: 3100,
    },
  };
}

function death(options: {
  sex: string;
  years: number;
  icd10: string;
  cause: string;
}): Record<string, unknown> {
  serial += 1;

  return {
    eventType: 'death',
    declaration: {
      deceased: {
        name: { en: `${DECEASED[serial % DECEASED.length] ?? ''} Kondaveeti` },
        sex: options.sex,
        age: { years: options.years },
      },
      death: {
        date: '2026-12-01',
        time: '04:10',
        place: { type: 'facility', facilityId: 'TNL-GDH' },
      },
      permanentAddress: { en: '3-88, Bose Road, Kolakaluru' },
      informant: {
        name: { en: 'Venkata Kondaveeti' },
        relation: 'relative',
        mobile: '+91 98765 43210',
      },
    },
    statistical: { medicalAttention: 'institutional', isMedicallyCertified: true },
    causeOfDeath: {
      form: '4',
      immediateCause: options.cause,
      icd10Underlying: options.icd10,
      certifiedBy: 'Dr P. Rao',
      certifiedOn: '2026-12-01',
    },
  };
}

async function declareAndRegister(db: Db, body: Record<string, unknown>): Promise<string> {
  const { recordId } = await openEvent(db, REGISTRAR, body, { isComplete: true, now: NOW });
  await registerEvent(db, REGISTRAR, recordId, NOW);

  return recordId;
}

/**
 * Tenali Municipality on 4 December 2026: five live births (3 male, 2 female; one at home;
 * one reported on day 25 with the late fee), one still-birth, six deaths (five men of 71 with
 * I21.9, one girl under a year with P07.3), certificates of two births sent on WhatsApp (one
 * delivered two minutes after registration, one failed with 131026) and one citizen's message.
 */
export async function seedLakeRecords(db: Db): Promise<LakeSeed> {
  useAadhaarKey(randomBytes(32));
  await seedUnits(db, {
    units: 'seed/tenali-pilot-units.csv',
    facilities: 'seed/tenali-facilities.csv',
  });
  const births: string[] = [];
  for (const [sex, isHome] of [
    ['male', false],
    ['male', true],
    ['male', false],
    ['female', false],
  ] as const) {
    births.push(await declareAndRegister(db, birth({ sex, date: '2026-12-01', isHome })));
  }
  births.push(await registerLate(db));

  const stillBirth = await declareAndRegister(db, {
    ...birth({ sex: 'male', date: '2026-12-02' }),
    eventType: 'still_birth',
    statistical: { gestationWeeks: 30 },
  });
  const deaths: string[] = [];
  for (let i = 0; i < 5; i += 1) {
    deaths.push(
      await declareAndRegister(
        db,
        death({ sex: 'male', years: 71, icd10: 'I21.9', cause: 'Acute myocardial infarction' }),
      ),
    );
  }
  deaths.push(
    await declareAndRegister(
      db,
      death({ sex: 'female', years: 0, icd10: 'P07.3', cause: 'Prematurity' }),
    ),
  );

  await seedMessages(db, births);

  return { births, deaths, stillBirth };
}

async function registerLate(db: Db): Promise<string> {
  const { recordId } = await openEvent(
    db,
    REGISTRAR,
    birth({ sex: 'female', date: '2026-11-09' }),
    { isComplete: true, now: NOW },
  );
  await recordRequirement(
    db,
    REGISTRAR,
    recordId,
    'late_fee',
    { amountRupees: 25, receiptNumber: 'R-9', paidOn: '2026-12-04' },
    NOW,
  );
  await registerEvent(db, REGISTRAR, recordId, NOW);

  return recordId;
}

async function seedMessages(db: Db, births: string[]): Promise<void> {
  const at = (minutes: number): Date => new Date(NOW.getTime() + minutes * MINUTE_MS);
  await db.query(
    `insert into wa_messages (id, record_id, to_wa_id, kind, template_name, language, status, status_at, wa_message_id, created_at)
     values (gen_random_uuid(), $1, '919876543210', 'certificate', 'certificate_ready', 'te', 'delivered', $3, 'wamid.LAKE1', $4),
            (gen_random_uuid(), $2, '919876543210', 'certificate', 'certificate_ready', 'te', 'failed', $4, null, $4)`,
    [births[0], births[1], at(2), at(0.1)],
  );
  await db.query(
    `update wa_messages set error_code = 131026, error_details = 'Message undeliverable' where record_id = $1`,
    [births[1]],
  );
  await db.query(
    `insert into wa_status_events (wa_message_id, status, occurred_at) values ('wamid.LAKE1', 'sent', $1), ('wamid.LAKE1', 'delivered', $2)`,
    [at(1), at(2)],
  );
  await db.query(
    `insert into wa_contacts (contact_key, wa_id, language) values ('919876543210', '919876543210', 'te')`,
  );
  await db.query(
    `insert into wa_inbound_messages (wa_message_id, contact_key, type, content, sent_at)
     values ('wamid.IN1', '919876543210', 'text', '{"body": "Kondaveeti here, call me back on 9876543210"}', $1)`,
    [NOW],
  );
}
