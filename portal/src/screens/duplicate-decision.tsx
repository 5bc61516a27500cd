import { useState } from 'react';
import { api, ApiError } from '../api.ts';
import { FIELD_TEXT } from '../forms/field-rules.ts';
import { useSay } from '../forms/use-say.ts';
import { useBilingual } from '../i18n.tsx';
import { href } from '../router.tsx';
import { DUPLICATE_TEXT } from './duplicate-messages.ts';

type Decision = 'duplicate' | 'not_duplicate';

interface DecisionProps {
  recordId: string;
  otherRecordId: string;
  eventType: string;
}

/** After deciding: what was decided, and where to go on. */
function Decided({ decision, recordId, eventType }: DecisionProps & { decision: Decision }) {
  const say = useSay(DUPLICATE_TEXT);
  const next =
    decision === 'not_duplicate'
      ? { to: href('register', eventType, recordId), text: say('continueRegistration') }
      : { to: href('duplicates'), text: say('backToList') };

  return (
    <p role="status">
      {say('decided', { decision: say(`decision.${decision}`) })} <a href={next.to}>{next.text}</a>
    </p>
  );
}

/**
 * The registrar's decision on a possible duplicate, with its reason (`POST .../decision`): a
 * duplicate rejects the later record; not a duplicate frees it for registration.
 */
export function DuplicateDecision(props: DecisionProps) {
  const say = useSay(DUPLICATE_TEXT);
  const pick = useBilingual();
  const [note, setNote] = useState('');
  const [isNoteMissing, setNoteMissing] = useState(false);
  const [decided, setDecided] = useState<Decision | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [isSending, setSending] = useState(false);

  async function decide(decision: Decision) {
    setNoteMissing(note.trim() === '');
    if (note.trim() === '') return;

    setSending(true);
    setRefusal(null);
    try {
      const path = `/api/v1/duplicates/${props.recordId}/${props.otherRecordId}/decision`;
      await api(path, { method: 'POST', body: { decision, note: note.trim() } });
      setDecided(decision);
    } catch (error) {
      setRefusal(error instanceof ApiError ? error : new ApiError(0, undefined));
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="card" aria-labelledby="decision-title">
      <h2 id="decision-title">{say('decisionTitle')}</h2>
      {decided ? (
        <Decided {...props} decision={decided} />
      ) : (
        <>
          <label htmlFor="decision-note">{say('note')}</label>
          <textarea
            id="decision-note"
            value={note}
            maxLength={500}
            aria-invalid={isNoteMissing || undefined}
            aria-describedby={`decision-note-hint${isNoteMissing ? ' decision-note-error' : ''}`}
            onChange={(event) => setNote(event.target.value)}
          />
          <p id="decision-note-hint" className="field-hint">
            {say('noteHint')}
          </p>
          {isNoteMissing && (
            <p id="decision-note-error" role="alert" className="field-error">
              {pick(FIELD_TEXT.required)}
            </p>
          )}
          {refusal && (
            <p role="alert" className="error">
              {pick(refusal.bilingual)}
            </p>
          )}
          <div className="form-actions">
            <button type="button" disabled={isSending} onClick={() => void decide('duplicate')}>
              {say('isDuplicate')}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={isSending}
              onClick={() => void decide('not_duplicate')}
            >
              {say('notDuplicate')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
