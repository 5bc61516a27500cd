import type { Catalogue } from '../i18n.tsx';

/** The search screen. */
export const SEARCH_TEXT = {
  title: { te: 'నమోదుల్లో వెతకండి', en: 'Search the register' },
  intro: {
    te: 'నమోదు సంఖ్య, పేరు (తెలుగు లేదా ఇంగ్లీషు, అక్షర దోషాలున్నా సరే) లేదా తేదీతో వెతకండి.',
    en: 'Search by registration number, name (Telugu or English, spelling need not be exact) or date.',
  },
  number: { te: 'నమోదు సంఖ్య', en: 'Registration number' },
  numberHint: { te: 'ఉదా. B-2026:28-90001-000001', en: 'e.g. B-2026:28-90001-000001' },
  name: { te: 'పేరు', en: 'Name' },
  nameHint: {
    te: 'శిశువు, మరణించినవారు, తల్లి లేదా తండ్రి పేరు',
    en: "The child's, the deceased's, the mother's or the father's name",
  },
  from: { te: 'సంఘటన తేదీ నుండి', en: 'Event date from' },
  to: { te: 'వరకు', en: 'to' },
  eventType: { te: 'సంఘటన', en: 'Event' },
  anyEvent: { te: 'అన్నీ', en: 'Any' },
  submit: { te: 'వెతుకు', en: 'Search' },
  searching: { te: 'వెతుకుతోంది…', en: 'Searching…' },
  needCriterion: {
    te: 'సంఖ్య, పేరు లేదా తేదీ ఏదో ఒకటి ఇవ్వండి.',
    en: 'Give a number, a name or a date.',
  },
  resultsTitle: { te: 'ఫలితాలు', en: 'Results' },
  found: { te: '{count} నమోదులు దొరికాయి', en: '{count} records found' },
  none: { te: 'ఏ నమోదూ దొరకలేదు.', en: 'No record found.' },
  colNumber: { te: 'నమోదు సంఖ్య', en: 'Number' },
  colEvent: { te: 'సంఘటన', en: 'Event' },
  colNames: { te: 'పేర్లు', en: 'Names' },
  colEventDate: { te: 'సంఘటన తేదీ', en: 'Event date' },
  colStatus: { te: 'స్థితి', en: 'Status' },
  colUnit: { te: 'యూనిట్', en: 'Unit' },
  notYet: { te: 'ఇంకా లేదు', en: 'Not yet' },
} satisfies Catalogue<string>;
