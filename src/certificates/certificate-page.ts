import PDFDocument from 'pdfkit';
import { certificateMessages as m } from '../messages/certificate.ts';
import type { CertificateMessage } from '../messages/certificate.ts';
import { BAND_HEIGHT, drawVerificationBand } from './certificate-band.ts';
import { drawFieldGrid, type Row } from './certificate-grid.ts';
import type { Bilingual, CertificateBase } from './certificate-view.ts';
import { registerCertificateFonts } from './fonts.ts';
import { drawBlock } from './mixed-text.ts';
import type { TextStyle } from './mixed-text.ts';
import { addSignaturePlaceholder, signPdf, type PdfSigner } from './sign-pdf.ts';

type Doc = PDFKit.PDFDocument;

/** What sets one form apart: its number, title, legal basis, opening sentence and entries. */
export interface CertificateLayout {
  formNumber: CertificateMessage;
  title: CertificateMessage;
  legalBasis: CertificateMessage;
  /** The sentence above the entries, already filled with the unit's names. */
  certify: Bilingual;
  rows: Row[];
}

const A4 = { width: 595.28, height: 841.89 };
const LEFT = 46;
const WIDTH = A4.width - 2 * LEFT;
const FOOTER_TOP = A4.height - 64;
const BAND_TOP = FOOTER_TOP - BAND_HEIGHT - 10;
const ACCENT = '#1d3f6e';

const style = (size: number, weight: 400 | 700, color = '#111111'): TextStyle => ({
  size,
  weight,
  color,
});

/** The document-info entries; PatraPayload lets a reader get the signed payload back. */
function documentInfo(
  view: CertificateBase,
  layout: CertificateLayout,
): PDFKit.DocumentInfo & { PatraPayload: string } {
  return {
    Title: `${layout.title.en} ${view.registrationNumber}`,
    Producer: 'Patra',
    Creator: 'Patra',
    CreationDate: view.issuedAt,
    ModDate: view.issuedAt,
    PatraPayload: view.payload,
  };
}

/**
 * pdfkit derives the file /ID from the info dictionary (an MD5 of its values), so fixing the
 * dates there makes the whole file a function of the view. `font: null` (which @types/pdfkit
 * does not allow for) skips the default Helvetica that every document would load and never use.
 */
function createDocument(view: CertificateBase, layout: CertificateLayout): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    pdfVersion: '1.7',
    lang: 'en-IN',
    info: documentInfo(view, layout),
    font: null as unknown as undefined,
  });
  registerCertificateFonts(doc);
  return doc;
}

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));

  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function drawBorders(doc: Doc): void {
  doc
    .lineWidth(1.6)
    .rect(20, 20, A4.width - 40, A4.height - 40)
    .stroke(ACCENT);
  doc
    .lineWidth(0.5)
    .rect(25, 25, A4.width - 50, A4.height - 50)
    .stroke(ACCENT);
}

function centered(doc: Doc, text: string, top: number, s: TextStyle): number {
  return drawBlock(doc, text, { x: LEFT, top, width: WIDTH, align: 'center' }, s);
}

function centeredPair(
  doc: Doc,
  msg: CertificateMessage,
  top: number,
  te: TextStyle,
  en: TextStyle,
) {
  return centered(doc, msg.en, centered(doc, msg.te, top, te), en);
}

function drawFormNumber(doc: Doc, formNumber: CertificateMessage): void {
  const s = style(8.5, 700, ACCENT);
  const top = drawBlock(doc, formNumber.te, { x: LEFT, top: 34, width: 80 }, s);
  drawBlock(doc, formNumber.en, { x: LEFT, top, width: 80 }, s);
}

function drawHeader(doc: Doc, view: CertificateBase, layout: CertificateLayout): number {
  drawFormNumber(doc, layout.formNumber);

  const government = { te: m.government.te, en: m.government.en.toUpperCase() };
  let top = centeredPair(doc, government, 32, style(13, 700, ACCENT), style(11.5, 700, ACCENT));
  top = centeredPair(doc, m.department, top, style(8.5, 400), style(8.5, 400));
  const unit = { te: view.unit.nameTe, en: view.unit.nameEn };
  top = centered(doc, `${unit.te} / ${unit.en}`, top, style(9, 700));

  doc
    .lineWidth(0.8)
    .moveTo(LEFT, top + 3)
    .lineTo(LEFT + WIDTH, top + 3)
    .stroke(ACCENT);
  const title = layout.title;
  return centeredPair(doc, title, top + 6, style(16, 700, ACCENT), style(14, 700, ACCENT));
}

function drawPreamble(doc: Doc, layout: CertificateLayout, top: number): number {
  const legal = layout.legalBasis;
  top = centeredPair(doc, legal, top + 1, style(7, 400), style(6.5, 400)) + 4;

  const certify = layout.certify;
  const box = { x: LEFT, width: WIDTH };
  top = drawBlock(doc, certify.te ?? '', { ...box, top }, style(8.5, 400));
  return drawBlock(doc, certify.en, { ...box, top }, style(8.5, 400));
}

function drawFooter(doc: Doc): void {
  doc
    .lineWidth(0.5)
    .moveTo(LEFT, FOOTER_TOP)
    .lineTo(LEFT + WIDTH, FOOTER_TOP)
    .stroke(ACCENT);

  const slogan = `${m.footer.te} / ${m.footer.en}`;
  const top = centered(doc, slogan, FOOTER_TOP + 3, style(8.5, 700, ACCENT));
  centeredPair(
    doc,
    m.computerGenerated,
    top,
    style(6.5, 400, '#444444'),
    style(6.5, 400, '#444444'),
  );
}

/**
 * Renders one certificate as a one-page A4 PDF: bilingual Telugu/English text in embedded
 * subset Noto fonts, the form's entries in a ruled grid, a vector QR code of the verify URL,
 * the signed payload in the document info and, when a signer is given, a PAdES signature
 * whose signing time is the issue time. The same view, layout and keys always yield the same
 * bytes. Throws when the entries are too long for one page even in the smallest type.
 */
export async function renderCertificate(
  view: CertificateBase,
  layout: CertificateLayout,
  signer?: PdfSigner,
): Promise<Buffer> {
  const doc = createDocument(view, layout);
  const pdf = collect(doc);

  drawBorders(doc);
  const preambleTop = drawHeader(doc, view, layout);
  const gridTop = drawPreamble(doc, layout, preambleTop) + 6;
  drawFieldGrid(doc, layout.rows, { x: LEFT, top: gridTop, width: WIDTH }, BAND_TOP - 8);
  drawVerificationBand(doc, view, { x: LEFT, top: BAND_TOP, width: WIDTH });
  drawFooter(doc);

  if (signer) addSignaturePlaceholder(doc, signer, view.issuedAt);
  doc.end();
  return signer ? signPdf(await pdf, signer, view.issuedAt) : pdf;
}
