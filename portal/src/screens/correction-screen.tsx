import { useEffect, useState } from 'react';
import { api, ApiError } from '../api.ts';
import { useSay } from '../forms/use-say.ts';
import { useBilingual, useLanguage } from '../i18n.tsx';
import { href } from '../router.tsx';
import { CORRECTION_TEXT } from './correction-messages.ts';
import { CorrectionForm, type RecordToChange } from './correction/correction-form.tsx';
import { CHANGE_KINDS, type ChangeKind } from './correction/correction-specs.ts';

interface RecordView extends RecordToChange {
  status: string;
  isCancelled: boolean;
  registrationNumber: string | null;
}

interface Facility {
  id: string;
  name_en: string;
  name_te: string | null;
}

function useRecordAndFacilities(recordId: string) {
  const { language } = useLanguage();
  const [record, setRecord] = useState<RecordView | null>(null);
  const [facilities, setFacilities] = useState<Facility[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);

  useEffect(() => {
    api<RecordView>(`/api/v1/records/${recordId}`)
      .then(setRecord)
      .catch((error: unknown) =>
        setFailure(error instanceof ApiError ? error : new ApiError(0, undefined)),
      );
    api<Facility[]>('/api/v1/facilities')
      .then(setFacilities)
      .catch(() => setFacilities([]));
  }, [recordId]);

  const options = facilities.map((facility) => ({
    value: facility.id,
    text: language === 'te' && facility.name_te ? facility.name_te : facility.name_en,
  }));

  return { record, options, failure };
}

const isChangeKind = (value: string | undefined): value is ChangeKind =>
  CHANGE_KINDS.includes(value as ChangeKind);

/**
 * `#/records/<id>/correct[/<kind>]`: the changes the Act allows after registration (the
 * child's name, a clerical correction, a correction of fact, a cancellation, the linked
 * numbers), each with its legal basis; afterwards back to the record.
 */
export default function CorrectionScreen({ params }: { params: string[] }) {
  const [recordId = '', , chosen] = params;
  const say = useSay(CORRECTION_TEXT);
  const pick = useBilingual();
  const { record, options, failure } = useRecordAndFacilities(recordId);

  if (failure)
    return (
      <p role="alert" className="error">
        {pick(failure.bilingual)}
      </p>
    );
  if (!record) return <p className="page-message">{say('loading')}</p>;

  const kinds = CHANGE_KINDS.filter((kind) => kind !== 'name' || record.eventType === 'birth');
  const isInForce = record.status !== 'rejected' && !record.isCancelled;
  // A proposed spelling is confirmed before registration too; the other changes come after.
  const isChangeable = isInForce && (record.status === 'registered' || chosen === 'confirm');

  return (
    <>
      <h1>
        {say('title')} {record.registrationNumber ?? ''}
      </h1>
      <p>
        <a href={href('records', record.id)}>{say('backToRecord')}</a>
      </p>
      {!isChangeable && (
        <p role="alert" className="error">
          {say('notRegistered')}
        </p>
      )}
      <nav aria-label={say('chooseChange')} className="change-kinds">
        {kinds.map((kind) => (
          <a
            key={kind}
            href={href('records', record.id, 'correct', kind)}
            aria-current={chosen === kind ? 'page' : undefined}
          >
            {say(`kind.${kind}`)}
          </a>
        ))}
      </nav>
      {isChangeKind(chosen) && isChangeable && (
        <CorrectionForm key={chosen} kind={chosen} record={record} facilities={options} />
      )}
      {isChangeKind(chosen) && (
        <p>
          <a href={href('records', record.id)}>{say('backToRecord')}</a>
        </p>
      )}
    </>
  );
}
