import type { Catalogue } from '../i18n.tsx';

/** The register's own words, shared by the registrar's screens: events, states, sources. */
export const REGISTER_TEXT = {
  birth: { te: 'జననం', en: 'Birth' },
  still_birth: { te: 'మృత శిశు జననం', en: 'Still birth' },
  death: { te: 'మరణం', en: 'Death' },
  notified: { te: 'సమాచారం అందింది', en: 'Notified' },
  declared: { te: 'ప్రకటించబడింది', en: 'Declared' },
  registered: { te: 'నమోదైంది', en: 'Registered' },
  rejected: { te: 'తిరస్కరించబడింది', en: 'Rejected' },
  cancelled: { te: 'రద్దు చేయబడింది', en: 'Cancelled' },
  source_registrar: { te: 'రిజిస్ట్రార్', en: 'Registrar' },
  source_hospital: { te: 'ఆసుపత్రి', en: 'Hospital' },
  source_field_worker: { te: 'క్షేత్ర సిబ్బంది', en: 'Field worker' },
  source_panchayat_raj: { te: 'పంచాయతీ రాజ్ శాఖ', en: 'Panchayat Raj department' },
  source_municipal_administration: { te: 'పురపాలక శాఖ', en: 'Municipal Administration department' },
  source_legacy: { te: 'పాత రిజిస్టర్', en: 'Old register' },
  male: { te: 'మగ', en: 'Male' },
  female: { te: 'ఆడ', en: 'Female' },
  transgender: { te: 'ట్రాన్స్‌జెండర్', en: 'Transgender' },
  indeterminate: { te: 'నిర్ధారించలేనిది', en: 'Indeterminate' },
  role_registrar: { te: 'రిజిస్ట్రార్', en: 'Registrar' },
  role_sub_registrar: { te: 'సబ్ రిజిస్ట్రార్', en: 'Sub-registrar' },
  role_district_registrar: { te: 'జిల్లా రిజిస్ట్రార్', en: 'District Registrar' },
  role_chief_registrar: { te: 'ముఖ్య రిజిస్ట్రార్', en: 'Chief Registrar' },
  role_state_operations: { te: 'రాష్ట్ర నిర్వహణ బృందం', en: 'State operations' },
  role_api_client: { te: 'శాఖ వ్యవస్థ', en: "A department's system" },
  role_system: { te: 'పత్రం వ్యవస్థ', en: 'Patra itself' },
} satisfies Catalogue<string>;

export type RegisterWord = keyof typeof REGISTER_TEXT;

/** The catalogue key of a value the server sent, or undefined when the portal has no word for it. */
export function registerWord(value: string | null | undefined): RegisterWord | undefined {
  return value && value in REGISTER_TEXT ? (value as RegisterWord) : undefined;
}
