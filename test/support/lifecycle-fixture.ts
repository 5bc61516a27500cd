import type { Actor } from '../../src/registry/actor.ts';
import { sampleBirth } from '../../src/cli/sample-birth.ts';
import { AppError } from '../../src/shared/app-error.ts';

/** Actors of the Tenali pilot for lifecycle tests: the municipality's staff and a hospital. */
export const REGISTRAR: Actor = { userId: null, username: 'tnl-m', role: 'registrar', unitCode: 'TNL-M' };
export const SUB_REGISTRAR: Actor = { userId: null, username: 'tnl-m-sub', role: 'sub_registrar', unitCode: 'TNL-M' };
export const DISTRICT_REGISTRAR: Actor = {
  userId: null,
  username: 'guntur-dr',
  role: 'district_registrar',
  unitCode: null,
  districtEn: 'Guntur',
};
export const HOSPITAL: Actor = {
  userId: null,
  username: 'client:GDH',
  role: 'api_client',
  unitCode: null,
  unitCodes: ['TNL-M'],
  department: 'health',
  clientId: '00000000-0000-4000-8000-000000000001',
};

/** The report date the lifecycle tests reason from: 4 December 2026, 10:00 in India. */
export const NOW = new Date('2026-12-04T10:00:00+05:30');

let motherSerial = 0;

/** A live birth on a date, each with its own mother unless told otherwise. */
export function birthOn(date: string, options: { mother?: string; statistical?: object } = {}): Record<string, unknown> {
  const birth = sampleBirth();
  motherSerial += 1;
  const mother =
    options.mother ??
    `Mother ${String.fromCharCode(65 + (motherSerial % 26))}${String.fromCharCode(65 + Math.floor(motherSerial / 26))} Test`;

  return {
    eventType: 'birth',
    declaration: { ...birth, birth: { ...(birth.birth as object), date }, mother: { name: { en: mother } } },
    statistical: options.statistical ?? {
      attendantAtBirth: 'institutional_doctor',
      birthWeightGrams: 3100,
      deliveryType: 'normal',
    },
  };
}

/** The AppError a piece of work fails with; anything else fails the test. */
export async function failureOf(work: Promise<unknown>): Promise<AppError> {
  const error: unknown = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);

  return error;
}
