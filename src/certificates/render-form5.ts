import { certificateMessages as m } from '../messages/certificate.ts';
import { field, remarksRow, type Row } from './certificate-grid.ts';
import { renderCertificate } from './certificate-page.ts';
import { formatAadhaar, formatDate, sexMessage, unitMessage } from './certificate-values.ts';
import type { Form5View } from './form5-view.ts';
import type { PdfSigner } from './sign-pdf.ts';

function form5Rows(view: Form5View): Row[] {
  const { birth, mother, father } = view;

  return [
    [field(m.name, view.child.name ?? m.notNamed), field(m.sex, sexMessage(view.child.sex))],
    [
      field(m.dateOfBirth, { en: formatDate(birth.date) }),
      field(m.timeOfBirth, birth.time ? { en: birth.time } : undefined),
    ],
    [field(m.placeOfBirth, birth.place)],
    [field(m.motherName, mother.name), field(m.fatherName, father?.name)],
    [
      field(m.aadhaar, formatAadhaar(mother.aadhaarMasked)),
      field(m.aadhaar, formatAadhaar(father?.aadhaarMasked)),
    ],
    [
      field(m.addressAtBirth, view.addressAtBirth),
      field(m.permanentAddress, view.permanentAddress),
    ],
    [
      field(m.registrationNumber, { en: view.registrationNumber }),
      field(m.registrationDate, { en: formatDate(view.registrationDate) }),
    ],
    remarksRow(view.remarks),
  ];
}

/**
 * Renders Form 5 (the birth certificate, AP RBD Rules 1999 rule 8) as a one-page bilingual A4
 * PDF, PAdES-signed when a signer is given. The same view and keys always yield the same bytes.
 * Throws when the entries do not fit on one page even in the smallest type.
 */
export function renderForm5(view: Form5View, signer?: PdfSigner): Promise<Buffer> {
  const layout = {
    formNumber: m.formNumber,
    title: m.title,
    legalBasis: m.legalBasis,
    certify: unitMessage(m.certify, view.unit),
    rows: form5Rows(view),
  };

  return renderCertificate(view, layout, signer);
}
