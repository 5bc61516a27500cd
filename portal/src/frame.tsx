import type { ReactNode } from 'react';
import { useBilingual, useLanguage, useText } from './i18n.tsx';
import { FRAME_TEXT } from './messages.ts';
import { href, useRoute } from './router.tsx';
import { isOverseer, useSession } from './session.tsx';

/** Header with the unit, the navigation of the role, the language switch and sign-out. */
export function Frame({ children }: { children: ReactNode }) {
  const { user, signOut } = useSession();
  const { language, setLanguage } = useLanguage();
  const t = useText(FRAME_TEXT);
  const pick = useBilingual();
  const [current = ''] = useRoute();
  if (!user) return null;

  const links: Array<[string, string]> = isOverseer(user)
    ? [['dashboard', t('navDashboard')], ['search', t('navSearch')]]
    : [['work', t('navWork')], ['register', t('navRegister')], ['search', t('navSearch')], ['duplicates', t('navDuplicates')]];

  return (
    <>
      <a className="skip-link" href="#main">{t('skipToContent')}</a>
      <header className="frame-header">
        <a className="brand" href={href()}>
          <strong>{t('appName')}</strong> <span>{t('tagline')}</span>
        </a>
        <nav aria-label="main">
          {links.map(([path, label]) => (
            <a key={path} href={href(path)} aria-current={current === path ? 'page' : undefined}>
              {label}
            </a>
          ))}
          {user.phoneSimulatorUrl && (
            <a href={user.phoneSimulatorUrl} target="_blank" rel="noreferrer">
              {t('navPhone')}
            </a>
          )}
        </nav>
        <div className="frame-user">
          <span data-testid="signed-in-as" title={user.displayName}>
            {user.unitName ? pick(user.unitName) : user.displayName}
          </span>
          <button type="button" className="link-button" onClick={() => setLanguage(language === 'te' ? 'en' : 'te')}>
            {t('switchLanguage')}
          </button>
          <button type="button" className="link-button" onClick={signOut}>
            {t('signOut')}
          </button>
        </div>
      </header>
      <main id="main">{children}</main>
    </>
  );
}
