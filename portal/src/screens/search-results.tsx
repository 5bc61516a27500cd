import { formatDate, formatName } from '../components/formats.ts';
import { useLanguage, useText } from '../i18n.tsx';
import { href } from '../router.tsx';
import { REGISTER_TEXT, registerWord } from './register-labels.ts';
import { SEARCH_TEXT } from './search-messages.ts';

/** A record as `GET /api/v1/records` finds it (src/registry/search-records.ts). */
export interface FoundRecord {
  id: string;
  eventType: 'birth' | 'still_birth' | 'death';
  unitCode: string;
  status: string;
  isCancelled: boolean;
  registrationNumber: string | null;
  legacyNumber: string | null;
  eventDate: string;
  names: { person: string; en?: string; te?: string }[];
}

/** The records found, newest event first, each opening its record screen. */
export function SearchResults({ records }: { records: FoundRecord[] }) {
  const { language } = useLanguage();
  const t = useText(SEARCH_TEXT);
  const words = useText(REGISTER_TEXT);

  return (
    <section className="card" aria-labelledby="results-title">
      <h2 id="results-title">{t('resultsTitle')}</h2>
      <p role="status">
        {records.length === 0 ? t('none') : t('found', { count: records.length })}
      </p>
      {records.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('colNumber')}</th>
                <th scope="col">{t('colEvent')}</th>
                <th scope="col">{t('colNames')}</th>
                <th scope="col">{t('colEventDate')}</th>
                <th scope="col">{t('colStatus')}</th>
                <th scope="col">{t('colUnit')}</th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => {
                const status = record.isCancelled ? 'cancelled' : registerWord(record.status);

                return (
                  <tr key={record.id} data-testid="search-result">
                    <td className="nowrap">
                      <a href={href('records', record.id)}>
                        {record.registrationNumber ?? record.legacyNumber ?? t('notYet')}
                      </a>
                    </td>
                    <td>{words(record.eventType)}</td>
                    <td>
                      {record.names
                        .map((name) => formatName(name, language))
                        .filter(Boolean)
                        .join('; ')}
                    </td>
                    <td className="nowrap">{formatDate(record.eventDate)}</td>
                    <td>{status ? words(status) : record.status}</td>
                    <td className="nowrap">{record.unitCode}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
