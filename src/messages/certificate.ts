/** One printed label in both languages of the certificate. */
export interface CertificateMessage {
  readonly te: string;
  readonly en: string;
}

/**
 * Every word printed on Form 5, Telugu beside English. Placeholders in braces ({unit}, {mandal},
 * {district}, {office}) are filled by `fillMessage`; nothing else on the certificate is prose.
 */
export const certificateMessages = {
  government: { te: 'ఆంధ్రప్రదేశ్ ప్రభుత్వం', en: 'Government of Andhra Pradesh' },
  department: {
    te: 'ఆరోగ్య, వైద్య మరియు కుటుంబ సంక్షేమ శాఖ',
    en: 'Department of Health, Medical & Family Welfare',
  },
  unitLine: {
    te: '{unit}, {mandal} మండలం, {district} జిల్లా',
    en: '{unit}, {mandal} Mandal, {district} District',
  },
  formNumber: { te: 'ఫారం-5', en: 'FORM-5' },
  title: { te: 'జనన ధ్రువీకరణ పత్రం', en: 'BIRTH CERTIFICATE' },
  legalBasis: {
    te:
      '(జనన మరణాల నమోదు చట్టం, 1969 లోని సెక్షన్ 12/17 మరియు ఆంధ్రప్రదేశ్ జనన మరణాల నమోదు ' +
      'నియమాలు, 1999 లోని నియమం 8/13 ప్రకారం జారీ చేయబడింది)',
    en:
      '(Issued under Section 12/17 of the Registration of Births and Deaths Act, 1969 and ' +
      'Rule 8/13 of the Andhra Pradesh Registration of Births and Deaths Rules, 1999)',
  },
  certify: {
    te:
      'భారతదేశంలోని ఆంధ్రప్రదేశ్ రాష్ట్రం, {district} జిల్లా, {mandal} మండలం, {unit} జనన ' +
      'రిజిస్టర్‌లోని అసలు నమోదు నుండి ఈ క్రింది సమాచారం తీసుకోబడిందని ధ్రువీకరించడమైనది.',
    en:
      'This is to certify that the following information has been taken from the original ' +
      'record of birth which is the register for {unit} of mandal {mandal} of district ' +
      '{district} of Andhra Pradesh, India.',
  },
  name: { te: 'పేరు', en: 'Name' },
  sex: { te: 'లింగం', en: 'Sex' },
  dateOfBirth: { te: 'పుట్టిన తేదీ', en: 'Date of birth' },
  timeOfBirth: { te: 'పుట్టిన సమయం', en: 'Time of birth' },
  placeOfBirth: { te: 'పుట్టిన ప్రదేశం', en: 'Place of birth' },
  motherName: { te: 'తల్లి పేరు', en: 'Name of mother' },
  fatherName: { te: 'తండ్రి పేరు', en: 'Name of father' },
  aadhaar: { te: 'ఆధార్ సంఖ్య', en: 'Aadhaar number' },
  addressAtBirth: {
    te: 'సంఘటన సమయంలో తల్లిదండ్రుల చిరునామా',
    en: 'Address of parents at the time of birth',
  },
  permanentAddress: { te: 'తల్లిదండ్రుల శాశ్వత చిరునామా', en: 'Permanent address of parents' },
  registrationNumber: { te: 'నమోదు సంఖ్య', en: 'Registration number' },
  registrationDate: { te: 'నమోదు తేదీ', en: 'Date of registration' },
  remarks: { te: 'వ్యాఖ్యలు', en: 'Remarks' },
  issueDate: { te: 'జారీ చేసిన తేదీ', en: 'Date of issue' },
  issuingAuthority: { te: 'జారీ చేసిన అధికారి', en: 'Issuing authority' },
  sexMale: { te: 'పురుషుడు', en: 'Male' },
  sexFemale: { te: 'స్త్రీ', en: 'Female' },
  sexTransgender: { te: 'ట్రాన్స్‌జెండర్', en: 'Transgender' },
  notNamed: { te: 'ఇంకా పేరు పెట్టలేదు', en: 'Not named yet' },
  officeMunicipalCommissioner: { te: 'మున్సిపల్ కమిషనర్', en: 'Municipal Commissioner' },
  officePanchayatSecretary: { te: 'పంచాయతీ కార్యదర్శి', en: 'Panchayat Secretary' },
  officeRegistrar: { te: 'జనన మరణాల రిజిస్ట్రార్', en: 'Registrar of Births and Deaths' },
  authorityLine: { te: '{office}, {unit}', en: '{office}, {unit}' },
  verification: {
    te:
      'ఈ ధ్రువీకరణ పత్రంపై డిజిటల్ సంతకం ఉంది. దీనిని ధ్రువీకరించుకోవడానికి QR కోడ్‌ను స్కాన్ ' +
      'చేయండి లేదా క్రింది చిరునామాను తెరవండి.',
    en:
      'This certificate is digitally signed. Scan the QR code or open the address below to ' +
      'verify it.',
  },
  footer: {
    te: 'ప్రతి జననం, మరణం నమోదు అయ్యేలా చూడండి',
    en: 'Ensure registration of every birth and death',
  },
  computerGenerated: {
    te: 'ఇది కంప్యూటర్ ద్వారా రూపొందించిన ధ్రువీకరణ పత్రం; దీనిపై చేతి సంతకం అవసరం లేదు.',
    en: 'This is a computer-generated certificate and needs no handwritten signature.',
  },
  signatureReason: {
    te: 'ఆంధ్రప్రదేశ్ ప్రభుత్వం జారీ చేసిన ధ్రువీకరణ పత్రం',
    en: 'Certificate issued by the Government of Andhra Pradesh',
  },
  // Form 6: the death certificate. It prints no cause of death (RBD Act s.17(1) proviso).
  formNumber6: { te: 'ఫారం-6', en: 'FORM-6' },
  titleDeath: { te: 'మరణ ధ్రువీకరణ పత్రం', en: 'DEATH CERTIFICATE' },
  certifyDeath: {
    te:
      'భారతదేశంలోని ఆంధ్రప్రదేశ్ రాష్ట్రం, {district} జిల్లా, {mandal} మండలం, {unit} మరణ ' +
      'రిజిస్టర్‌లోని అసలు నమోదు నుండి ఈ క్రింది సమాచారం తీసుకోబడిందని ధ్రువీకరించడమైనది.',
    en:
      'This is to certify that the following information has been taken from the original ' +
      'record of death which is the register for {unit} of mandal {mandal} of district ' +
      '{district} of Andhra Pradesh, India.',
  },
  deceasedName: { te: 'మరణించిన వ్యక్తి పేరు', en: 'Name of the deceased' },
  ageAtDeath: { te: 'మరణ సమయంలో వయస్సు', en: 'Age at death' },
  dateOfDeath: { te: 'మరణించిన తేదీ', en: 'Date of death' },
  placeOfDeath: { te: 'మరణించిన ప్రదేశం', en: 'Place of death' },
  fatherOrHusbandName: { te: 'తండ్రి / భర్త పేరు', en: 'Name of father / husband' },
  addressAtDeath: {
    te: 'మరణ సమయంలో మరణించిన వ్యక్తి చిరునామా',
    en: 'Address of the deceased at the time of death',
  },
  deceasedPermanentAddress: {
    te: 'మరణించిన వ్యక్తి శాశ్వత చిరునామా',
    en: 'Permanent address of the deceased',
  },
  ageYears: { te: '{n} సంవత్సరాలు', en: '{n} years' },
  // The still-birth extract (from the Form 3 register).
  formNumberStillBirth: { te: 'ఫారం-3 సారాంశం', en: 'FORM-3 EXTRACT' },
  titleStillBirth: { te: 'మృత శిశు జనన నమోదు సారాంశం', en: 'EXTRACT OF STILL-BIRTH REGISTRATION' },
  certifyStillBirth: {
    te:
      'భారతదేశంలోని ఆంధ్రప్రదేశ్ రాష్ట్రం, {district} జిల్లా, {mandal} మండలం, {unit} మృత శిశు ' +
      'జనన రిజిస్టర్‌లోని అసలు నమోదు నుండి ఈ క్రింది సమాచారం తీసుకోబడిందని ధ్రువీకరించడమైనది.',
    en:
      'This is to certify that the following information has been taken from the original ' +
      'record of still-birth which is the register for {unit} of mandal {mandal} of district ' +
      '{district} of Andhra Pradesh, India.',
  },
  dateOfStillBirth: { te: 'మృత శిశు జననం తేదీ', en: 'Date of still-birth' },
  placeOfStillBirth: { te: 'మృత శిశు జననం ప్రదేశం', en: 'Place of still-birth' },
  addressAtStillBirth: {
    te: 'సంఘటన సమయంలో తల్లిదండ్రుల చిరునామా',
    en: 'Address of parents at the time of the still-birth',
  },
  // Form 10: the certificate that no entry was found.
  formNumber10: { te: 'ఫారం-10', en: 'FORM-10' },
  titleNonAvailability: { te: 'నమోదు లభ్యం కాని ధ్రువీకరణ పత్రం', en: 'NON-AVAILABILITY CERTIFICATE' },
  legalBasisNonAvailability: {
    te:
      '(జనన మరణాల నమోదు చట్టం, 1969 లోని సెక్షన్ 13(3)/17 మరియు ఆంధ్రప్రదేశ్ జనన మరణాల నమోదు ' +
      'నియమాలు, 1999 లోని నియమం 13 ప్రకారం జారీ చేయబడింది)',
    en:
      '(Issued under Section 13(3)/17 of the Registration of Births and Deaths Act, 1969 and ' +
      'Rule 13 of the Andhra Pradesh Registration of Births and Deaths Rules, 1999)',
  },
  certifyNonAvailability: {
    te:
      '{unit}, {mandal} మండలం, {district} జిల్లా {event} రిజిస్టర్‌లను క్రింద తెలిపిన ' +
      'సంవత్సరాలకు శోధించగా, క్రింది వ్యక్తి {event} నమోదు కాలేదని ధ్రువీకరించడమైనది.',
    en:
      'This is to certify that the {event} of the person described below is not registered: ' +
      'the {event} registers of {unit}, mandal {mandal}, district {district}, were searched ' +
      'for the years stated.',
  },
  eventBirth: { te: 'జననం', en: 'birth' },
  eventDeath: { te: 'మరణం', en: 'death' },
  eventSearched: { te: 'శోధించిన సంఘటన', en: 'Event searched for' },
  dateOfEventStated: { te: 'తెలిపిన సంఘటన తేదీ', en: 'Date of the event as stated' },
  placeOfEventStated: { te: 'తెలిపిన సంఘటన ప్రదేశం', en: 'Place of the event as stated' },
  yearsSearched: { te: 'శోధించిన సంవత్సరాలు', en: 'Registers searched for the years' },
  certificateNumber: { te: 'ధ్రువీకరణ పత్రం సంఖ్య', en: 'Certificate number' },
  applicationDate: { te: 'దరఖాస్తు తేదీ', en: 'Date of application' },
  applicantName: { te: 'దరఖాస్తుదారు పేరు', en: 'Name of the applicant' },
} as const satisfies Record<string, CertificateMessage>;

/** The key of one certificate label. */
export type CertificateMessageKey = keyof typeof certificateMessages;

/** Replaces each {placeholder} in a catalogue template; unknown ones are left as they are. */
export function fillMessage(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
