import { certificateMessages as m } from '../messages/certificate.ts';
import { field, remarksRow, type Row } from './certificate-grid.ts';
import { renderCertificate } from './certificate-page.ts';
import { formatDate, sexMessage, unitMessage } from './certificate-values.ts';
import type { StillBirthView } from './still-birth-view.ts';
import type { PdfSigner } from './sign-pdf.ts';

function stillBirthRows(view: StillBirthView): Row[] {
  const { stillBirth } = view;

  return [
    [
      field(m.dateOfStillBirth, { en: formatDate(stillBirth.date) }),
      field(m.sex, view.sex && sexMessage(view.sex)),
    ],
    [field(m.placeOfStillBirth, stillBirth.place)],
    [field(m.motherName, view.mother.name), field(m.fatherName, view.father?.name)],
    [
      field(m.addressAtStillBirth, view.addressOfParents),
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
 * Renders the extract of a still-birth entry as a one-page bilingual A4 PDF in the same frame
 * as Forms 5 and 6, PAdES-signed when a signer is given. It names no child and prints no
 * cause. Who may receive it (the parents only) is the register's rule: mayReceiveCertificate.
 */
export function renderStillBirthExtract(view: StillBirthView, signer?: PdfSigner): Promise<Buffer> {
  const layout = {
    formNumber: m.formNumberStillBirth,
    title: m.titleStillBirth,
    legalBasis: m.legalBasis,
    certify: unitMessage(m.certifyStillBirth, view.unit),
    rows: stillBirthRows(view),
  };

  return renderCertificate(view, layout, signer);
}
