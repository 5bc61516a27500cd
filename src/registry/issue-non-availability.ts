import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Keyring } from '../certificates/keys.ts';
import { signPayload } from '../certificates/payload.ts';
import { renderForm10 } from '../certificates/render-form10.ts';
import type { PdfSigner } from '../certificates/sign-pdf.ts';
import type { Db } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import { indiaDate } from '../shared/india-time.ts';
import type { Actor } from './actor.ts';
import { BilingualTextSchema, PersonNameSchema } from './birth-declaration.ts';
import { printableName } from '../certificates/build-form5-view.ts';
import { toFieldIssues } from './field-issues.ts';
import { nameKeys } from './name-search-keys.ts';
import { findUnit, type Unit } from './units.ts';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Year = z.number().int().min(1900).max(2100);

export const NonAvailabilityRequestSchema = z.object({
  eventType: z.enum(['birth', 'death']),
  person: z.object({ name: PersonNameSchema, sex: z.enum(['male', 'female', 'transgender']).optional() }),
  mother: z.object({ name: PersonNameSchema }).optional(),
  father: z.object({ name: PersonNameSchema }).optional(),
  statedEvent: z.object({ date: IsoDate, place: BilingualTextSchema }).describe('As the applicant states them'),
  yearsSearched: z.object({ from: Year, to: Year }).describe('Calendar years of the registers searched'),
  applicant: z.object({ name: PersonNameSchema, appliedOn: IsoDate }),
});

export type NonAvailabilityRequest = z.infer<typeof NonAvailabilityRequestSchema>;

/**
 * Issues Form 10 (RBD Act s.13(3)): after searching the unit's registers for the years asked
 * (by the person's name, spelling variants included, and the event type), a registrar of the
 * unit certifies that no entry exists. Signs the QR payload ('N'), renders the PDF, and keeps
 * the certificate's number, search and hash. Returns the PDF and its number.
 *
 * Fails with VALIDATION_FAILED, FORBIDDEN (not a unit registrar) or RECORD_EXISTS (the search
 * found an entry: a certificate of that entry is what the applicant needs).
 */
export async function issueNonAvailability(
  db: Db,
  settings: { keyring: Keyring; publicBaseUrl: string; pdfSigner?: PdfSigner },
  request: { actor: Actor; input: unknown; now?: Date },
): Promise<{ number: string; pdf: Buffer }> {
  const { actor, now = new Date() } = request;
  if (actor.role !== 'registrar' || !actor.unitCode) throw new AppError('FORBIDDEN', 'only a unit registrar issues Form 10');

  const parsed = NonAvailabilityRequestSchema.safeParse(request.input);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'request is invalid', { issues: toFieldIssues(parsed.error) });

  const search = parsed.data;
  const unit = await findUnit(db, actor.unitCode);
  if (!unit) throw new AppError('UNIT_NOT_FOUND', 'the registrar has no known unit');
  await refuseWhenFound(db, unit.code, search);

  const issuedAt = new Date(Math.floor(now.getTime() / 1000) * 1000);
  const id = randomUUID();
  const number = await nextNumber(db, unit, indiaDate(issuedAt));
  const payload = signPayload(
    { registrationNumber: number, eventType: 'N', nameEn: search.person.name.en, eventDate: search.statedEvent.date, issueDate: indiaDate(issuedAt), unitCode: unit.code },
    settings.keyring,
  );
  const pdf = await renderForm10(form10View({ search, unit, number, issuedAt, payload, verifyUrl: `${settings.publicBaseUrl}/verify/${payload}` }), settings.pdfSigner);

  await db.query(
    `insert into non_availability_certificates (id, number, unit_code, event_type, search, issued_by, issued_at, key_id, payload, sha256)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [id, number, unit.code, search.eventType, JSON.stringify(search), actor.userId, issuedAt, settings.keyring.signing?.keyId ?? '',
      payload, createHash('sha256').update(pdf).digest('hex')],
  );

  return { number, pdf };
}

async function refuseWhenFound(db: Db, unitCode: string, search: NonAvailabilityRequest): Promise<void> {
  const keys = nameKeys(search.person.name.en).map((key) => `n:${key}`);
  const [found] = await db.query(
    `select 1 from records where unit_code = $1 and event_type = $2 and search_keys @> $3::text[]
       and event_date between $4::date and $5::date and status <> 'rejected' limit 1`,
    [unitCode, search.eventType, keys, `${search.yearsSearched.from}-01-01`, `${search.yearsSearched.to}-12-31`],
  );
  if (found) throw new AppError('RECORD_EXISTS', 'the registers searched hold an entry');
}

async function nextNumber(db: Db, unit: Unit, today: string): Promise<string> {
  const year = today.slice(0, 4);
  const prefix = `N-${year}:28-${unit.crs_code}-`;
  const [row] = await db.query<{ count: number }>(
    'select count(*)::int as count from non_availability_certificates where number like $1',
    [`${prefix}%`],
  );

  return `${prefix}${String((row?.count ?? 0) + 1).padStart(6, '0')}`;
}

function form10View(input: { search: NonAvailabilityRequest; unit: Unit; number: string; issuedAt: Date; payload: string; verifyUrl: string }) {
  const { search, unit } = input;

  return {
    registrationNumber: input.number,
    registrationDate: indiaDate(input.issuedAt),
    issuedAt: input.issuedAt,
    unit: {
      nameEn: unit.name_en, nameTe: unit.name_te, mandalEn: unit.mandal_en, mandalTe: unit.mandal_te,
      districtEn: unit.district_en, districtTe: unit.district_te, registrarOffice: unit.registrar_office,
    },
    remarks: [],
    verifyUrl: input.verifyUrl,
    payload: input.payload,
    event: search.eventType,
    person: { name: printableName(search.person.name), sex: search.person.sex },
    mother: search.mother && { name: printableName(search.mother.name) },
    father: search.father && { name: printableName(search.father.name) },
    statedEvent: { date: search.statedEvent.date, place: search.statedEvent.place },
    yearsSearched: search.yearsSearched,
    applicant: { name: printableName(search.applicant.name), appliedOn: search.applicant.appliedOn },
  };
}
