import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { graphql } from '@web/gql';
import { describedBy, Field } from '@web/kit/Field';
import { fieldFailure } from '@web/kit/form';

export const REVOKE_REGISTRATION = graphql(`
  mutation RevokeRegistration($id: ID!, $note: String!, $key: String) {
    revokePledgeRegistration(id: $id, note: $note, idempotencyKey: $key) {
      id
      status
      endedOn
    }
  }
`);

/** Cancels a registration made in error; the register then shows it as revoked. */
export function RevokeForm({ applicationId, onDone }: { applicationId: string; onDone: () => void }) {
  const [key] = useState(() => crypto.randomUUID());
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const [formError, setFormError] = useState<unknown>(null);
  const [revoke, { loading }] = useMutation(REVOKE_REGISTRATION, { refetchQueries: ['PledgeFile'] });

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setFormError(null);
    if (note.trim() === '') {
      setNoteError('Say what was registered in error.');
      return;
    }
    revoke({ variables: { id: applicationId, note: note.trim(), key } }).then(
      () => onDone(),
      (error: unknown) => {
        const failure = fieldFailure(error, { note: 'note' as const });
        if (failure.field === null) setFormError(failure.error);
        else setNoteError(failure.message);
      },
    );
  };
  return (
    <section className="decision" aria-labelledby="revoke-heading">
      <h2 id="revoke-heading">Revoke the registration</h2>
      <p className="muted">Only for a registration made in error; the public register keeps it, marked revoked.</p>
      {formError !== null && <ErrorNotice error={formError} />}
      <form onSubmit={submit} noValidate>
        <Field inputId="revoke-note" label="Why it was registered in error" error={noteError}>
          <textarea
            id="revoke-note"
            rows={2}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
              setNoteError(undefined);
            }}
            aria-invalid={noteError !== undefined}
            aria-describedby={describedBy('revoke-note', false, noteError)}
          />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-danger" disabled={loading}>
            {loading ? 'Sending…' : 'Revoke registration'}
          </button>
        </div>
      </form>
    </section>
  );
}
