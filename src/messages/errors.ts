import type { ErrorCode } from '../shared/app-error.ts';

/** What people are told for each failure, Telugu and English side by side. */
export const ERROR_TEXT: Record<ErrorCode, { te: string; en: string }> = {
  VALIDATION_FAILED: { te: 'కొన్ని వివరాలు సరిగా లేవు. గుర్తించిన వాటిని సరిచేయండి.', en: 'Some details are not valid. Correct the fields named.' },
  UNAUTHENTICATED: { te: 'దయచేసి మళ్ళీ లాగిన్ అవ్వండి.', en: 'Please sign in again.' },
  FORBIDDEN: { te: 'ఈ పని చేయడానికి మీకు అనుమతి లేదు.', en: 'You are not allowed to do this.' },
  OUTSIDE_JURISDICTION: { te: 'ఈ నమోదు మీ యూనిట్ పరిధిలో లేదు.', en: 'This record is outside your unit.' },
  RECORD_NOT_FOUND: { te: 'నమోదు కనబడలేదు.', en: 'No such record.' },
  UNIT_NOT_FOUND: { te: 'నమోదు యూనిట్ కనబడలేదు.', en: 'No such registration unit.' },
  DELAYED_REGISTRATION_NOT_SUPPORTED: {
    te: '21 రోజులు దాటిన జననాలకు ఆలస్య నమోదు విధానం అవసరం; అది ఇంకా అందుబాటులో లేదు.',
    en: 'Births reported after 21 days need the delayed-registration procedure, which is not available yet.',
  },
  CERTIFICATE_NOT_FOUND: { te: 'ధ్రువపత్రం కనబడలేదు.', en: 'No such certificate.' },
  PAYLOAD_MALFORMED: { te: 'ఈ కోడ్ చదవలేకపోయాము.', en: 'This code could not be read.' },
  NOT_READY: { te: 'సేవ ఇంకా సిద్ధంగా లేదు.', en: 'The service is not ready yet.' },
  REQUEST_REFUSED: { te: 'ఈ అభ్యర్థనను స్వీకరించలేము.', en: 'This request cannot be accepted.' },
  INTERNAL: { te: 'ఏదో తప్పు జరిగింది. కొద్దిసేపటి తర్వాత మళ్ళీ ప్రయత్నించండి.', en: 'Something went wrong. Try again in a little while.' },
};
