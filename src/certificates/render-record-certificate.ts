import { indiaDate } from '../shared/india-time.ts';
import { buildForm5View, printableName } from './build-form5-view.ts';
import { buildForm6View } from './build-form6-view.ts';
import { buildStillBirthView } from './build-still-birth-view.ts';
import type { Keyring } from './keys.ts';
import type { CertificateSource } from './load-certificate-source.ts';
import { signPayload, type PayloadEventType } from './payload.ts';
import { renderForm5 } from './render-form5.ts';
import { renderForm6 } from './render-form6.ts';
import { renderStillBirthExtract } from './render-still-birth-extract.ts';
import type { PdfSigner } from './sign-pdf.ts';

/** The forms a registered record is certified with, as `certificates.form` stores them. */
export type RecordCertificateForm = 'form5' | 'form6' | 'still-birth-extract';

export interface RenderedCertificate {
  form: RecordCertificateForm;
  payload: string;
  pdf: Buffer;
}

const FORMS = {
  birth: { form: 'form5', letter: 'B' },
  death: { form: 'form6', letter: 'D' },
  still_birth: { form: 'still-birth-extract', letter: 'S' },
} as const satisfies Record<string, { form: RecordCertificateForm; letter: PayloadEventType }>;

/**
 * Signs the QR payload and renders the certificate of a registered record in its own form:
 * Form 5 for a live birth, Form 6 for a death (never with the cause, which the source does not
 * hold), the extract of the Form 3 entry for a still-birth (no name is printed or signed).
 * Pure apart from the signing: the same source, keys and moment give the same bytes.
 */
export async function renderRecordCertificate(
  source: CertificateSource,
  settings: { keyring: Keyring; publicBaseUrl: string; pdfSigner?: PdfSigner },
  issuedAt: Date,
): Promise<RenderedCertificate> {
  const { record } = source;
  const { form, letter } = FORMS[record.event_type];
  const payload = signPayload(
    {
      registrationNumber: record.registration_number,
      eventType: letter,
      nameEn: signedName(source),
      eventDate: record.event_date,
      issueDate: indiaDate(issuedAt),
      unitCode: source.unit.code,
    },
    settings.keyring,
  );
  const parts = {
    ...source,
    issuedAt,
    verifyUrl: `${settings.publicBaseUrl}/verify/${payload}`,
    payload,
  };

  return { form, payload, pdf: await renderPdf(parts, settings.pdfSigner) };
}

function signedName({ record }: CertificateSource): string {
  if (record.event_type === 'death') return printableName(record.declaration.deceased.name).en;
  if (record.event_type === 'still_birth') return '';

  const name = record.declaration.child.name;

  return name ? printableName(name).en : '';
}

type ViewParts = CertificateSource & { issuedAt: Date; verifyUrl: string; payload: string };

function renderPdf(parts: ViewParts, signer: PdfSigner | undefined): Promise<Buffer> {
  const { record } = parts;
  switch (record.event_type) {
    case 'birth':
      return renderForm5(buildForm5View({ ...parts, record }), signer);
    case 'death':
      return renderForm6(buildForm6View({ ...parts, record }), signer);
    case 'still_birth':
      return renderStillBirthExtract(buildStillBirthView({ ...parts, record }), signer);
  }
}
