import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  tenaliForm5View,
  LATE_REMARK,
  SAMPLE_PAYLOAD as PAYLOAD,
} from '../../test/support/certificate-views.ts';
import { requireTool } from '../../test/support/external-tool.ts';
import { folded, pageText, runTool as run } from '../../test/support/pdf-readers.ts';
import { certificateMessages as m } from '../messages/certificate.ts';
import type { Form5View } from './form5-view.ts';
import { readPayloadFromPdf } from './read-payload-from-pdf.ts';
import { renderForm5 } from './render-form5.ts';

const hasPoppler = requireTool('pdftotext', 'poppler-utils');
const hasZbar = requireTool('zbarimg', 'zbar-tools');
const hasQpdf = requireTool('qpdf', 'qpdf');

const tenaliView = tenaliForm5View;

let dir: string;
let view: Form5View;
let pdf: Buffer;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'patra-form5-'));
  view = tenaliView();
  pdf = await renderForm5(view);
  file = join(dir, 'form5.pdf');
  writeFileSync(file, pdf);
});

describe('renderForm5', () => {
  it('starts a PDF, stays under 100 KB and keeps the signed payload readable', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(100 * 1024);
    expect(readPayloadFromPdf(pdf)).toBe(PAYLOAD);
  });

  it.skipIf(!hasPoppler)('is exactly one page', () => {
    expect(run('pdfinfo', [file])).toMatch(/^Pages:\s+1$/m);
  });

  it.skipIf(!hasPoppler)('gives back the Telugu and English text exactly as it went in', () => {
    const text = pageText(file);
    const expected = [
      'శ్రీ లక్ష్మీ',
      'కొండవీటి ధృతి',
      'కొండవీటి క్షేత్రయ్య',
      view.birth.place.te ?? '',
      view.addressAtBirth.te ?? '',
      view.permanentAddress.te ?? '',
      view.addressAtBirth.en,
      'Sri Lakshmi',
      m.title.te,
      m.sexFemale.te,
      ...[m.name, m.dateOfBirth, m.placeOfBirth, m.motherName, m.fatherName, m.aadhaar],
      ...[m.addressAtBirth, m.permanentAddress, m.registrationNumber, m.issuingAuthority],
    ].flatMap((item) => (typeof item === 'string' ? [item] : [item.te, item.en]));

    for (const want of expected) expect(text).toContain(folded(want));
    // What pdfkit's ToUnicode map alone would give: glyphs in visual order.
    expect(text).not.toContain('శీ్ర');
  });

  it.skipIf(!hasPoppler)('embeds every font, as a subset', () => {
    const rows = run('pdffonts', [file]).trim().split('\n').slice(2);

    expect(rows.length).toBe(4);
    for (const row of rows) expect(row).toMatch(/\sCID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s/);
  });

  it.skipIf(!hasPoppler || !hasZbar)(
    'has a QR code that scans to the verify URL at 150 dpi',
    () => {
      run('pdftoppm', ['-r', '150', '-png', '-singlefile', file, join(dir, 'page')]);

      expect(run('zbarimg', ['--raw', '-q', join(dir, 'page.png')]).trim()).toBe(view.verifyUrl);
    },
  );

  it.skipIf(!hasQpdf)('passes qpdf --check', () => {
    expect(run('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors/);
  });

  it('renders the same view to the same bytes, and a new issue date to new bytes', async () => {
    // Other text first, so that caches warmed in another order cannot leak into the bytes.
    const other = { en: 'Transgender', te: 'ట్రాన్స్‌జెండర్ ‌శ్రీ' };
    await renderForm5(tenaliView({ child: { name: other, sex: 'male' }, remarks: [other] }));
    expect((await renderForm5(tenaliView())).equals(pdf)).toBe(true);

    const later = await renderForm5(tenaliView({ issuedAt: new Date('2026-04-03T09:00:00Z') }));
    expect(later.equals(pdf)).toBe(false);
  });

  it('does not depend on what the process rendered before', () => {
    const viewFile = join(dir, 'view.json');
    const outFile = join(dir, 'fresh.pdf');
    const script = join(dir, 'render.mts');
    const renderer = pathToFileURL(fileURLToPath(new URL('./render-form5.ts', import.meta.url)));
    writeFileSync(viewFile, JSON.stringify(view));
    writeFileSync(
      script,
      `import { readFileSync, writeFileSync } from 'node:fs';
       import { renderForm5 } from '${renderer.href}';
       const view = JSON.parse(readFileSync(process.argv[2], 'utf8'));
       view.issuedAt = new Date(view.issuedAt);
       writeFileSync(process.argv[3], await renderForm5(view));`,
    );

    run(process.execPath, ['--import', 'tsx', script, viewFile, outFile]);
    expect(readFileSync(outFile).equals(pdf)).toBe(true);
  });

  it.skipIf(!hasPoppler)(
    'prints an unnamed child, no father and long remarks on one page',
    async () => {
      const remark = LATE_REMARK;
      const sparse = tenaliView({
        child: { sex: 'transgender' },
        father: undefined,
        remarks: [remark, remark, { en: 'Corrected under Section 15' }],
      });
      const sparseFile = join(dir, 'sparse.pdf');
      writeFileSync(sparseFile, await renderForm5(sparse));

      const text = pageText(sparseFile);
      expect(run('pdfinfo', [sparseFile])).toMatch(/^Pages:\s+1$/m);
      for (const want of [
        m.notNamed.te,
        m.notNamed.en,
        m.sexTransgender.te,
        remark.te,
        remark.en,
      ]) {
        expect(text).toContain(folded(want));
      }
    },
  );
});
