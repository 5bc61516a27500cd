import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import QRCode from 'qrcode';
import { certificateMessages as m } from '../src/messages/certificate.ts';
import type { Form5View } from '../src/certificates/form5-view.ts';

const require = createRequire(import.meta.url);
const font = (file: string) =>
  readFileSync(require.resolve(`@fontsource/${file}`)).toString('base64');
const FONTS = [
  [
    'Noto Sans Telugu',
    400,
    font('noto-sans-telugu/files/noto-sans-telugu-telugu-400-normal.woff2'),
  ],
  [
    'Noto Sans Telugu',
    700,
    font('noto-sans-telugu/files/noto-sans-telugu-telugu-700-normal.woff2'),
  ],
  ['Noto Sans', 400, font('noto-sans/files/noto-sans-latin-400-normal.woff2')],
  ['Noto Sans', 700, font('noto-sans/files/noto-sans-latin-700-normal.woff2')],
] as const;
const FACES = FONTS.map(
  ([family, weight, data]) =>
    `@font-face{font-family:"${family}";font-weight:${weight};src:url(data:font/woff2;base64,${data}) format("woff2")}`,
).join('');

const pair = (x: { te?: string; en: string }) =>
  `${x.te ? `<div>${x.te}</div>` : ''}<div>${x.en}</div>`;
const row = (label: { te: string; en: string }, value: { te?: string; en: string } | undefined) =>
  `<td class="l">${pair(label)}</td><td class="v">${value ? pair(value) : '—'}</td>`;

/** The same Form 5 as HTML, for Chromium's page.pdf: the usual way, as the baseline. */
export async function form5Html(view: Form5View): Promise<string> {
  const qr = await QRCode.toString(view.verifyUrl, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 0,
  });
  const rows = [
    [row(m.name, view.child.name), row(m.sex, m.sexFemale)],
    [
      row(m.dateOfBirth, { en: view.birth.date }),
      row(m.timeOfBirth, view.birth.time ? { en: view.birth.time } : undefined),
    ],
    [row(m.placeOfBirth, view.birth.place), ''],
    [row(m.motherName, view.mother.name), row(m.fatherName, view.father?.name)],
    [row(m.addressAtBirth, view.addressAtBirth), row(m.permanentAddress, view.permanentAddress)],
    [
      row(m.registrationNumber, { en: view.registrationNumber }),
      row(m.registrationDate, { en: view.registrationDate }),
    ],
  ];

  return `<!doctype html><html><head><meta charset="utf-8"><style>${FACES}
@page{size:A4;margin:14mm}body{font-family:"Noto Sans","Noto Sans Telugu";font-size:9pt}h1,h2{text-align:center;margin:2mm 0}
table{width:100%;border-collapse:collapse}td{border:0.5pt solid #9aa5b1;padding:3pt;vertical-align:top}.l{color:#4d4d4d;font-size:7.5pt;width:22%}.v{font-weight:700}
.qr{width:34mm;height:34mm}</style></head><body>
<div>${pair(m.formNumber)}</div><h2>${pair(m.government)}</h2><div style="text-align:center">${pair(m.department)}</div>
<h1>${pair(m.title)}</h1><p>${pair(m.legalBasis)}</p>
<table>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</table>
<div style="display:flex;gap:14pt;margin-top:12pt"><div class="qr">${qr}</div><div>${pair(m.verification)}<p style="font-size:6pt;word-break:break-all">${view.verifyUrl}</p></div></div>
<p style="text-align:center">${pair(m.footer)}</p></body></html>`;
}
