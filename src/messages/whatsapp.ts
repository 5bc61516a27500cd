/** Words Patra puts into WhatsApp messages, Telugu and English side by side. */
export const WHATSAPP_TEXT = {
  newborn: { te: 'నవజాత శిశువు', en: 'newborn' },
  certificateCaption: { te: 'జనన ధ్రువీకరణ పత్రం', en: 'Birth certificate' },
} as const;

export type Language = 'te' | 'en';

type Bilingual = { te: string; en: string };

/**
 * Patra's side of the citizen chat, Telugu and English side by side. Interactive limits
 * (contract §1.2, §1.3): a list row title ≤ 24 characters, a button title ≤ 20, ≤ 10 rows.
 */
export const CONVERSATION_TEXT = {
  menuHeader: { te: 'పత్రం · ఆంధ్రప్రదేశ్', en: 'Patra · Andhra Pradesh' },
  menuBody: {
    te: 'నమస్కారం! పత్రం ద్వారా మీ జనన, మరణ ధ్రువీకరణ పత్రాలను వాట్సాప్‌లో పొందవచ్చు. మీకు ఏమి కావాలో ఎంచుకోండి.',
    en: 'Namaskaram! Patra sends your birth and death certificates on WhatsApp. Choose what you need.',
  },
  menuFooter: { te: 'సందేశాలు ఆపడానికి STOP అని పంపండి', en: 'Send STOP to stop messages' },
  menuButton: { te: 'ఎంచుకోండి', en: 'Choose' },
  menuRows: {
    birth: { te: 'నా జనన పత్రాలు', en: 'My birth certificates' },
    death: { te: 'నా మరణ పత్రాలు', en: 'My death certificates' },
    status: { te: 'నమోదు స్థితి', en: 'Registration status' },
    verify: { te: 'పత్రం ధృవీకరణ', en: 'Verify a certificate' },
    problem: { te: 'సమస్య తెలపండి', en: 'Report a problem' },
    correction: { te: 'సవరణ కోరండి', en: 'Ask for a correction' },
    language: { te: 'భాష · Language', en: 'Language · భాష' },
    help: { te: 'సహాయం', en: 'Help' },
  },
  privacyNotice: (days: number): Bilingual => ({
    te: `గోప్యత: మీకు సమాధానం ఇవ్వడానికి మీరు ఇక్కడ రాసినవాటిని పత్రం ${days} రోజులు ఉంచి, తర్వాత తొలగిస్తుంది. మీ నంబరును మీ ధ్రువపత్రాల కోసం మాత్రమే వాడుతాము.`,
    en: `Privacy: Patra keeps what you write here for ${days} days to answer you, then erases it. Your number is used only for your certificates.`,
  }),
  unsupported: {
    te: 'క్షమించండి, నేను అక్షరాలు, మెనూ ఎంపికలు, ఫోటోలు, PDFలు మాత్రమే చదవగలను.',
    en: 'Sorry, I can read only text, menu choices, photos and PDFs.',
  },
  certificatesButton: { te: 'పత్రాలు', en: 'Certificates' },
  birthList: {
    te: 'ఈ నంబరుకు అనుసంధానమైన జనన ధ్రువీకరణ పత్రాలు. PDF గా పొందడానికి ఒకటి ఎంచుకోండి.',
    en: 'Birth certificates linked to this number. Pick one to receive it as a PDF.',
  },
  deathList: {
    te: 'ఈ నంబరుకు అనుసంధానమైన మరణ ధ్రువీకరణ పత్రాలు. PDF గా పొందడానికి ఒకటి ఎంచుకోండి.',
    en: 'Death certificates linked to this number. Pick one to receive it as a PDF.',
  },
  birthNone: {
    te: 'ఈ నంబరుకు ఏ జనన ధ్రువీకరణ పత్రమూ అనుసంధానం కాలేదు. నమోదులో మీ నంబరు లేకపోతే "వేరే నమోదు" ఎంచుకోండి: నమోదులోని నంబరుకు కోడ్ పంపి పత్రం ఇస్తాము.',
    en: 'No birth certificates are linked to this number. If your number is not on the record, choose "Another record": we send a code to the number on the record.',
  },
  deathNone: {
    te: 'ఈ నంబరుకు ఏ మరణ ధ్రువీకరణ పత్రమూ అనుసంధానం కాలేదు. నమోదులో మీ నంబరు లేకపోతే "వేరే నమోదు" ఎంచుకోండి: నమోదులోని నంబరుకు కోడ్ పంపి పత్రం ఇస్తాము.',
    en: 'No death certificates are linked to this number. If your number is not on the record, choose "Another record": we send a code to the number on the record.',
  },
  anotherRecord: { te: 'వేరే నమోదు', en: 'Another record' },
  anotherRecordDescription: { te: 'నమోదులో మీ నంబరు లేదా? కోడ్‌తో పొందండి', en: 'Your number not on the record? Use a code' },
  documentCaption: (registrationNumber: string): Bilingual => ({
    te: `ధ్రువీకరణ పత్రం ${registrationNumber}. మరిన్నింటికి "మెనూ" అని పంపండి.`,
    en: `Certificate ${registrationNumber}. Send "menu" for more.`,
  }),
  notYetIssued: {
    te: 'ఈ నమోదుకు ధ్రువపత్రం ఇంకా సిద్ధం కాలేదు. సిద్ధమైనప్పుడు నమోదులోని నంబరుకు పంపుతాము.',
    en: 'The certificate of this record is not ready yet. It goes to the number on the record when it is.',
  },
  askRegistrationNumber: {
    te: 'ధ్రువపత్రం లేదా రసీదుపై ఉన్న నమోదు సంఖ్యను పంపండి, ఉదా: B-2026:28-90001-000001',
    en: 'Send the registration number as printed on the certificate or receipt, e.g. B-2026:28-90001-000001',
  },
  askEventDate: {
    te: 'ఇప్పుడు జననం లేదా మరణం జరిగిన తేదీని DD-MM-YYYY రూపంలో పంపండి, ఉదా: 03-12-2026',
    en: 'Now send the date of the birth or death as DD-MM-YYYY, e.g. 03-12-2026',
  },
  badDate: {
    te: 'అది తేదీ లాగా లేదు. DD-MM-YYYY రూపంలో పంపండి, ఉదా: 03-12-2026',
    en: 'That is not a date. Send it as DD-MM-YYYY, e.g. 03-12-2026',
  },
  codeSent: {
    te: 'ఈ వివరాలు ఏదైనా నమోదుతో సరిపోతే, ఆ నమోదులోని వాట్సాప్ నంబరుకు 6 అంకెల కోడ్ పంపాము. 10 నిమిషాల్లో ఆ కోడ్‌ను ఇక్కడ పంపండి.',
    en: 'If these details match a record, we have sent a 6-digit code to the WhatsApp number on that record. Send the code here within 10 minutes.',
  },
  wrongCode: (attemptsLeft: number): Bilingual => ({
    te: `ఆ కోడ్ సరైనది కాదు. ఇంకా ${attemptsLeft} ప్రయత్నాలు మిగిలి ఉన్నాయి.`,
    en: `That code is not right. ${attemptsLeft} attempts left.`,
  }),
  codeClosed: {
    te: 'ఈ కోడ్‌తో ఇక ప్రయత్నించలేరు. తర్వాత మెనూ నుండి మళ్ళీ మొదలుపెట్టండి, లేదా మీ రిజిస్ట్రార్ కార్యాలయాన్ని సంప్రదించండి.',
    en: 'This code can no longer be used. Start again from the menu later, or ask at your registrar\'s office.',
  },
  tooManyCodes: {
    te: 'ఈ రోజు చాలా కోడ్‌లు అడిగారు. రేపు మళ్ళీ ప్రయత్నించండి, లేదా మీ రిజిస్ట్రార్ కార్యాలయాన్ని సంప్రదించండి.',
    en: 'You have asked for too many codes today. Try again tomorrow, or ask at your registrar\'s office.',
  },
  statusNone: {
    te: 'ఈ నంబరుకు ఏ నమోదూ అనుసంధానం కాలేదు. మీ రిజిస్ట్రార్ కార్యాలయంలో అడగండి.',
    en: 'No registrations are linked to this number. Ask at your registrar\'s office.',
  },
  statusIntro: { te: 'ఈ నంబరుకు అనుసంధానమైన నమోదులు:', en: 'Registrations linked to this number:' },
  statusIssued: { te: 'నమోదైంది, ధ్రువపత్రం జారీ అయింది', en: 'registered, certificate issued' },
  statusPreparing: { te: 'నమోదైంది, ధ్రువపత్రం సిద్ధమవుతోంది', en: 'registered, certificate being prepared' },
  verifyHelp: (verifyUrl: string): Bilingual => ({
    te: `ధ్రువపత్రంపై ఉన్న QR కోడ్‌ను ఏ ఫోన్ కెమెరాతోనైనా స్కాన్ చేయండి: తెరుచుకునే పేజీ అది నిజమైనదా, రద్దయిందా చెబుతుంది. వివరాలు: ${verifyUrl}`,
    en: `Scan the QR code on the certificate with any phone camera: the page it opens says whether it is genuine, superseded or cancelled. More: ${verifyUrl}`,
  }),
  askProblem: {
    te: 'ఏమి తప్పు జరిగిందో ఒకే సందేశంలో రాయండి. మీ మాటలు మీ యూనిట్ రిజిస్ట్రార్‌కు చేరుతాయి.',
    en: 'Tell us what went wrong, in one message. Your words go to the registrar of your unit.',
  },
  problemSaved: (reference: string): Bilingual => ({
    te: `ధన్యవాదాలు. దీన్ని రిజిస్ట్రార్‌కు అందజేశాము (సూచిక ${reference}).`,
    en: `Thank you. We have passed this on to the registrar (reference ${reference}).`,
  }),
  correctionPick: { te: 'ఏ నమోదులో సవరణ కావాలి?', en: 'Which record needs a correction?' },
  recordsButton: { te: 'నమోదులు', en: 'Records' },
  correctionNone: {
    te: 'ఈ నంబరుకు అనుసంధానమైన నమోదులకు మాత్రమే ఇక్కడ సవరణ కోరవచ్చు. ధ్రువపత్రం, ఆధారాలతో మీ రిజిస్ట్రార్ కార్యాలయానికి వెళ్ళండి.',
    en: 'Corrections can be asked for here only for records linked to this number. Visit your registrar\'s office with the certificate and proof.',
  },
  askCorrection: {
    te: 'ఏది తప్పుగా ఉందో, అది ఎలా ఉండాలో ఒకే సందేశంలో రాయండి.',
    en: 'Write what is wrong and what it should be, in one message.',
  },
  askEvidence: {
    te: 'ఇప్పుడు మీ ఆధారాల ఫోటోలు లేదా PDFలు పంపండి (ఉదా: ఆసుపత్రి రికార్డు). అన్నీ పంపాక "పూర్తయింది" నొక్కండి.',
    en: 'Now send photos or PDFs of your proof (for example a hospital record). Tap "Done" when you have sent them all.',
  },
  evidenceReceived: {
    te: 'అందింది. మరిన్ని పంపండి, లేదా "పూర్తయింది" నొక్కండి.',
    en: 'Received. Send more, or tap "Done".',
  },
  doneButton: { te: 'పూర్తయింది', en: 'Done' },
  correctionSaved: (reference: string, files: number): Bilingual => ({
    te: `మీ సవరణ అభ్యర్థన (సూచిక ${reference}) ${files} ఆధార పత్రాలతో రిజిస్ట్రార్‌కు చేరింది. రిజిస్ట్రార్ మీకు ఫోన్ చేయవచ్చు.`,
    en: `Your correction request (reference ${reference}) is with the registrar, with ${files} files of proof. The registrar may call you.`,
  }),
  chooseLanguage: { te: 'మీ భాషను ఎంచుకోండి.', en: 'Choose your language.' },
  languageButtons: { te: 'తెలుగు', en: 'English' },
  help: {
    te: 'పత్రం తెనాలిలో నమోదైన జనన, మరణ ధ్రువపత్రాలను పంపుతుంది. మెనూ కోసం ఏదైనా రాయండి. "నా జనన పత్రాలు" మీ నంబరుకు అనుసంధానమైనవి చూపుతుంది; "వేరే నమోదు" నమోదులోని నంబరుకు కోడ్ పంపి పత్రం ఇస్తుంది. సందేశాలు ఆపడానికి STOP లేదా ఆపు, మళ్ళీ పొందడానికి START లేదా ప్రారంభించు అని పంపండి.',
    en: 'Patra sends birth and death certificates registered in Tenali. Write anything to see the menu. "My birth certificates" lists those linked to your number; "Another record" gets one with a code sent to the number on the record. Send STOP to stop messages and START to have them again.',
  },
  stopped: {
    te: 'పత్రం నుండి ఇకపై సందేశాలు రావు. మళ్ళీ పొందడానికి START లేదా ప్రారంభించు అని పంపండి.',
    en: 'You will get no more messages from Patra. Send START to have them again.',
  },
  started: { te: 'సందేశాలు మళ్ళీ మొదలయ్యాయి.', en: 'Messages are on again.' },
} as const;

/** Words a citizen may write to stop or restart messages, or to see the menu, in either language. */
export const CONVERSATION_KEYWORDS = {
  stop: ['stop', 'unsubscribe', 'ఆపు', 'ఆపండి'],
  start: ['start', 'ప్రారంభించు', 'ప్రారంభం', 'మొదలు'],
  menu: ['menu', 'hi', 'hello', 'మెనూ', 'నమస్కారం', 'హాయ్'],
} as const;
