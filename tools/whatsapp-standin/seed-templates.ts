import type { TemplateDefinition } from './types.ts';

const OTP_COPY_URL = 'https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp{{1}}';

const CERTIFICATE_EXAMPLE = { body_text: [['Anvitha', 'B-2026:28-90001-000001']] };

/**
 * The templates a fresh stand-in knows, all APPROVED: the certificate notice (UTILITY, PDF in
 * a document header; {{1}} is the child's name or "newborn", {{2}} the registration number)
 * and the verification code (AUTHENTICATION; the code fills the body and the copy button).
 * Meta lists an OTP copy-code button as a URL button, so it is one here too.
 */
export const SEED_TEMPLATES: TemplateDefinition[] = [
  {
    name: 'certificate_ready',
    language: 'te',
    category: 'UTILITY',
    components: [
      { type: 'HEADER', format: 'DOCUMENT' },
      {
        type: 'BODY',
        text:
          '{{1}} జనన ధృవీకరణ పత్రం సిద్ధంగా ఉంది. నమోదు సంఖ్య: {{2}}. ' +
          'సంతకం చేసిన పత్రం PDF రూపంలో జత చేయబడింది; దీన్ని భద్రంగా ఉంచుకోండి.',
        example: CERTIFICATE_EXAMPLE,
      },
      { type: 'FOOTER', text: 'ఆంధ్రప్రదేశ్ ప్రభుత్వం' },
    ],
  },
  {
    name: 'certificate_ready',
    language: 'en',
    category: 'UTILITY',
    components: [
      { type: 'HEADER', format: 'DOCUMENT' },
      {
        type: 'BODY',
        text:
          'The birth certificate of {{1}} is ready. Registration number: {{2}}. ' +
          'The signed certificate is attached as a PDF; please keep it safe.',
        example: CERTIFICATE_EXAMPLE,
      },
      { type: 'FOOTER', text: 'Government of Andhra Pradesh' },
    ],
  },
  {
    name: 'one_time_code',
    language: 'te',
    category: 'AUTHENTICATION',
    components: [
      {
        type: 'BODY',
        text: '{{1}} మీ పత్ర ధృవీకరణ కోడ్. దీన్ని ఎవరితోనూ పంచుకోవద్దు.',
        example: { body_text: [['482913']] },
      },
      { type: 'FOOTER', text: 'ఈ కోడ్ 10 నిమిషాల్లో ముగుస్తుంది.' },
      { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'కోడ్ కాపీ చేయండి', url: OTP_COPY_URL }] },
    ],
  },
  {
    name: 'one_time_code',
    language: 'en',
    category: 'AUTHENTICATION',
    components: [
      {
        type: 'BODY',
        text: '{{1}} is your Patra verification code. Do not share it with anyone.',
        example: { body_text: [['482913']] },
      },
      { type: 'FOOTER', text: 'The code expires in 10 minutes.' },
      { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Copy code', url: OTP_COPY_URL }] },
    ],
  },
];
