import { certificateMessages as m } from '../messages/certificate.ts';
import type { CertificateMessage } from '../messages/certificate.ts';
import { authorityLine, formatIndiaDate } from './certificate-values.ts';
import type { Bilingual, CertificateBase } from './certificate-view.ts';
import { drawBlock } from './mixed-text.ts';
import type { TextStyle } from './mixed-text.ts';
import { drawQrCode } from './qr-vector.ts';

type Doc = PDFKit.PDFDocument;

/** The band at the foot of the certificate: QR code, how to verify, date and authority. */
export interface BandBox {
  x: number;
  top: number;
  width: number;
}

const MM = 72 / 25.4;

/** 34 mm: above the 30 mm minimum with room to spare, and 150 dpi scans of it still decode. */
const QR_SIZE = 34 * MM;

/** The height the band needs: the QR code plus three lines of URL under it. */
export const BAND_HEIGHT = QR_SIZE + 26;

const NOTE_STYLE: TextStyle = { size: 7.5, weight: 400, color: '#222222' };
const URL_STYLE: TextStyle = { size: 6, weight: 400, color: '#222222' };
const LABEL_STYLE: TextStyle = { size: 7.5, weight: 400, color: '#4d4d4d' };
const VALUE_STYLE: TextStyle = { size: 9, weight: 700, color: '#111111' };
const GAP = 14;

function drawBilingual(
  doc: Doc,
  text: Bilingual,
  x: number,
  top: number,
  width: number,
  style: TextStyle,
) {
  if (text.te) top = drawBlock(doc, text.te, { x, top, width }, style);
  return drawBlock(doc, text.en, { x, top, width }, style);
}

function drawLabelled(
  doc: Doc,
  label: CertificateMessage,
  values: Bilingual[],
  box: { x: number; top: number; width: number },
): number {
  let top = drawBilingual(doc, label, box.x, box.top, box.width, LABEL_STYLE);
  for (const value of values) top = drawBilingual(doc, value, box.x, top, box.width, VALUE_STYLE);
  return top;
}

function drawVerification(doc: Doc, view: CertificateBase, box: BandBox, width: number): void {
  drawQrCode(doc, view.verifyUrl, { x: box.x, y: box.top, size: QR_SIZE });

  const noteX = box.x + QR_SIZE + GAP;
  drawBilingual(doc, m.verification, noteX, box.top, width - QR_SIZE - GAP, NOTE_STYLE);

  const urlTop = box.top + QR_SIZE + 6;
  drawBlock(doc, view.verifyUrl, { x: box.x, top: urlTop, width }, URL_STYLE);
}

function drawAuthority(
  doc: Doc,
  view: CertificateBase,
  x: number,
  top: number,
  width: number,
): void {
  const issued = { en: formatIndiaDate(view.issuedAt) };
  const next = drawLabelled(doc, m.issueDate, [issued], { x, top, width });
  const authority = [authorityLine(view.unit), m.officeRegistrar];
  drawLabelled(doc, m.issuingAuthority, authority, { x, top: next + 8, width });
}

/**
 * Draws the foot band: on the left the QR code with the verification note beside it and the
 * verify URL under it; on the right the date of issue and the issuing authority.
 */
export function drawVerificationBand(doc: Doc, view: CertificateBase, box: BandBox): void {
  const leftWidth = box.width * 0.6;
  drawVerification(doc, view, box, leftWidth);

  const rightX = box.x + leftWidth + GAP;
  drawAuthority(doc, view, rightX, box.top, box.width - leftWidth - GAP);
}
