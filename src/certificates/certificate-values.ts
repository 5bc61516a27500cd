import { certificateMessages as m, fillMessage } from '../messages/certificate.ts';
import type { CertificateMessage } from '../messages/certificate.ts';
import { formatIndianDate, indiaDate } from '../shared/india-time.ts';
import type { Bilingual, Sex, UnitView } from './certificate-view.ts';

/** Printed where the register has no value, in both languages alike. */
export const NO_VALUE: Bilingual = { en: '—' };

/** 'YYYY-MM-DD' as the DD-MM-YYYY Indian certificates print. */
export const formatDate = formatIndianDate;

/** The calendar date in India (Asia/Kolkata) of a moment, as DD-MM-YYYY. */
export function formatIndiaDate(moment: Date): string {
  return formatIndianDate(indiaDate(moment));
}

/** A masked Aadhaar number in groups of four ('XXXX XXXX 1234'), or no value. */
export function formatAadhaar(masked: string | undefined): Bilingual {
  if (!masked) return NO_VALUE;
  return { en: masked.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ') };
}

/** The catalogue entry for a sex. */
export function sexMessage(sex: Sex): CertificateMessage {
  switch (sex) {
    case 'male':
      return m.sexMale;
    case 'female':
      return m.sexFemale;
    case 'transgender':
      return m.sexTransgender;
  }
}

const OFFICES: readonly CertificateMessage[] = [
  m.officeMunicipalCommissioner,
  m.officePanchayatSecretary,
  m.officeRegistrar,
];

/** The registrar's office in both languages; an office the catalogue lacks prints in English. */
export function officeMessage(registrarOffice: string): Bilingual {
  const wanted = registrarOffice.trim().toLowerCase();
  return OFFICES.find((office) => office.en.toLowerCase() === wanted) ?? { en: registrarOffice };
}

/** A catalogue template filled with the unit's names, in both languages. */
export function unitMessage(template: CertificateMessage, unit: UnitView): Bilingual {
  return {
    te: fillMessage(template.te, {
      unit: unit.nameTe,
      mandal: unit.mandalTe,
      district: unit.districtTe,
    }),
    en: fillMessage(template.en, {
      unit: unit.nameEn,
      mandal: unit.mandalEn,
      district: unit.districtEn,
    }),
  };
}

/** The office and unit that issue the certificate, e.g. 'Municipal Commissioner, Tenali ...'. */
export function authorityLine(unit: UnitView): Bilingual {
  const office = officeMessage(unit.registrarOffice);
  const en = fillMessage(m.authorityLine.en, { office: office.en, unit: unit.nameEn });
  if (!office.te) return { en };

  return { te: fillMessage(m.authorityLine.te, { office: office.te, unit: unit.nameTe }), en };
}
