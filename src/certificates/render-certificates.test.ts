import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  LATE_REMARK,
  tenaliForm10View,
  tenaliForm6View,
  tenaliStillBirthView,
} from '../../test/support/certificate-views.ts';
import { requireTool } from '../../test/support/external-tool.ts';
import { folded, pageText, runTool } from '../../test/support/pdf-readers.ts';
import { certificateMessages as m } from '../messages/certificate.ts';
import type { CertificateBase } from './certificate-view.ts';
import { readPayloadFromPdf } from './read-payload-from-pdf.ts';
import { renderForm10 } from './render-form10.ts';
import { renderForm6 } from './render-form6.ts';
import { renderStillBirthExtract } from './render-still-birth-extract.ts';

const hasPoppler = requireTool('pdftotext', 'poppler-utils');
const hasZbar = requireTool('zbarimg', 'zbar-tools');
const hasQpdf = requireTool('qpdf', 'qpdf');

interface FormCase {
  form: string;
  view: CertificateBase;
  render: () => Promise<Buffer>;
  /** Labels and data a reader must get back as the same Unicode. */
  expected: string[];
}

const form6 = tenaliForm6View();
const stillBirth = tenaliStillBirthView();
const form10 = tenaliForm10View();
const pairs = (...messages: { te: string; en: string }[]) => messages.flatMap((x) => [x.te, x.en]);

const CASES: FormCase[] = [
  {
    form: 'Form 6 (death)',
    view: form6,
    render: () => renderForm6(form6),
    expected: [
      ...pairs(m.formNumber6, m.titleDeath, m.deceasedName, m.dateOfDeath, m.placeOfDeath),
      ...pairs(m.fatherOrHusbandName, m.addressAtDeath, m.remarks, m.issuingAuthority),
      'వీరమాచనేని సూర్యనారాయణ',
      'Veeramachaneni Suryanarayana',
      '11-02-2026',
      '78 సంవత్సరాలు',
      LATE_REMARK.te,
      LATE_REMARK.en,
      'Name of mother corrected under Section 15 on 25-03-2026',
    ],
  },
  {
    form: 'the still-birth extract',
    view: stillBirth,
    render: () => renderStillBirthExtract(stillBirth),
    expected: [
      ...pairs(m.titleStillBirth, m.dateOfStillBirth, m.placeOfStillBirth, m.motherName),
      'పోతూరి శ్రావణి',
      '02-03-2026',
      'S-2026:28-90001-000002',
    ],
  },
  {
    form: 'Form 10 (non-availability)',
    view: form10,
    render: () => renderForm10(form10),
    expected: [
      ...pairs(m.formNumber10, m.titleNonAvailability, m.yearsSearched, m.eventSearched),
      'గోరంట్ల వెంకటేశ్వర్లు',
      '17-08-1995',
      '1994 – 1996',
      'N-2026:28-90001-000003',
      'గుంటూరు జిల్లా జననం రిజిస్టర్‌లను',
    ],
  },
];

describe.each(CASES)('$form', ({ view, render, expected }) => {
  let dir: string;
  let file: string;
  let pdf: Buffer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'patra-forms-'));
    pdf = await render();
    file = join(dir, 'certificate.pdf');
    writeFileSync(file, pdf);
  });

  it('is a PDF under 100 KB carrying its signed payload, and the same bytes every time', async () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(100 * 1024);
    expect(readPayloadFromPdf(pdf)).toBe(view.payload);
    expect((await render()).equals(pdf)).toBe(true);
  });

  it.skipIf(!hasPoppler)('is one page whose Telugu and English read back as they went in', () => {
    expect(runTool('pdfinfo', [file])).toMatch(/^Pages:\s+1$/m);

    const text = pageText(file);
    for (const want of expected) expect(text).toContain(folded(want));
  });

  it.skipIf(!hasPoppler)('embeds every font it uses, as subsets', () => {
    const rows = runTool('pdffonts', [file]).trim().split('\n').slice(2);

    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\sCID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s/);
  });

  it.skipIf(!hasPoppler || !hasZbar)(
    'has a QR code that scans to the verify URL at 150 dpi',
    () => {
      runTool('pdftoppm', ['-r', '150', '-png', '-singlefile', file, join(dir, 'page')]);

      expect(runTool('zbarimg', ['--raw', '-q', join(dir, 'page.png')]).trim()).toBe(
        view.verifyUrl,
      );
    },
  );

  it.skipIf(!hasQpdf)('passes qpdf --check', () => {
    expect(runTool('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors/);
  });
});

describe('Form 6', () => {
  it.skipIf(!hasPoppler)('prints no cause of death, whatever else the register holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'patra-form6-'));
    const file = join(dir, 'form6.pdf');
    // A view built from a wider object: only the declared fields can reach the page.
    const wider = { ...form6, causeOfDeath: { en: 'Myocardial infarction', te: 'గుండెపోటు' } };
    writeFileSync(file, await renderForm6(wider));

    const text = pageText(file);
    expect(text).not.toMatch(/cause|infarction|గుండెపోటు|కారణం/i);
    expect(text).toContain('Veeramachaneni Suryanarayana');
  });
});
