import { createHash } from 'node:crypto';
import { formatDate, formatIndiaDate } from '../certificates/certificate-values.ts';
import type { PayloadEventType } from '../certificates/payload.ts';
import type { Verification } from '../certificates/verify-certificate.ts';
import { VERIFY_TEXT, type VerifyTextKey } from '../messages/verify.ts';

/** Where the page's Telugu fonts are served from (same origin, so the CSP allows only 'self'). */
export const VERIFY_FONT_PATH = '/verify-assets/noto-sans-telugu-';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const both = (key: VerifyTextKey): string =>
  `<span lang="te">${escapeHtml(VERIFY_TEXT[key].te)}</span><br><span lang="en">${escapeHtml(VERIFY_TEXT[key].en)}</span>`;

const fontFace = (weight: 400 | 700) =>
  `@font-face{font-family:"Noto Sans Telugu";font-weight:${weight};font-display:swap;` +
  `src:url(${VERIFY_FONT_PATH}${weight}.woff2) format("woff2");unicode-range:U+0C00-0C7F,U+200C-200D,U+25CC}`;

/** One fixed style sheet, so the CSP can allow it by hash and nothing inline else runs. */
const STYLE = [
  fontFace(400),
  fontFace(700),
  'body{font-family:"Noto Sans Telugu",system-ui,sans-serif;margin:0;background:#f4f4f0;color:#1a1a1a;line-height:1.55;font-size:1.05rem}',
  'main{max-width:34rem;margin:0 auto;padding:1rem}h1{font-size:1.35rem;margin:.25rem 0}',
  '.verdict{border-left:.5rem solid #b71c1c;background:#fff;padding:1rem;font-size:1.1rem;font-weight:700}',
  '.verdict[data-verdict=GENUINE]{border-color:#1b5e20}.verdict[data-verdict=SUPERSEDED]{border-color:#8a5a00}',
  '.reason{background:#fff;padding:.75rem 1rem;margin-top:.5rem}',
  'dl{background:#fff;padding:1rem;margin-top:1rem}dt{font-size:.9rem;color:#555}dd{margin:0 0 .75rem;font-weight:700;word-break:break-word}',
].join('\n');

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/** The page's Content-Security-Policy: no scripts, no frames, only its own style and fonts. */
export const VERIFY_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${STYLE_HASH}'`,
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const EVENT_DATE_LABEL: Record<PayloadEventType, VerifyTextKey> = {
  B: 'dateOfBirth',
  D: 'dateOfDeath',
  S: 'dateOfStillBirth',
  N: 'dateOfEventStated',
};

function page(title: VerifyTextKey, body: string): string {
  return `<!doctype html>
<html lang="te"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer">
<title>${escapeHtml(VERIFY_TEXT[title].en)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${both(title)}</h1><p>${both('government')}</p>
${body}
</main></body></html>`;
}

function detailRows(verification: Verification, unitName?: { en: string; te: string }): string {
  const fields = verification.fields;
  if (!fields) return '';

  const rows: [VerifyTextKey, string][] = [
    [
      'certificateKind',
      `${VERIFY_TEXT[`kind${fields.eventType}`].te} / ${VERIFY_TEXT[`kind${fields.eventType}`].en}`,
    ],
    ['registrationNumber', fields.registrationNumber],
    ['name', fields.nameEn || `${VERIFY_TEXT.notNamed.te} / ${VERIFY_TEXT.notNamed.en}`],
    [EVENT_DATE_LABEL[fields.eventType], formatDate(fields.eventDate)],
    ['dateOfIssue', formatDate(fields.issueDate)],
    ['unit', unitName ? `${unitName.te} / ${unitName.en}` : fields.unitCode],
  ];
  if (fields.eventType === 'S') rows.splice(2, 1);
  if (verification.revokedAt)
    rows.push(['revokedOn', formatIndiaDate(new Date(verification.revokedAt))]);
  const items = rows.map(([key, value]) => `<dt>${both(key)}</dt><dd>${escapeHtml(value)}</dd>`);

  return `<p>${both('compareHint')}</p><dl>${items.join('')}</dl>`;
}

/**
 * The public verify page: the verdict in Telugu and English and, for a signature that checks
 * out, only what the certificate itself prints (kind, number, name, event and issue dates,
 * unit) plus, once revoked, the date it went out of force. Every failure other than a
 * withdrawn key reads the same, so the page cannot be used to probe the register.
 */
export function renderVerifyPage(
  verification: Verification,
  unitName?: { en: string; te: string },
): string {
  const headline =
    verification.verdict === 'GENUINE' && !verification.isRevocationChecked
      ? 'GENUINE_OFFLINE'
      : verification.verdict;
  const reason =
    verification.reason === 'KEY_COMPROMISED'
      ? `<p class="reason">${both('KEY_COMPROMISED')}</p>`
      : '';
  const fields = verification.verdict === 'INVALID' ? '' : detailRows(verification, unitName);

  return page(
    'title',
    `<p class="verdict" data-verdict="${verification.verdict}">${both(headline)}</p>${reason}${fields}`,
  );
}

/** The page a client sees when it has checked too many certificates too quickly (HTTP 429). */
export function renderTooManyPage(): string {
  return page('tooManyTitle', `<p class="verdict" data-verdict="INVALID">${both('tooMany')}</p>`);
}
