import type { StillBirthRecordRow } from '../registry/find-record.ts';
import type { Facility, Unit } from '../registry/units.ts';
import { addressText, placeText, printableName, unitView } from './build-form5-view.ts';
import type { StillBirthView } from './still-birth-view.ts';

/**
 * Turns a registered still-birth into what its extract prints; the QR parts are added by the
 * caller. No child is named (none is registered) and an indeterminate sex is left blank.
 */
export function buildStillBirthView(input: {
  record: StillBirthRecordRow;
  unit: Unit;
  facility: Facility | undefined;
  issuedAt: Date;
  verifyUrl: string;
  payload: string;
}): StillBirthView {
  const { record } = input;
  const declaration = record.declaration;
  const sex = declaration.child.sex;

  return {
    registrationNumber: record.registration_number,
    registrationDate: record.registration_date,
    issuedAt: input.issuedAt,
    sex: sex === 'indeterminate' ? undefined : sex,
    stillBirth: {
      date: declaration.birth.date,
      place: placeText(declaration.birth.place, input.facility),
    },
    mother: { name: printableName(declaration.mother.name) },
    father: declaration.father && { name: printableName(declaration.father.name) },
    addressOfParents: addressText(declaration.addressAtBirth),
    permanentAddress: addressText(declaration.permanentAddress),
    unit: unitView(input.unit),
    remarks: record.remarks,
    verifyUrl: input.verifyUrl,
    payload: input.payload,
  };
}
