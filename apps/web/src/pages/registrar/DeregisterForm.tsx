import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { graphql } from '@web/gql';
import type { DeregistrationReason } from '@web/gql/graphql';
import { describedBy, Field } from '@web/kit/Field';
import { fieldFailure } from '@web/kit/form';

export const DEREGISTER_PLEDGE = graphql(`
  mutation DeregisterPledge($id: ID!, $reason: DeregistrationReason!, $date: LocalDate, $note: String, $key: String) {
    deregisterPledge(id: $id, reason: $reason, date: $date, note: $note, idempotencyKey: $key) {
      id
      status
      deregistrationReason
      endedOn
    }
  }
`);

export const DEREGISTRATION_REASONS: readonly { value: DeregistrationReason; label: string }[] = [
  { value: 'REPAID', label: 'The secured debt was repaid' },
  { value: 'REALIZED', label: 'The pledge was realised' },
  { value: 'WAIVED', label: 'The pledgee waived the pledge' },
  { value: 'MAIN_CONTRACT_VOID', label: 'The main contract is void' },
  { value: 'OTHER', label: 'Another reason (say it in the note)' },
];

type Field = 'date' | 'note';

/** Ends a registered pledge on a day (today unless given); the public register lists the deregistration. */
export function DeregisterForm({ applicationId, onDone }: { applicationId: string; onDone: () => void }) {
  const [key] = useState(() => crypto.randomUUID());
  const [reason, setReason] = useState<DeregistrationReason>('REPAID');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [deregister, { loading }] = useMutation(DEREGISTER_PLEDGE, { refetchQueries: ['PledgeFile'] });

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setFormError(null);
    if (reason === 'OTHER' && note.trim() === '') {
      setErrors({ note: 'Say what the other reason is.' });
      return;
    }
    setErrors({});
    const variables = {
      id: applicationId,
      reason,
      date: date === '' ? null : date,
      note: note.trim() === '' ? null : note.trim(),
      key,
    };
    deregister({ variables }).then(
      () => onDone(),
      (error: unknown) => {
        const failure = fieldFailure<Field>(error, { date: 'date', note: 'note' });
        if (failure.field === null) setFormError(failure.error);
        else setErrors({ [failure.field]: failure.message });
      },
    );
  };
  return (
    <section className="decision" aria-labelledby="deregister-heading">
      <h2 id="deregister-heading">Deregister the pledge</h2>
      {formError !== null && <ErrorNotice error={formError} />}
      <form onSubmit={submit} noValidate className="form-grid form-plain">
        <div className="field">
          <label htmlFor="deregister-reason">Reason</label>
          <select
            id="deregister-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value as DeregistrationReason)}
          >
            {DEREGISTRATION_REASONS.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <Field inputId="deregister-date" label="Pledge ends on" hint="Empty for today" error={errors.date}>
          <input
            id="deregister-date"
            type="date"
            value={date}
            onChange={(e) => {
              setDate(e.target.value);
              setErrors((er) => ({ ...er, date: undefined }));
            }}
            aria-invalid={errors.date !== undefined}
            aria-describedby={describedBy('deregister-date', true, errors.date)}
          />
        </Field>
        <Field inputId="deregister-note" label="Note" error={errors.note}>
          <textarea
            id="deregister-note"
            rows={2}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
              setErrors((er) => ({ ...er, note: undefined }));
            }}
            aria-invalid={errors.note !== undefined}
            aria-describedby={describedBy('deregister-note', false, errors.note)}
          />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" disabled={loading}>
            {loading ? 'Sending…' : 'Deregister'}
          </button>
        </div>
      </form>
    </section>
  );
}
