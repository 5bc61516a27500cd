/** What an import report tells a department or a registrar about a row, Telugu and English. */
export const INGEST_TEXT = {
  unknownUnit: {
    te: 'ఈ మూలం నివేదించే యూనిట్లలో ఇది లేదు.',
    en: 'This is not one of the units this source reports for.',
  },
  fileDate: {
    te: 'ఈ ఫైల్ అంగీకరించే రూపాల్లో (ఉదా. DD/MM/YYYY) నిజమైన తేదీ ఉండాలి.',
    en: "A real date in one of this source's formats (e.g. DD/MM/YYYY).",
  },
  registeredBeforeEvent: {
    te: 'నమోదు తేదీ సంఘటన తేదీ కంటే ముందు ఉంది.',
    en: 'The registration date is before the date of the event.',
  },
  numberTaken: {
    te: 'ఈ నమోదు సంఖ్య వేరే సంఘటన నమోదుకు చెందినది.',
    en: 'This registration number belongs to the record of another event.',
  },
  review: {
    te: 'ఇది ఇప్పటికే ఉన్న నమోదుతో ఒకే జననం కావచ్చు; రిజిస్ట్రార్ నిర్ణయిస్తారు.',
    en: 'This may be the same birth as a record already held; the registrar decides.',
  },
  linked: {
    te: 'ఇప్పటికే ఉన్న నమోదుకు ఈ మూలం జతచేయబడింది.',
    en: 'This source is now attached to the record already held.',
  },
} as const;

/** The outcome of a row, as the report's readers see it. */
export const OUTCOME_TEXT = {
  accepted: { te: 'ఆమోదించబడింది', en: 'accepted' },
  linked: { te: 'ఉన్న నమోదుకు జతచేయబడింది', en: 'linked' },
  review: { te: 'రిజిస్ట్రార్ పరిశీలనకు వేచి ఉంది', en: 'waiting for review' },
  rejected: { te: 'తిరస్కరించబడింది', en: 'rejected' },
  notApplied: { te: 'వర్తింపజేయలేదు (--strict)', en: 'not applied (--strict)' },
} as const;

export type IngestTextKey = keyof typeof INGEST_TEXT;
