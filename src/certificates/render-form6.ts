import { certificateMessages as m, fillMessage } from '../messages/certificate.ts';
import { field, remarksRow, type Row } from './certificate-grid.ts';
import { renderCertificate } from './certificate-page.ts';
import { formatAadhaar, formatDate, sexMessage, unitMessage } from './certificate-values.ts';
import type { Bilingual } from './certificate-view.ts';
import type { Form6View } from './form6-view.ts';
import type { PdfSigner } from './sign-pdf.ts';

function age(years: number | undefined): Bilingual | undefined {
  if (years === undefined) return undefined;

  const n = String(years);
  return { te: fillMessage(m.ageYears.te, { n }), en: fillMessage(m.ageYears.en, { n }) };
}

function form6Rows(view: Form6View): Row[] {
  const { deceased, death } = view;

  return [
    [field(m.deceasedName, deceased.name), field(m.sex, sexMessage(deceased.sex))],
    [
      field(m.dateOfDeath, { en: formatDate(death.date) }),
      field(m.ageAtDeath, age(deceased.ageYears)),
    ],
    [field(m.placeOfDeath, death.place)],
    [
      field(m.motherName, view.mother?.name),
      field(m.fatherOrHusbandName, view.fatherOrHusband?.name),
    ],
    [field(m.aadhaar, formatAadhaar(deceased.aadhaarMasked))],
    [
      field(m.addressAtDeath, view.addressAtDeath),
      field(m.deceasedPermanentAddress, view.permanentAddress),
    ],
    [
      field(m.registrationNumber, { en: view.registrationNumber }),
      field(m.registrationDate, { en: formatDate(view.registrationDate) }),
    ],
    remarksRow(view.remarks),
  ];
}

/**
 * Renders Form 6 (the death certificate, AP RBD Rules 1999 rule 8) as a one-page bilingual A4
 * PDF, PAdES-signed when a signer is given. It cannot print a cause of death: the view has no
 * such field. The same view and keys always yield the same bytes.
 */
export function renderForm6(view: Form6View, signer?: PdfSigner): Promise<Buffer> {
  const layout = {
    formNumber: m.formNumber6,
    title: m.titleDeath,
    legalBasis: m.legalBasis,
    certify: unitMessage(m.certifyDeath, view.unit),
    rows: form6Rows(view),
  };

  return renderCertificate(view, layout, signer);
}
