import type { DeathRecordRow } from '../registry/find-record.ts';
import type { Facility, Unit } from '../registry/units.ts';
import { addressText, placeText, printableName, unitView } from './build-form5-view.ts';
import type { Bilingual } from './certificate-view.ts';
import type { Form6View } from './form6-view.ts';

/**
 * Turns a registered death into what Form 6 prints; the QR parts are added by the caller. The
 * record row carries no cause of death (it lives in its restricted table), so none can reach
 * the view. The "father or husband" column takes the father, else a woman's recorded spouse.
 */
export function buildForm6View(input: {
  record: DeathRecordRow;
  unit: Unit;
  facility: Facility | undefined;
  issuedAt: Date;
  verifyUrl: string;
  payload: string;
}): Form6View {
  const { record } = input;
  const declaration = record.declaration;
  const permanentAddress = addressText(declaration.permanentAddress);

  return {
    registrationNumber: record.registration_number,
    registrationDate: record.registration_date,
    issuedAt: input.issuedAt,
    deceased: {
      name: printableName(declaration.deceased.name),
      sex: declaration.deceased.sex,
      ageYears: declaration.deceased.age.years,
      aadhaarMasked: record.aadhaarMasked.deceased,
    },
    death: {
      date: declaration.death.date,
      place: placeText(declaration.death.place, input.facility),
    },
    mother: declaration.mother && { name: printableName(declaration.mother.name) },
    fatherOrHusband: fatherOrHusband(record),
    addressAtDeath: declaration.addressAtDeath
      ? addressText(declaration.addressAtDeath)
      : permanentAddress,
    permanentAddress,
    unit: unitView(input.unit),
    remarks: record.remarks,
    verifyUrl: input.verifyUrl,
    payload: input.payload,
  };
}

function fatherOrHusband(record: DeathRecordRow): { name: Bilingual } | undefined {
  const { father, spouse, deceased } = record.declaration;
  if (father) return { name: printableName(father.name) };

  const isWife = deceased.sex === 'female' && spouse !== undefined;

  return isWife ? { name: printableName(spouse.name) } : undefined;
}
