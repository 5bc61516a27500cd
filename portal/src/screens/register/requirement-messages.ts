import type { Catalogue } from '../../i18n.tsx';

/** The step between declaring and registering: the delay tier, what it needs, the Register button. */
export const REQUIREMENT_TEXT = {
  title: { te: 'ప్రకటన సమర్పించబడింది: ఇప్పుడు నమోదు', en: 'Declared: now register it' },
  loading: { te: 'లోడ్ అవుతోంది…', en: 'Loading…' },
  delay: {
    te: 'సంఘటన జరిగిన {days} రోజుల తర్వాత నివేదించబడింది.',
    en: 'Reported {days} days after the event.',
  },
  'tier.on_time': {
    te: 'గడువులోపు (21 రోజులు): ఇంకేమీ అవసరం లేదు.',
    en: 'On time (within 21 days): nothing more is needed.',
  },
  'tier.late_fee': {
    te: 'ఆలస్య నమోదు: ఆలస్య రుసుము అవసరం.',
    en: 'Late registration: the late fee is needed.',
  },
  'tier.permission': {
    te: 'ఆలస్య నమోదు (30 రోజుల తర్వాత): జిల్లా రిజిస్ట్రార్ అనుమతి, అఫిడవిట్, రుసుము అవసరం.',
    en: "Late registration (after 30 days): the District Registrar's permission, an affidavit and the fee.",
  },
  'tier.magistrate_order': {
    te: 'ఒక సంవత్సరం తర్వాత: మేజిస్ట్రేట్ ఉత్తర్వు, రుసుము అవసరం.',
    en: "After a year: a magistrate's order and the fee.",
  },
  feeDue: { te: 'చెల్లించవలసిన రుసుము: ₹{fee}', en: 'Fee due: ₹{fee}' },
  legalBasis: { te: 'చట్టపరమైన ఆధారం: {basis}', en: 'Legal basis: {basis}' },
  'kind.late_fee': { te: 'ఆలస్య రుసుము', en: 'Late fee' },
  'kind.permission': { te: 'జిల్లా రిజిస్ట్రార్ అనుమతి', en: "District Registrar's permission" },
  'kind.affidavit': { te: 'అఫిడవిట్', en: 'Affidavit' },
  'kind.magistrate_order': { te: 'మేజిస్ట్రేట్ ఉత్తర్వు', en: "Magistrate's order" },
  recorded: { te: 'నమోదైంది ✓', en: 'Recorded ✓' },
  permissionNote: {
    te: 'ఈ అనుమతిని జిల్లా రిజిస్ట్రార్ మాత్రమే పత్రంలో నమోదు చేయగలరు.',
    en: 'Only the District Registrar can record this permission in Patra.',
  },
  save: { te: 'భద్రపరచు', en: 'Save' },
  saving: { te: 'భద్రపరుస్తోంది…', en: 'Saving…' },
  amountRupees: { te: 'చెల్లించిన మొత్తం (₹) *', en: 'Amount paid (₹) *' },
  receiptNumber: { te: 'రసీదు సంఖ్య *', en: 'Receipt number *' },
  paidOn: { te: 'చెల్లించిన తేదీ *', en: 'Paid on *' },
  reference: { te: 'సూచిక సంఖ్య *', en: 'Reference number *' },
  grantedOn: { te: 'అనుమతి తేదీ *', en: 'Granted on *' },
  swornBefore: { te: 'ఎవరి ముందు *', en: 'Sworn before *' },
  swornOn: { te: 'తేదీ *', en: 'Sworn on *' },
  authority: { te: 'ఉత్తర్వు ఇచ్చిన అధికారి *', en: 'Ordered by *' },
  orderNumber: { te: 'ఉత్తర్వు సంఖ్య *', en: 'Order number *' },
  orderedOn: { te: 'ఉత్తర్వు తేదీ *', en: 'Ordered on *' },
  chooseOne: { te: '— ఎంచుకోండి —', en: '— choose —' },
  'option.notary_public': { te: 'నోటరీ పబ్లిక్', en: 'Notary public' },
  'option.authorised_officer': { te: 'అధీకృత అధికారి', en: 'Authorised officer' },
  'option.district_magistrate': { te: 'జిల్లా మేజిస్ట్రేట్', en: 'District Magistrate' },
  'option.sub_divisional_magistrate': { te: 'సబ్-డివిజనల్ మేజిస్ట్రేట్', en: 'Sub-Divisional Magistrate' },
  'option.executive_magistrate': { te: 'ఎగ్జిక్యూటివ్ మేజిస్ట్రేట్', en: 'Executive Magistrate' },
  duplicates: {
    te: 'ఇది ఇప్పటికే ఉన్న నమోదుకు నకిలీ కావచ్చు. నమోదు చేసే ముందు పోల్చి నిర్ణయించండి:',
    en: 'This may repeat a record already held. Compare and decide before registering:',
  },
  compare: { te: 'పక్కపక్కన పోల్చు', en: 'Compare side by side' },
  proposals: {
    te: 'కొన్ని పేర్లకు రెండో లిపిలో అక్షరక్రమం పత్రం సూచించింది. ధృవీకరించే వరకు ధృవపత్రంపై ఆ లిపి ముద్రించబడదు.',
    en: 'Patra proposed the second script of some names. Until you confirm them, certificates print only the script given.',
  },
  confirmSpellings: { te: 'అక్షరక్రమాలు ధృవీకరించు', en: 'Confirm the spellings' },
  register: { te: 'నమోదు చేయి', en: 'Register' },
  registering: { te: 'నమోదు చేస్తోంది…', en: 'Registering…' },
  openRecord: { te: 'రికార్డు చూడు', en: 'Open the record' },
} satisfies Catalogue<string>;
