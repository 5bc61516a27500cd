import type { Catalogue } from '../i18n.tsx';

export const SIGN_IN_TEXT = {
  title: { te: 'లాగిన్', en: 'Sign in' },
  intro: {
    te: 'రిజిస్ట్రార్ల కోసం: మీ యూనిట్ కోడ్ (ఉదా. tnl-m) మరియు పాస్‌వర్డ్.',
    en: 'For registrars: your unit code (e.g. tnl-m) and password.',
  },
  username: { te: 'వినియోగదారు పేరు', en: 'Username' },
  password: { te: 'పాస్‌వర్డ్', en: 'Password' },
  submit: { te: 'లాగిన్ అవ్వండి', en: 'Sign in' },
  submitting: { te: 'లాగిన్ అవుతోంది…', en: 'Signing in…' },
} satisfies Catalogue<string>;
