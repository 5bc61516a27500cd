import { useState, type FormEvent } from 'react';
import { ApiError } from '../api.ts';
import { useBilingual, useLanguage, useText } from '../i18n.tsx';
import { FRAME_TEXT } from '../messages.ts';
import { useSession } from '../session.tsx';
import { SIGN_IN_TEXT } from './sign-in-messages.ts';

/** The first screen: username and password; the server's refusal shown as it says it. */
export function SignInScreen() {
  const { signIn } = useSession();
  const { language, setLanguage } = useLanguage();
  const t = useText(SIGN_IN_TEXT);
  const frame = useText(FRAME_TEXT);
  const pick = useBilingual();
  const [error, setError] = useState<ApiError | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSubmitting(true);
    setError(null);
    try {
      await signIn(textOf(form, 'username').trim().toLowerCase(), textOf(form, 'password'));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, undefined));
      setSubmitting(false);
    }
  }

  return (
    <main className="sign-in">
      <form onSubmit={(event) => void submit(event)} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">
          {frame('appName')} · {t('title')}
        </h1>
        <p>{t('intro')}</p>
        <label>
          {t('username')}
          <input name="username" autoComplete="username" autoCapitalize="none" required />
        </label>
        <label>
          {t('password')}
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && (
          <p role="alert" className="error">
            {pick(error.bilingual)}
          </p>
        )}
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t('submitting') : t('submit')}
        </button>
        <button type="button" className="link-button" onClick={() => setLanguage(language === 'te' ? 'en' : 'te')}>
          {frame('switchLanguage')}
        </button>
      </form>
    </main>
  );
}

function textOf(form: FormData, name: string): string {
  const value = form.get(name);

  return typeof value === 'string' ? value : '';
}
