import type { TemplateDefinition } from './types.ts';

const OTP_COPY_URL = 'https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp{{1}}';

const CERTIFICATE_EXAMPLE = { body_text: [['Anvitha', 'B-2026:28-90001-000001']] };
const DEATH_EXAMPLE = { body_text: [['Ramaiah Kondaveeti', 'D-2026:28-90001-000001']] };
const STILL_BIRTH_EXAMPLE = { body_text: [['S-2026:28-90001-000001']] };

/** The utility template of one certificate kind: the PDF in the header, a body, a footer. */
function certificateTemplate(
  name: string,
  language: 'te' | 'en',
  body: { text: string; example: { body_text: string[][] } },
): TemplateDefinition {
  const footer = language === 'te' ? 'ఆంధ్రప్రదేశ్ ప్రభుత్వం' : 'Government of Andhra Pradesh';

  return {
    name,
    language,
    category: 'UTILITY',
    components: [
      { type: 'HEADER', format: 'DOCUMENT' },
      { type: 'BODY', ...body },
      { type: 'FOOTER', text: footer },
    ],
  };
}

/**
 * The templates a fresh stand-in knows, all APPROVED: the certificate notice (UTILITY, PDF in
 * a document header; {{1}} is the child's name or "newborn", {{2}} the registration number)
 * and the verification code (AUTHENTICATION; the code fills the body and the copy button).
 * A death has its own notice ({{1}} the deceased's name, {{2}} the number), worded with
 * condolence; a still-birth's extract names no one ({{1}} is the registration number).
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
  certificateTemplate('death_certificate_ready', 'te', {
    text:
      'మీకు మా ప్రగాఢ సానుభూతి. {{1}} గారి మరణ ధ్రువీకరణ పత్రం సిద్ధంగా ఉంది. నమోదు సంఖ్య: {{2}}. ' +
      'సంతకం చేసిన పత్రం PDF రూపంలో జత చేయబడింది.',
    example: DEATH_EXAMPLE,
  }),
  certificateTemplate('death_certificate_ready', 'en', {
    text:
      'With our condolences: the death certificate of {{1}} is ready. Registration number: {{2}}. ' +
      'The signed certificate is attached as a PDF.',
    example: DEATH_EXAMPLE,
  }),
  certificateTemplate('still_birth_extract_ready', 'te', {
    text:
      'మీ నష్టానికి మా ప్రగాఢ సానుభూతి. మృత శిశు జనన నమోదు సారాంశం (నమోదు సంఖ్య {{1}}) ' +
      'సంతకం చేసిన PDF రూపంలో జత చేయబడింది.',
    example: STILL_BIRTH_EXAMPLE,
  }),
  certificateTemplate('still_birth_extract_ready', 'en', {
    text:
      'We are sorry for your loss. The extract of the still-birth registration (number {{1}}) ' +
      'is attached as a signed PDF.',
    example: STILL_BIRTH_EXAMPLE,
  }),
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
