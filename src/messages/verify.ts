/** Words on the public verify page, Telugu and English side by side. */
export const VERIFY_TEXT = {
  title: { te: 'ధ్రువపత్రం ధ్రువీకరణ', en: 'Certificate verification' },
  government: { te: 'ఆంధ్రప్రదేశ్ ప్రభుత్వం', en: 'Government of Andhra Pradesh' },
  GENUINE: { te: 'ఈ ధ్రువపత్రం నిజమైనది మరియు అమలులో ఉంది.', en: 'This certificate is genuine and in force.' },
  GENUINE_OFFLINE: {
    te: 'సంతకం సరైనది. రద్దు స్థితి తనిఖీ చేయలేదు.',
    en: 'The signature is valid. Whether it was revoked could not be checked.',
  },
  SUPERSEDED: {
    te: 'ఈ ధ్రువపత్రం స్థానంలో సవరించిన కొత్తది జారీ అయింది; ఇది ఇక చెల్లదు.',
    en: 'This certificate has been replaced by a corrected one and is no longer valid.',
  },
  CANCELLED: { te: 'ఈ నమోదు రద్దు చేయబడింది.', en: 'This registration has been cancelled.' },
  INVALID: { te: 'ఈ ధ్రువపత్రం నిజమైనదిగా నిర్ధారించలేము.', en: 'This certificate could not be confirmed as genuine.' },
  MALFORMED: { te: 'కోడ్ అసంపూర్ణంగా లేదా దెబ్బతిన్నది.', en: 'The code is incomplete or damaged.' },
  UNKNOWN_KEY: { te: 'తెలియని కీతో సంతకం చేయబడింది.', en: 'It was signed with a key the state does not know.' },
  KEY_COMPROMISED: { te: 'సంతకం చేసిన కీ రద్దు చేయబడింది.', en: 'The key that signed it has been withdrawn.' },
  BAD_SIGNATURE: { te: 'సంతకం సరిపోలలేదు: వివరాలు మార్చబడ్డాయి.', en: 'The signature does not match: the details were altered.' },
  NOT_IN_REGISTER: { te: 'ఈ ధ్రువపత్రం రిజిస్టర్‌లో లేదు.', en: 'This certificate is not in the register.' },
  compareHint: {
    te: 'కింది వివరాలు కాగితంపై ఉన్నవాటితో సరిపోలుతున్నాయో చూడండి.',
    en: 'Check that the details below match the paper in front of you.',
  },
  registrationNumber: { te: 'నమోదు సంఖ్య', en: 'Registration number' },
  name: { te: 'పేరు', en: 'Name' },
  notNamed: { te: 'పేరు ఇంకా పెట్టలేదు', en: 'Not named yet' },
  dateOfBirth: { te: 'పుట్టిన తేదీ', en: 'Date of birth' },
  dateOfDeath: { te: 'మరణించిన తేదీ', en: 'Date of death' },
  dateOfStillBirth: { te: 'మృత శిశు జననం తేదీ', en: 'Date of still-birth' },
  dateOfEventStated: { te: 'తెలిపిన సంఘటన తేదీ', en: 'Date of the event as stated' },
  kindB: { te: 'జనన ధ్రువీకరణ పత్రం', en: 'Birth certificate' },
  kindD: { te: 'మరణ ధ్రువీకరణ పత్రం', en: 'Death certificate' },
  kindS: { te: 'మృత శిశు జనన నమోదు సారాంశం', en: 'Extract of still-birth registration' },
  kindN: { te: 'నమోదు లభ్యం కాని ధ్రువీకరణ పత్రం', en: 'Non-availability certificate' },
  certificateKind: { te: 'ధ్రువపత్రం రకం', en: 'Certificate' },
  revokedOn: { te: 'అమలు నుండి తొలగించిన తేదీ', en: 'Out of force since' },
  tooManyTitle: { te: 'చాలా ఎక్కువ ప్రయత్నాలు', en: 'Too many checks' },
  tooMany: {
    te: 'ఈ పరికరం నుండి చాలా ఎక్కువ తనిఖీలు వచ్చాయి. ఒక నిమిషం ఆగి మళ్లీ ప్రయత్నించండి.',
    en: 'Too many checks came from this device. Wait a minute and try again.',
  },
  dateOfIssue: { te: 'జారీ చేసిన తేదీ', en: 'Date of issue' },
  unit: { te: 'నమోదు యూనిట్', en: 'Registration unit' },
} as const;

export type VerifyTextKey = keyof typeof VERIFY_TEXT;
