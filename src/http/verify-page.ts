import type { Verification } from '../certificates/verify-certificate.ts';
import { VERIFY_TEXT, type VerifyTextKey } from '../messages/verify.ts';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const both = (key: VerifyTextKey): string =>
  `<span lang="te">${escapeHtml(VERIFY_TEXT[key].te)}</span><br><span lang="en">${escapeHtml(VERIFY_TEXT[key].en)}</span>`;

const VERDICT_COLOUR = { GENUINE: '#1b5e20', SUPERSEDED: '#8a5a00', CANCELLED: '#b71c1c', INVALID: '#b71c1c' } as const;

/**
 * The public verify page: the verdict in Telugu and English, and the few details the QR
 * carries, to compare with the paper. It shows nothing the certificate does not.
 */
export function renderVerifyPage(verification: Verification, unitName?: { en: string; te: string }): string {
  const headline = verification.verdict === 'GENUINE' && !verification.isRevocationChecked ? 'GENUINE_OFFLINE' : verification.verdict;
  const reason = verification.reason ? `<p class="reason">${both(verification.reason)}</p>` : '';
  const fields = verification.fields && verification.verdict !== 'INVALID' ? detailRows(verification, unitName) : '';

  return `<!doctype html>
<html lang="te"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(VERIFY_TEXT.title.en)}</title>
<style>
body{font-family:"Noto Sans Telugu","Noto Sans",sans-serif;margin:0;background:#f4f4f0;color:#1a1a1a;line-height:1.5}
main{max-width:32rem;margin:0 auto;padding:1rem}
.verdict{border-left:.5rem solid ${VERDICT_COLOUR[verification.verdict]};background:#fff;padding:1rem;font-size:1.1rem;font-weight:600}
.reason{background:#fff;padding:.75rem 1rem;margin-top:.5rem}
dl{background:#fff;padding:1rem;margin-top:1rem}dt{font-size:.85rem;color:#555}dd{margin:0 0 .75rem;font-weight:600;word-break:break-word}
</style></head>
<body><main>
<h1>${both('title')}</h1><p>${both('government')}</p>
<p class="verdict" data-verdict="${verification.verdict}">${both(headline)}</p>${reason}${fields}
</main></body></html>`;
}

function detailRows(verification: Verification, unitName?: { en: string; te: string }): string {
  const fields = verification.fields;
  if (!fields) return '';

  const rows: [VerifyTextKey, string][] = [
    ['registrationNumber', fields.registrationNumber],
    ['name', fields.nameEn || `${VERIFY_TEXT.notNamed.te} / ${VERIFY_TEXT.notNamed.en}`],
    ['dateOfBirth', fields.eventDate],
    ['dateOfIssue', fields.issueDate],
    ['unit', unitName ? `${unitName.te} / ${unitName.en}` : fields.unitCode],
  ];
  const items = rows.map(([key, value]) => `<dt>${VERIFY_TEXT[key].te} / ${VERIFY_TEXT[key].en}</dt><dd>${escapeHtml(value)}</dd>`);

  return `<p>${both('compareHint')}</p><dl>${items.join('')}</dl>`;
}
