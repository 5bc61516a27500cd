import type { ErrorCode } from '../shared/app-error.ts';

/** What people are told for each failure, Telugu and English side by side. */
export const ERROR_TEXT: Record<ErrorCode, { te: string; en: string }> = {
  VALIDATION_FAILED: { te: 'కొన్ని వివరాలు సరిగా లేవు. గుర్తించిన వాటిని సరిచేయండి.', en: 'Some details are not valid. Correct the fields named.' },
  UNAUTHENTICATED: { te: 'దయచేసి మళ్ళీ లాగిన్ అవ్వండి.', en: 'Please sign in again.' },
  TOO_MANY_ATTEMPTS: {
    te: 'చాలాసార్లు తప్పు పాస్‌వర్డ్ ఇచ్చారు. 15 నిమిషాల తర్వాత మళ్ళీ ప్రయత్నించండి.',
    en: 'Too many wrong passwords. Try again in 15 minutes.',
  },
  WRONG_CREDENTIALS: { te: 'వినియోగదారు పేరు లేదా పాస్‌వర్డ్ తప్పు.', en: 'Wrong username or password.' },
  FORBIDDEN: { te: 'ఈ పని చేయడానికి మీకు అనుమతి లేదు.', en: 'You are not allowed to do this.' },
  OUTSIDE_JURISDICTION: { te: 'ఈ నమోదు మీ యూనిట్ పరిధిలో లేదు.', en: 'This record is outside your unit.' },
  RECORD_NOT_FOUND: { te: 'నమోదు కనబడలేదు.', en: 'No such record.' },
  UNIT_NOT_FOUND: { te: 'నమోదు యూనిట్ కనబడలేదు.', en: 'No such registration unit.' },
  REQUIREMENTS_MISSING: {
    te: 'దీనికి కావలసినవి (ఆలస్య నమోదు రుసుము, అనుమతి, ఆధారాలు) ఇంకా నమోదు కాలేదు: క్రింద చూపినవి నమోదు చేయండి.',
    en: 'What this needs (a late fee, a permission, evidence) is not all recorded yet: record the items listed.',
  },
  RECORD_EXISTS: {
    te: 'వెతికిన రిజిస్టర్లలో ఈ సంఘటన నమోదు ఉంది: లభ్యత లేని ధృవపత్రం ఇవ్వలేము.',
    en: 'The registers searched hold an entry of this event: no non-availability certificate can be issued.',
  },
  TIME_LIMIT_PASSED: {
    te: 'ఈ మార్పుకు చట్టం అనుమతించిన గడువు ముగిసింది.',
    en: 'The time the law allows for this change has passed.',
  },
  INVALID_STATUS: {
    te: 'ఈ నమోదు ప్రస్తుత స్థితిలో ఈ పని చేయలేము.',
    en: 'This cannot be done to the record in its present status.',
  },
  DUPLICATE_PENDING: {
    te: 'ఇది ఇప్పటికే ఉన్న నమోదుకు నకలు కావచ్చు; ముందుగా రిజిస్ట్రార్ నిర్ణయించాలి.',
    en: 'This may duplicate a record already held; the registrar must decide first.',
  },
  CERTIFICATE_NOT_FOUND: { te: 'ధ్రువపత్రం కనబడలేదు.', en: 'No such certificate.' },
  CERTIFICATE_REVOKED: { te: 'ఈ ధ్రువపత్రం ఇప్పటికే రద్దు చేయబడింది.', en: 'This certificate has already been revoked.' },
  PAYLOAD_MALFORMED: { te: 'ఈ కోడ్ చదవలేకపోయాము.', en: 'This code could not be read.' },
  NOT_READY: { te: 'సేవ ఇంకా సిద్ధంగా లేదు.', en: 'The service is not ready yet.' },
  ROUTE_NOT_FOUND: { te: 'ఈ చిరునామా లేదు.', en: 'There is nothing at this address.' },
  REQUEST_REFUSED: { te: 'ఈ అభ్యర్థనను స్వీకరించలేము.', en: 'This request cannot be accepted.' },
  DEAD_LETTER_NOT_FOUND: { te: 'నిలిచిపోయిన ఆ సందేశం కనబడలేదు.', en: 'No such dead letter.' },
  ALREADY_SENT: {
    te: 'WhatsApp ఈ సందేశాన్ని ఇప్పటికే స్వీకరించింది; మళ్ళీ పంపబడదు.',
    en: 'WhatsApp has already accepted this message; it is not sent again.',
  },
  INTERNAL: { te: 'ఏదో తప్పు జరిగింది. కొద్దిసేపటి తర్వాత మళ్ళీ ప్రయత్నించండి.', en: 'Something went wrong. Try again in a little while.' },
};
