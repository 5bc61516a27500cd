import { formatMoment } from '../components/formats.ts';
import { useLanguage, useText } from '../i18n.tsx';
import { HISTORY_ACTION_TEXT, RECORD_TEXT } from './record-messages.ts';
import type { HistoryEntry } from './record-view.ts';
import { REGISTER_TEXT, registerWord } from './register-labels.ts';

/** Every entry of the record's legal history, oldest first: what, who in which role, when, why. */
export function RecordHistory({ history }: { history: HistoryEntry[] }) {
  const { language } = useLanguage();
  const t = useText(RECORD_TEXT);
  const actions = useText(HISTORY_ACTION_TEXT);
  const words = useText(REGISTER_TEXT);
  const roleText = (role: string) => {
    const word = registerWord(`role_${role}`);

    return word ? words(word) : role;
  };

  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('historyTitle')}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('historySeq')}</th>
              <th scope="col">{t('historyAction')}</th>
              <th scope="col">{t('historyWho')}</th>
              <th scope="col">{t('historyWhen')}</th>
              <th scope="col">{t('historyBasis')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((entry) => (
              <tr key={entry.seq} data-testid="history-entry">
                <td>{entry.seq}</td>
                <td>
                  {entry.action in HISTORY_ACTION_TEXT
                    ? actions(entry.action as keyof typeof HISTORY_ACTION_TEXT)
                    : entry.action}
                </td>
                <td>
                  {entry.actor ? (
                    <>
                      {entry.actor} <span className="muted">({roleText(entry.actorRole)})</span>
                    </>
                  ) : (
                    roleText(entry.actorRole)
                  )}
                </td>
                <td>{formatMoment(entry.at, language)}</td>
                <td lang="en">{entry.legalBasis}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
