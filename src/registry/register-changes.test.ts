import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildForm5View } from '../certificates/build-form5-view.ts';
import { sampleBirth } from '../cli/sample-birth.ts';
import type { Db } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import { decryptAadhaar, useAadhaarKey } from './aadhaar-key.ts';
import type { Actor } from './actor.ts';
import { addChildName } from './add-child-name.ts';
import { cancelRecord } from './cancel-record.ts';
import { confirmName } from './confirm-name.ts';
import { correctRecord } from './correct-record.ts';
import { findRecord } from './find-record.ts';
import { numbersLinkedToRecord, recordsLinkedToNumber } from './linked-numbers.ts';
import { registerBirth } from './register-birth.ts';
import { searchRecords } from './search-records.ts';
import { seedUnits } from './seed-units.ts';
import { updateRecordContacts } from './update-record-contacts.ts';

const REGISTRAR: Actor = { userId: null, username: 'tnl-m', role: 'registrar', unitCode: 'TNL-M' };
const NEIGHBOUR: Actor = {
  userId: null,
  username: 'tnl-gp-ang',
  role: 'registrar',
  unitCode: 'TNL-GP-ANG',
};
const DISTRICT: Actor = {
  userId: null,
  username: 'guntur-dr',
  role: 'district_registrar',
  unitCode: null,
  districtEn: 'Guntur',
};
const NOW = new Date();
const MOTHER_AADHAAR = '2345 6789 0124';

let test: TestDatabase;
let db: Db;

beforeAll(async () => {
  test = await createTestDatabase();
  db = test.db;
  useAadhaarKey(randomBytes(32));
  await seedUnits(db, {
    units: 'seed/tenali-pilot-units.csv',
    facilities: 'seed/tenali-facilities.csv',
  });
});

afterAll(async () => test.drop());

/** A birth registered without the child's name, the father's name given in English only. */
async function registerUnnamed(at: Date = NOW): Promise<string> {
  const birth = sampleBirth({ childName: null, mobile: '+91 98765 43210' });
  const mother = { ...(birth.mother as object), aadhaar: MOTHER_AADHAAR };
  const registered = await registerBirth(
    db,
    REGISTRAR,
    { ...birth, mother, father: { name: { en: 'Venkata Srinivas Kondaveeti' } } },
    at,
  );

  return registered.recordId;
}

/** Puts a certificate in force as issueCertificate would, without rendering a PDF. */
async function certificateInForce(recordId: string): Promise<string> {
  const id = randomUUID();
  await db.query(
    `insert into certificates (id, record_id, form, issued_at, key_id, payload, pdf, sha256)
     values ($1, $2, 'form5', now(), 'test', $3, '\\x00', 'x')`,
    [id, recordId, `payload-${id}`],
  );

  return id;
}

async function failureOf(work: Promise<unknown>): Promise<AppError> {
  const error: unknown = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);

  return error;
}

async function viewOf(recordId: string) {
  const record = await findRecord(db, recordId);
  if (record?.event_type !== 'birth') throw new Error('no birth record');

  return buildForm5View({
    record,
    unit: {} as never,
    facility: undefined,
    issuedAt: NOW,
    verifyUrl: '',
    payload: '',
  });
}

describe('Aadhaar', () => {
  it('keeps the number encrypted apart from the declaration, and shows only the last four digits', async () => {
    const recordId = await registerUnnamed();

    const [stored] = await db.query<{ ciphertext: string; last_four: string }>(
      'select ciphertext, last_four from record_aadhaar where record_id = $1',
      [recordId],
    );
    const [row] = await db.query<{ declaration: string }>(
      'select declaration::text from records where id = $1',
      [recordId],
    );
    expect(stored?.last_four).toBe('0124');
    expect(stored?.ciphertext).not.toContain('234567890124');
    expect(decryptAadhaar(stored?.ciphertext ?? '')).toBe('234567890124');
    expect(row?.declaration).not.toMatch(/2345\s?6789/);
    expect((await viewOf(recordId)).mother.aadhaarMasked).toBe('XXXXXXXX0124');
  });

  it('refuses a number whose Verhoeff check digit is wrong', async () => {
    const birth = sampleBirth();
    const error = await failureOf(
      registerBirth(
        db,
        REGISTRAR,
        { ...birth, mother: { ...(birth.mother as object), aadhaar: '234567890123' } },
        NOW,
      ),
    );

    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues).toEqual([expect.objectContaining({ field: 'mother.aadhaar' })]);
  });
});

describe('names in both scripts', () => {
  it('proposes the Telugu spelling, prints it only once the registrar confirms it', async () => {
    const recordId = await registerUnnamed();
    const proposed = (await findRecord(db, recordId))?.declaration.father?.name;
    expect(proposed).toEqual({
      en: 'Venkata Srinivas Kondaveeti',
      te: 'వెంకట శ్రీనివాస్ కొండవీటి',
      teSource: 'transliterated',
      isConfirmed: false,
    });
    expect((await viewOf(recordId)).father?.name).toEqual({
      en: 'Venkata Srinivas Kondaveeti',
      te: undefined,
    });

    await confirmName(db, REGISTRAR, recordId, {
      field: 'father.name',
      name: { en: 'Venkata Srinivas Kondaveeti', te: 'కొండవీటి వెంకట శ్రీనివాస్' },
    });

    expect((await viewOf(recordId)).father?.name).toEqual({
      en: 'Venkata Srinivas Kondaveeti',
      te: 'కొండవీటి వెంకట శ్రీనివాస్',
    });
  });
});

describe("the child's name added later (s.14)", () => {
  it('is free within 12 months, supersedes the certificate and queues a new one with a remark', async () => {
    const recordId = await registerUnnamed();
    const first = await certificateInForce(recordId);

    const { certificateId } = await addChildName(db, REGISTRAR, recordId, {
      name: { en: 'Sri Lakshmi', te: 'శ్రీ లక్ష్మి' },
    });

    const [old] = await db.query<{ status: string }>(
      'select status from certificates where id = $1',
      [first],
    );
    const jobs = await db.query<{ payload: { certificateId: string } }>(
      "select payload from outbox where kind = 'certificate.issue' and payload->>'recordId' = $1",
      [recordId],
    );
    const history = await db.query<{ action: string }>(
      'select action from record_history where record_id = $1 order by seq',
      [recordId],
    );
    const view = await viewOf(recordId);
    expect(old?.status).toBe('superseded');
    expect(jobs.map((job) => job.payload.certificateId)).toContain(certificateId);
    // Every test registers the same sample birth, so the later ones are flagged as possible duplicates.
    expect(
      history.map((entry) => entry.action).filter((action) => action !== 'flag-duplicate'),
    ).toEqual(['register', 'add-name', 'revoke']);
    expect(view.child.name).toEqual({ en: 'Sri Lakshmi', te: 'శ్రీ లక్ష్మి' });
    expect(view.remarks[0]?.en).toMatch(
      /^Child's name entered on \d{2}-\d{2}-\d{4} \(RBD Act s\.14\)\.$/,
    );
    expect(
      (await recordsLinkedToNumber(db, '919876543210')).find((linked) => linked.id === recordId)
        ?.name,
    ).toEqual({ en: 'Sri Lakshmi', te: 'శ్రీ లక్ష్మి' });
  });

  it('needs the fee and receipt after 12 months, and is refused after the outer limit', async () => {
    const recordId = await registerUnnamed();
    const thirteenMonthsOn = new Date(NOW.getTime() + 396 * 86_400_000);
    const sixteenYearsOn = new Date(NOW.getTime() + 16 * 366 * 86_400_000);
    const name = { en: 'Sri Lakshmi', te: 'శ్రీ లక్ష్మి' };

    const unpaid = await failureOf(
      addChildName(db, REGISTRAR, recordId, { name }, thirteenMonthsOn),
    );
    const late = await failureOf(
      addChildName(
        db,
        REGISTRAR,
        recordId,
        { name, fee: { amountRupees: 5, receiptNumber: 'R-1' } },
        sixteenYearsOn,
      ),
    );
    await addChildName(
      db,
      REGISTRAR,
      recordId,
      { name, fee: { amountRupees: 5, receiptNumber: 'R-77' } },
      thirteenMonthsOn,
    );

    expect(unpaid.code).toBe('REQUIREMENTS_MISSING');
    expect(unpaid.issues.map((issue) => issue.field)).toEqual(['fee']);
    expect(late.code).toBe('TIME_LIMIT_PASSED');
    expect((await viewOf(recordId)).child.name?.en).toBe('Sri Lakshmi');
  });
});

describe('corrections and cancellation (s.15)', () => {
  it('asks for the evidence rule 11 needs, naming what is missing', async () => {
    const recordId = await registerUnnamed();
    const change = [
      { field: 'mother.name', value: { en: 'Durga Bhavani Kondaveeti', te: 'కొండవీటి దుర్గ భవాని' } },
    ];

    const clerical = await failureOf(
      correctRecord(db, REGISTRAR, recordId, {
        kind: 'clerical',
        changes: change,
        reason: 'spelling',
      }),
    );
    const fact = await failureOf(
      correctRecord(db, REGISTRAR, recordId, {
        kind: 'fact',
        changes: change,
        reason: 'wrong mother',
        evidence: [{ kind: 'affidavit', reference: 'A-1' }],
      }),
    );

    expect(clerical.code).toBe('REQUIREMENTS_MISSING');
    expect(clerical.issues.map((issue) => issue.message)).toEqual([
      'A clerical correction needs at least one document as proof.',
    ]);
    expect(fact.issues.map((issue) => issue.message)).toEqual([
      'A correction of fact needs declarations or affidavits of two credible persons.',
      'A correction of fact needs the report of the enquiry.',
    ]);
  });

  it('keeps the original entry, shows the corrected one, and finds it by the new name', async () => {
    const recordId = await registerUnnamed();
    await certificateInForce(recordId);

    await correctRecord(db, REGISTRAR, recordId, {
      kind: 'clerical',
      reason: "spelling of the mother's name",
      evidence: [{ kind: 'document', reference: 'SSC memo' }],
      changes: [
        { field: 'mother.name', value: { en: 'Durga Bhavaani Kondaveeti', te: 'కొండవీటి దుర్గా భవాని' } },
      ],
    });

    const [original] = await db.query<{ name: string }>(
      "select declaration->'mother'->'name'->>'en' as name from records where id = $1",
      [recordId],
    );
    const found = await searchRecords(db, REGISTRAR, {
      name: 'Bhavaani',
      number: (await findRecord(db, recordId))?.registration_number ?? '',
    });
    expect(original?.name).toBe('Durga Bhavani Kondaveeti');
    expect((await viewOf(recordId)).mother.name.en).toBe('Durga Bhavaani Kondaveeti');
    expect((await viewOf(recordId)).remarks.map((remark) => remark.en)).toEqual([
      expect.stringMatching(/^Entry corrected on .* \(s\.15, clerical error\)\.$/),
    ]);
    expect(found.map((record) => record.id)).toEqual([recordId]);
  });

  it('cancels an entry: the certificate is cancelled, none is issued, and no further change is taken', async () => {
    const recordId = await registerUnnamed();
    const certificateId = await certificateInForce(recordId);
    const unproven = await failureOf(
      cancelRecord(db, REGISTRAR, recordId, { reason: 'duplicate of another entry' }),
    );

    await cancelRecord(db, REGISTRAR, recordId, {
      reason: 'duplicate of another entry',
      evidence: [{ kind: 'document', reference: 'enquiry 4/2026' }],
    });

    const [certificate] = await db.query<{ status: string }>(
      'select status from certificates where id = $1',
      [certificateId],
    );
    const again = await failureOf(
      correctRecord(db, REGISTRAR, recordId, {
        kind: 'clerical',
        reason: 'x',
        evidence: [{ kind: 'document', reference: 'y' }],
        changes: [{ field: 'child.sex', value: 'male' }],
      }),
    );
    expect(unproven.issues.map((issue) => issue.message)).toEqual([
      'A cancellation needs at least one document as proof.',
    ]);
    expect(certificate?.status).toBe('cancelled');
    expect((await findRecord(db, recordId))?.is_cancelled).toBe(true);
    expect(again.code).toBe('INVALID_STATUS');
  });

  it('is refused to the registrar of another unit as if the record did not exist', async () => {
    const recordId = await registerUnnamed();

    const error = await failureOf(
      cancelRecord(db, NEIGHBOUR, recordId, {
        reason: 'x',
        evidence: [{ kind: 'document', reference: 'y' }],
      }),
    );

    expect(error.code).toBe('RECORD_NOT_FOUND');
  });
});

describe('linked numbers', () => {
  it('lets the registrar link the mother and unlink the informant, with a history entry', async () => {
    const recordId = await registerUnnamed();

    const linked = await updateRecordContacts(db, REGISTRAR, recordId, {
      add: [{ role: 'mother', mobile: '+91 91234 56789' }],
      remove: [{ role: 'informant', mobile: '+91 98765 43210' }],
      reason: 'informant asked',
    });

    const [entry] = await db.query<{ details: { added: unknown[] } }>(
      "select details from record_history where record_id = $1 and action = 'update-contacts'",
      [recordId],
    );
    expect(await numbersLinkedToRecord(db, recordId)).toEqual(['919123456789']);
    expect(linked).toEqual(['xxxxxxxx6789']);
    expect(entry?.details.added).toEqual([{ role: 'mother', number: 'xxxxxxxx6789' }]);
  });

  it('refuses to unlink a number under a role it is not linked in, and changes nothing', async () => {
    const recordId = await registerUnnamed();

    const error = await failureOf(
      updateRecordContacts(db, REGISTRAR, recordId, {
        add: [{ role: 'mother', mobile: '+91 91234 56789' }],
        remove: [{ role: 'father', mobile: '+91 98765 43210' }],
        reason: 'wrong role',
      }),
    );

    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues.map((issue) => issue.field)).toEqual(['remove.0.mobile']);
    expect(await numbersLinkedToRecord(db, recordId)).toEqual(['919876543210']);
  });
});

describe('searchRecords', () => {
  it('finds names across spellings and scripts, only within the jurisdiction', async () => {
    const recordId = await registerUnnamed();
    const number = (await findRecord(db, recordId))?.registration_number ?? '';
    const ids = async (actor: Actor, query: Record<string, unknown>) =>
      (await searchRecords(db, actor, query)).map((record) => record.id);

    expect(await ids(REGISTRAR, { name: 'Sreenivas Kondaviti', number })).toEqual([recordId]);
    expect(await ids(REGISTRAR, { name: 'శ్రీనివాస్', number })).toEqual([recordId]);
    expect(await ids(REGISTRAR, { name: 'Venkat Shrinivas' })).toContain(recordId);
    expect(await ids(DISTRICT, { number })).toEqual([recordId]);
    expect(await ids(NEIGHBOUR, { number })).toEqual([]);
  });

  it('needs at least one criterion', async () => {
    const error = await failureOf(searchRecords(db, REGISTRAR, { unit: 'TNL-M' }));

    expect(error.code).toBe('VALIDATION_FAILED');
  });
});
