import { useEffect, useState } from 'react';
import { api } from '../../api.ts';
import { FormProblems } from '../../forms/form-problems.tsx';
import { FormSections } from '../../forms/form-sections.tsx';
import { buildBody } from '../../forms/form-spec.ts';
import { useDraftForm } from '../../forms/use-draft-form.ts';
import { useSay } from '../../forms/use-say.ts';
import { useSubmit } from '../../forms/use-submit.ts';
import { useLanguage } from '../../i18n.tsx';
import { navigate } from '../../router.tsx';
import { initialValues, SECTIONS, type EventType } from './event-sections.ts';
import { REGISTER_TEXT } from './register-messages.ts';

interface Facility {
  id: string;
  name_en: string;
  name_te: string | null;
}

interface Opened {
  recordId: string;
  possibleDuplicates: string[];
}

/** The unit's health facilities for the place picker, in the chosen language. */
function useFacilityOptions(): { value: string; text: string }[] {
  const { language } = useLanguage();
  const [facilities, setFacilities] = useState<Facility[]>([]);

  useEffect(() => {
    api<Facility[]>('/api/v1/facilities')
      .then(setFacilities)
      .catch(() => setFacilities([]));
  }, []);

  return facilities.map((facility) => ({
    value: facility.id,
    text: language === 'te' && facility.name_te ? facility.name_te : facility.name_en,
  }));
}

/** The request of `POST /api/v1/declarations` from the form's values. */
function declarationBody(
  eventType: EventType,
  values: Record<string, string>,
): Record<string, unknown> {
  const body = buildBody(SECTIONS[eventType], values);

  return {
    eventType,
    declaration: body.declaration ?? {},
    statistical: body.statistical ?? {},
    ...(body.causeOfDeath ? { causeOfDeath: body.causeOfDeath } : {}),
  };
}

/**
 * The declaration of one event (Form 1, 2 or 3 with its statistical part and, for a death,
 * Form 4/4A): checked as typed, kept as a draft, sent to `POST /api/v1/declarations`; then
 * on to the delay requirements and registration of the new record.
 */
export function DeclarationForm({ eventType }: { eventType: EventType }) {
  const sections = SECTIONS[eventType];
  const form = useDraftForm(`register.${eventType}`, sections, initialValues(eventType));
  const say = useSay(REGISTER_TEXT);
  const facilities = useFacilityOptions();
  const eventKey = eventType === 'death' ? 'death' : 'birth';
  const { failure, isSending, onSubmit } = useSubmit(form, async () => {
    const body = declarationBody(eventType, form.values);
    const opened = await api<Opened>('/api/v1/declarations', { method: 'POST', body });
    navigate('register', eventType, opened.recordId);
  });

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="declaration-title">
      <h1 id="declaration-title">{say(`formTitle.${eventType}`)}</h1>
      <p className="section-note">
        {say('requiredNote')} {say('draftNote')}
      </p>
      <FormSections
        sections={sections}
        form={form}
        say={say}
        options={{ [`declaration.${eventKey}.place.facilityId`]: facilities }}
      />
      <FormProblems form={form} failure={failure} />
      <div className="form-actions">
        <button type="submit" disabled={isSending}>
          {isSending ? say('declaring') : say('declare')}
        </button>
      </div>
    </form>
  );
}
