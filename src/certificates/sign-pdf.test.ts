import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tenaliForm6View } from '../../test/support/certificate-views.ts';
import { requireTool } from '../../test/support/external-tool.ts';
import { runTool } from '../../test/support/pdf-readers.ts';
import { devCaFile, loadPdfSigner } from './load-pdf-signer.ts';
import { readPayloadFromPdf } from './read-payload-from-pdf.ts';
import { renderForm6 } from './render-form6.ts';
import type { PdfSigner } from './sign-pdf.ts';

const hasPdfsig = requireTool('pdfsig', 'poppler-utils');
const hasCertutil = requireTool('certutil', 'libnss3-tools');
const hasQpdf = requireTool('qpdf', 'qpdf');

let dir: string;
let signer: PdfSigner;
let pdf: Buffer;
let file: string;
const view = tenaliForm6View();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'patra-pades-'));
  signer = await loadPdfSigner({ dataDir: dir });
  pdf = await renderForm6(view, signer);
  file = join(dir, 'signed.pdf');
  writeFileSync(file, pdf);
}, 30_000);

describe('the PDF signature', () => {
  it('keeps the certificate small, readable for its payload and byte-identical on re-issue', async () => {
    expect(pdf.length).toBeLessThan(100 * 1024);
    expect(readPayloadFromPdf(pdf)).toBe(view.payload);
    expect((await renderForm6(view, signer)).equals(pdf)).toBe(true);

    const reloaded = await loadPdfSigner({ dataDir: dir });
    expect((await renderForm6(view, reloaded)).equals(pdf)).toBe(true);
  });

  it.skipIf(!hasPdfsig)('is a valid PAdES signature over the whole file, at the issue time', () => {
    const report = runTool('pdfsig', [file]);

    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Signer Certificate Common Name: Patra Development Signer');
    expect(report).toContain('Signing Time: Apr 02 2026 20:15:00');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain("Certificate Validation: Certificate issuer isn't Trusted.");
  });

  it.skipIf(!hasPdfsig || !hasCertutil)('is trusted once the development CA is trusted', () => {
    const nssDir = join(dir, 'nss');
    runTool('mkdir', ['-p', nssDir]);
    runTool('certutil', ['-N', '-d', `sql:${nssDir}`, '--empty-password']);
    const ca = ['-A', '-d', `sql:${nssDir}`, '-n', 'patra-dev-ca', '-t', 'C,C,C'];
    runTool('certutil', [...ca, '-i', devCaFile(dir)]);

    const report = runTool('pdfsig', ['-nssdir', `sql:${nssDir}`, file]);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Certificate Validation: Certificate is Trusted.');
  });

  it.skipIf(!hasPdfsig)('fails once a single byte of the signed content changes', () => {
    const tampered = Buffer.from(pdf);
    const at = tampered.indexOf('/Title (');
    tampered[at + 8] = tampered[at + 8] === 0x44 ? 0x45 : 0x44;
    const tamperedFile = join(dir, 'tampered.pdf');
    writeFileSync(tamperedFile, tampered);

    expect(runTool('pdfsig', [tamperedFile])).not.toContain('Signature is Valid.');
  });

  it.skipIf(!hasQpdf)('passes qpdf --check', () => {
    expect(runTool('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors/);
  });
});
