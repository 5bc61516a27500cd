import type { BirthDeclaration, PersonName } from '../registry/birth-declaration.ts';
import type { BirthRecordRow } from '../registry/find-record.ts';
import type { Facility, Unit } from '../registry/units.ts';
import type { Bilingual, UnitView } from './certificate-view.ts';
import type { Form5View } from './form5-view.ts';

type PlaceOfEvent = BirthDeclaration['birth']['place'];

/** Turns a registered birth into what Form 5 prints; the QR parts are added by the caller. */
export function buildForm5View(input: {
  record: BirthRecordRow;
  unit: Unit;
  facility: Facility | undefined;
  issuedAt: Date;
  verifyUrl: string;
  payload: string;
}): Form5View {
  const { record, unit } = input;
  const declaration = record.declaration;

  return {
    registrationNumber: record.registration_number,
    registrationDate: record.registration_date,
    issuedAt: input.issuedAt,
    child: { name: declaration.child.name && printableName(declaration.child.name), sex: declaration.child.sex },
    birth: {
      date: declaration.birth.date,
      time: declaration.birth.time,
      place: placeText(declaration.birth.place, input.facility),
    },
    mother: { name: printableName(declaration.mother.name), aadhaarMasked: record.aadhaarMasked.mother },
    father: declaration.father
      ? { name: printableName(declaration.father.name), aadhaarMasked: record.aadhaarMasked.father }
      : undefined,
    addressAtBirth: addressText(declaration.addressAtBirth),
    permanentAddress: addressText(declaration.permanentAddress),
    unit: unitView(unit),
    remarks: record.remarks,
    verifyUrl: input.verifyUrl,
    payload: input.payload,
  };
}

/**
 * A name as the certificate may print it: a script Patra proposed by transliteration is left
 * out until the registrar confirms it (the source's own script is always printed).
 */
export function printableName(name: PersonName): Bilingual {
  const isProposal = name.isConfirmed !== true;

  return {
    en: isProposal && name.enSource === 'transliterated' ? '' : name.en,
    te: isProposal && name.teSource === 'transliterated' ? undefined : name.te,
  };
}

/** The unit as every certificate prints it. */
export function unitView(unit: Unit): UnitView {
  return {
    nameEn: unit.name_en,
    nameTe: unit.name_te,
    mandalEn: unit.mandal_en,
    mandalTe: unit.mandal_te,
    districtEn: unit.district_en,
    districtTe: unit.district_te,
    registrarOffice: unit.registrar_office,
  };
}

/** Where an event happened: the facility's name, or the address given. */
export function placeText(place: PlaceOfEvent, facility: Facility | undefined): Bilingual {
  if (place.type !== 'facility') return addressText(place.address);

  return { en: facility?.name_en ?? place.facilityId, te: facility?.name_te };
}

/** An address as printed, with its PIN code. */
export function addressText(address: { en: string; te?: string; pincode?: string }): Bilingual {
  const pin = address.pincode ? ` - ${address.pincode}` : '';

  return { en: `${address.en}${pin}`, te: address.te ? `${address.te}${pin}` : undefined };
}
