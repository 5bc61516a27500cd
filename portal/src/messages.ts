import type { Catalogue } from './i18n.tsx';

/** The portal frame: header, navigation, states every screen shares. */
export const FRAME_TEXT = {
  appName: { te: 'పత్రం', en: 'Patra' },
  tagline: { te: 'జనన మరణ నమోదు', en: 'Births and deaths registration' },
  signOut: { te: 'నిష్క్రమించు', en: 'Sign out' },
  switchLanguage: { te: 'English', en: 'తెలుగు' },
  loading: { te: 'లోడ్ అవుతోంది…', en: 'Loading…' },
  notFound: { te: 'ఈ పేజీ లేదు', en: 'This page does not exist' },
  loadFailed: { te: 'ఈ స్క్రీన్ లోడ్ కాలేదు. కనెక్షన్ చూసి మళ్ళీ ప్రయత్నించండి.', en: 'This screen did not load. Check the connection and try again.' },
  retry: { te: 'మళ్ళీ ప్రయత్నించు', en: 'Try again' },
  navWork: { te: 'పనులు', en: 'Work' },
  navRegister: { te: 'నమోదు', en: 'Register' },
  navSearch: { te: 'వెతుకు', en: 'Search' },
  navDuplicates: { te: 'నకిలీలు', en: 'Duplicates' },
  navDashboard: { te: 'డాష్‌బోర్డ్', en: 'Dashboard' },
  navPhone: { te: 'ఫోన్ సిమ్యులేటర్', en: 'Phone simulator' },
  skipToContent: { te: 'ప్రధాన భాగానికి వెళ్ళు', en: 'Skip to content' },
} satisfies Catalogue<string>;
