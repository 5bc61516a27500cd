import { formatDate, formatName } from '../components/formats.ts';
import { useLanguage, useText } from '../i18n.tsx';
import { RECORD_TEXT } from './record-messages.ts';
import { REGISTER_TEXT, registerWord } from './register-labels.ts';
import type { RecordView } from './record-view.ts';

const PEOPLE = ['child', 'deceased', 'mother', 'father', 'spouse', 'informant'] as const;

/** The entry's facts: names in both scripts, sex, the event's date, time and place, Aadhaar masked. */
export function RecordFacts({ record }: { record: RecordView }) {
  const { language } = useLanguage();
  const t = useText(RECORD_TEXT);
  const words = useText(REGISTER_TEXT);
  const declaration = record.declaration;
  const event = declaration.birth ?? declaration.death;
  const subject = declaration.child ?? declaration.deceased;
  const sex = registerWord(subject?.sex);

  return (
    <section className="card" aria-labelledby="facts-title">
      <h2 id="facts-title">{t('factsTitle')}</h2>
      <dl className="facts">
        {PEOPLE.map((person) => {
          const name = declaration[person]?.name;

          return name ? (
            <Fact key={person} term={t(person)} value={formatName(name, language)} />
          ) : null;
        })}
        {sex && <Fact term={t('sex')} value={words(sex)} />}
        {declaration.deceased?.age && (
          <Fact term={t('age')} value={t('ageYears', { years: declaration.deceased.age.years })} />
        )}
        <Fact term={t('eventDate')} value={formatDate(event?.date)} />
        {event?.time && <Fact term={t('eventTime')} value={event.time} />}
        {event?.place && <Fact term={t('place')} value={placeText(event.place, t, language)} />}
        {declaration.permanentAddress && (
          <Fact
            term={t('permanentAddress')}
            value={formatName(declaration.permanentAddress, language)}
          />
        )}
        {Object.entries(record.aadhaarMasked).map(([person, masked]) => (
          <Fact key={person} term={`${t('aadhaar')}: ${labelOf(person, t)}`} value={masked} />
        ))}
      </dl>
      {record.remarks.length > 0 && (
        <>
          <h3>{t('remarks')}</h3>
          <ul>
            {record.remarks.map((remark) => (
              <li key={remark}>{remark}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Fact({ term, value, lang }: { term: string; value: string; lang?: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd lang={lang}>{value}</dd>
    </div>
  );
}

type Translate = ReturnType<typeof useText<keyof typeof RECORD_TEXT>>;

function labelOf(person: string, t: Translate): string {
  const known = PEOPLE.find((name) => name === person);

  return known ? t(known) : person;
}

function placeText(
  place: { type: string; facilityId?: string; address?: { en?: string; te?: string } },
  t: Translate,
  language: 'te' | 'en',
): string {
  if (place.type === 'facility') return t('placeFacility', { id: place.facilityId ?? '' });

  const kind = place.type === 'home' ? t('placeHome') : t('placeOther');

  return place.address ? `${kind}: ${formatName(place.address, language)}` : kind;
}
