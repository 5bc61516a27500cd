import { certificateMessages as m, fillMessage } from '../messages/certificate.ts';
import { field, remarksRow, type Row } from './certificate-grid.ts';
import { renderCertificate } from './certificate-page.ts';
import { formatDate, sexMessage } from './certificate-values.ts';
import type { Bilingual } from './certificate-view.ts';
import type { Form10View } from './form10-view.ts';
import type { PdfSigner } from './sign-pdf.ts';

function form10Rows(view: Form10View): Row[] {
  const event = view.event === 'birth' ? m.eventBirth : m.eventDeath;
  const years = { en: `${view.yearsSearched.from} – ${view.yearsSearched.to}` };

  return [
    [field(m.eventSearched, event), field(m.yearsSearched, years)],
    [field(m.name, view.person.name), field(m.sex, view.person.sex && sexMessage(view.person.sex))],
    [field(m.motherName, view.mother?.name), field(m.fatherName, view.father?.name)],
    [
      field(m.dateOfEventStated, { en: formatDate(view.statedEvent.date) }),
      field(m.placeOfEventStated, view.statedEvent.place),
    ],
    [
      field(m.applicantName, view.applicant.name),
      field(m.applicationDate, { en: formatDate(view.applicant.appliedOn) }),
    ],
    [
      field(m.certificateNumber, { en: view.registrationNumber }),
      field(m.registrationDate, { en: formatDate(view.registrationDate) }),
    ],
    remarksRow(view.remarks),
  ];
}

function certifyText(view: Form10View): Bilingual {
  const event = view.event === 'birth' ? m.eventBirth : m.eventDeath;
  const { unit } = view;
  const fill = (template: string, lang: 'te' | 'en') =>
    fillMessage(template, {
      event: event[lang],
      unit: lang === 'te' ? unit.nameTe : unit.nameEn,
      mandal: lang === 'te' ? unit.mandalTe : unit.mandalEn,
      district: lang === 'te' ? unit.districtTe : unit.districtEn,
    });

  return {
    te: fill(m.certifyNonAvailability.te, 'te'),
    en: fill(m.certifyNonAvailability.en, 'en'),
  };
}

/**
 * Renders Form 10 (the non-availability certificate: the registers searched hold no entry of
 * the event, RBD Act s.13(3)) as a one-page bilingual A4 PDF, PAdES-signed when a signer is
 * given. The same view and keys always yield the same bytes.
 */
export function renderForm10(view: Form10View, signer?: PdfSigner): Promise<Buffer> {
  const layout = {
    formNumber: m.formNumber10,
    title: m.titleNonAvailability,
    legalBasis: m.legalBasisNonAvailability,
    certify: certifyText(view),
    rows: form10Rows(view),
  };

  return renderCertificate(view, layout, signer);
}
