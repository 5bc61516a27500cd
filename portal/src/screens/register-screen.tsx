import { useSay } from '../forms/use-say.ts';
import { href } from '../router.tsx';
import { DeclarationForm } from './register/declaration-form.tsx';
import { EVENT_TYPES, type EventType } from './register/event-sections.ts';
import { REGISTER_TEXT } from './register/register-messages.ts';
import { RequirementsStep } from './register/requirements-step.tsx';

const isEventType = (value: string | undefined): value is EventType =>
  EVENT_TYPES.includes(value as EventType);

/** The choice of event: a birth, a still birth or a death. */
function EventChooser() {
  const say = useSay(REGISTER_TEXT);

  return (
    <>
      <h1>{say('title')}</h1>
      <p>{say('chooseEvent')}</p>
      <ul className="event-choices">
        {EVENT_TYPES.map((eventType) => (
          <li key={eventType}>
            <a className="card event-choice" href={href('register', eventType)}>
              <strong>{say(`event.${eventType}`)}</strong>
              <span>{say(`eventHint.${eventType}`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * `#/register`: choose the event; `#/register/<type>`: its declaration; `#/register/<type>/<id>`:
 * the declared record's delay requirements and the Register button.
 */
export default function RegisterScreen({ params }: { params: string[] }) {
  const [eventType, recordId] = params;
  if (!isEventType(eventType)) return <EventChooser />;
  if (recordId) return <RequirementsStep recordId={recordId} />;

  return <DeclarationForm key={eventType} eventType={eventType} />;
}
