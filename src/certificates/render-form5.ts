import PDFDocument from 'pdfkit';
import { certificateMessages as m } from '../messages/certificate.ts';
import type { CertificateMessage } from '../messages/certificate.ts';
import { registerCertificateFonts } from './fonts.ts';
import { drawForm5Fields } from './form5-fields.ts';
import { unitMessage } from './form5-values.ts';
import type { Form5View } from './form5-view.ts';
import { BAND_HEIGHT, drawForm5Verification } from './form5-verification.ts';
import { drawBlock } from './mixed-text.ts';
import type { TextStyle } from './mixed-text.ts';

type Doc = PDFKit.PDFDocument;

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
function documentInfo(view: Form5View): PDFKit.DocumentInfo & { PatraPayload: string } {
  return {
    Title: `${m.title.en} ${view.registrationNumber}`,
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
function createDocument(view: Form5View): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    pdfVersion: '1.7',
    lang: 'en-IN',
    info: documentInfo(view),
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

function drawFormNumber(doc: Doc): void {
  const s = style(8.5, 700, ACCENT);
  const top = drawBlock(doc, m.formNumber.te, { x: LEFT, top: 34, width: 80 }, s);
  drawBlock(doc, m.formNumber.en, { x: LEFT, top, width: 80 }, s);
}

function drawHeader(doc: Doc, view: Form5View): number {
  drawFormNumber(doc);

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
  return centeredPair(doc, m.title, top + 6, style(16, 700, ACCENT), style(14, 700, ACCENT));
}

function drawPreamble(doc: Doc, view: Form5View, top: number): number {
  top = centeredPair(doc, m.legalBasis, top + 1, style(7, 400), style(6.5, 400)) + 4;

  const certify = unitMessage(m.certify, view);
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
 * Renders Form 5 (the birth certificate) as a one-page A4 PDF: bilingual Telugu/English text in
 * embedded subset Noto fonts, a vector QR code of the verify URL, and the signed payload in the
 * document info. The same view always yields the same bytes. Throws when the entries are too
 * long for one page even in the smallest type.
 *
 * TODO(#4): sign the PDF itself (PAdES) and render Forms 6 and 10 alike.
 */
export async function renderForm5(view: Form5View): Promise<Buffer> {
  const doc = createDocument(view);
  const pdf = collect(doc);

  drawBorders(doc);
  const preambleTop = drawHeader(doc, view);
  const gridTop = drawPreamble(doc, view, preambleTop) + 6;

  drawForm5Fields(doc, view, { x: LEFT, top: gridTop, width: WIDTH }, BAND_TOP - 8);

  drawForm5Verification(doc, view, { x: LEFT, top: BAND_TOP, width: WIDTH });
  drawFooter(doc);

  doc.end();
  return pdf;
}
