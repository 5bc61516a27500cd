import type { ApiError } from '../api.ts';
import { useBilingual, useText } from '../i18n.tsx';
import { FRAME_TEXT } from '../messages.ts';

/** The server's refusal of a load, in its own words, with a way to try again. */
export function LoadProblem({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const pick = useBilingual();
  const t = useText(FRAME_TEXT);

  return (
    <div role="alert" className="card error">
      <p>{pick(error.bilingual)}</p>
      {onRetry && (
        <button type="button" className="secondary" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
