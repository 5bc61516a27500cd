import type { KeyObject } from 'node:crypto';
import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import { SignPdf } from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { certificateMessages as m } from '../messages/certificate.ts';
import { buildCmsSignature } from './build-cms-signature.ts';

/** The key and X.509 certificates that sign the PDF itself (not the QR payload). */
export interface PdfSigner {
  privateKey: KeyObject;
  /** DER of the signing certificate. */
  certificate: Buffer;
  /** DER of the certificates above it, nearest first (the development CA, or the state's). */
  chain: Buffer[];
}

/**
 * Room for the CMS blob: two RSA-2048 certificates and a signature take about 2.3 KB; the
 * state's chain may be longer. The placeholder is written as hex, so it costs twice this.
 */
const SIGNATURE_BYTES = 6144;

/** @signpdf's signer interface over our CMS builder, bound to one key and signing time. */
class CmsSigner extends Signer {
  private readonly signer: PdfSigner;

  constructor(signer: PdfSigner) {
    super();
    this.signer = signer;
  }

  override sign(content: Buffer, signingTime?: Date): Promise<Buffer> {
    return Promise.resolve(buildCmsSignature(content, this.signer, signingTime ?? new Date()));
  }
}

/**
 * Adds the signature dictionary, its invisible widget and the AcroForm to a pdfkit document
 * before `end()`. The dictionary's /M is the issue time, so the bytes stay a function of the
 * certificate. Mutates the document.
 */
export function addSignaturePlaceholder(doc: PDFKit.PDFDocument, _signer: PdfSigner, at: Date) {
  pdfkitAddPlaceholder({
    pdf: doc,
    pdfBuffer: Buffer.alloc(0),
    reason: m.signatureReason.en,
    contactInfo: '',
    name: m.government.en,
    location: 'Andhra Pradesh, India',
    signingTime: at,
    signatureLength: SIGNATURE_BYTES,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'Patra',
  });
}

/**
 * Fills the placeholder with a detached CMS (CAdES) signature over the byte range (PAdES
 * baseline B). With an RSA key the output is a function of the input, key and time; an ECDSA
 * key gives a valid but different signature each time.
 */
export function signPdf(pdf: Buffer, signer: PdfSigner, at: Date): Promise<Buffer> {
  return new SignPdf().sign(pdf, new CmsSigner(signer), at);
}
