import { createPrivateKey, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { devKeyDir } from './keys.ts';
import { makeDevPdfCertificates } from './make-dev-pdf-certificates.ts';
import type { PdfSigner } from './sign-pdf.ts';

const FILES = {
  ca: 'pdf-dev-ca.pem',
  certificate: 'pdf-signing-cert.pem',
  key: 'pdf-signing-key.pem',
} as const;

/** PEM text to the DER of each certificate in it, in order. */
function pemCertificates(pem: string): Buffer[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((block) => Buffer.from(new X509Certificate(block).raw));
}

function signerFrom(certificatePem: string, keyPem: string): PdfSigner {
  const [certificate, ...chain] = pemCertificates(certificatePem);
  if (!certificate) throw new Error('PATRA_PDF_SIGNING_CERT holds no certificate');

  return { certificate, chain, privateKey: createPrivateKey(keyPem) };
}

const LOCK_WAIT_MS = 20_000;

/**
 * Makes the development CA and a signing certificate under it, once, even when several
 * processes start together (tests, a CLI beside the server): a lock directory elects one
 * maker, which writes each PEM to a temporary file and renames it into place, so no process
 * reads half a file or a certificate that does not match the key.
 */
async function createDevFiles(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, 'pdf-dev.lock');
  try {
    mkdirSync(lock);
  } catch {
    await waitFor(() => existsSync(join(dir, FILES.key)) && !existsSync(lock));

    return;
  }

  try {
    const made = await makeDevPdfCertificates();
    writeAtomically(join(dir, FILES.ca), made.caPem);
    writeAtomically(join(dir, FILES.certificate), made.chainPem);
    writeAtomically(join(dir, FILES.key), made.keyPem);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: 0o600 });
  renameSync(temporary, file);
}

async function waitFor(isDone: () => boolean): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  while (!isDone()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for another process to make the development PDF certificates');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Where the development CA's certificate is, to trust it in a PDF reader or an NSS database. */
export function devCaFile(dataDir: string): string {
  return join(devKeyDir(dataDir), FILES.ca);
}

/**
 * Loads what signs the PDF itself: PATRA_PDF_SIGNING_CERT (PEM, the signing certificate first,
 * then its chain) and PATRA_PDF_SIGNING_KEY (PEM) in production; otherwise a development CA
 * and an RSA-2048 signing certificate under it, made once under `<dataDir>/keys`. RSA because
 * PKCS#1 v1.5 signatures are deterministic, so re-rendering gives the same bytes.
 */
export async function loadPdfSigner(options: {
  dataDir: string;
  pdfSigningCert?: string;
  pdfSigningKey?: string;
}): Promise<PdfSigner> {
  if (options.pdfSigningCert && options.pdfSigningKey) {
    return signerFrom(options.pdfSigningCert, options.pdfSigningKey);
  }

  const dir = devKeyDir(options.dataDir);
  if (!existsSync(join(dir, FILES.key))) await createDevFiles(dir);

  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return signerFrom(read(FILES.certificate), read(FILES.key));
}
