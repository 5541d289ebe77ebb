import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { refusalCodeLabel } from '@web/format';
import { graphql } from '@web/gql';
import type { ExaminationOutcome, ExamineApplicationMutation, RefusalCode } from '@web/gql/graphql';
import { describedBy, Field } from '@web/kit/Field';
import {
  checkDecision,
  decisionFailure,
  initialDecision,
  REFUSAL_CODES,
  toDecisionInput,
  type DecisionDraft,
  type DecisionErrors,
} from '@web/pages/registrar/examine-form';

export const EXAMINE_APPLICATION = graphql(`
  mutation ExamineApplication($id: ID!, $decision: ExaminationDecisionInput!, $key: String) {
    examinePledgeApplication(id: $id, decision: $decision, idempotencyKey: $key) {
      status
      reasons {
        code
        message
        assetId
        field
      }
      application {
        id
        status
        registrationNumber
        registeredOn
        examinedAt
        examinerNote
        overdue
        refusalReasons {
          code
          message
          assetId
          field
        }
      }
    }
  }
`);

export type ExaminationResult = ExamineApplicationMutation['examinePledgeApplication'];

const OUTCOMES: readonly { value: ExaminationOutcome; label: string; action: string; hint: string }[] = [
  {
    value: 'REGISTER',
    label: 'Register',
    action: 'Register the pledge',
    hint: 'The registration rules run again on the current facts.',
  },
  { value: 'REFUSE', label: 'Refuse', action: 'Refuse the application', hint: 'Tick every ground that applies.' },
  {
    value: 'REQUEST_CORRECTION',
    label: 'Request a correction',
    action: 'Send back for correction',
    hint: 'The parties correct the file and sign it again; a new deadline runs from then.',
  },
];

/** The registrar's decision on one submitted file; the key is fixed for this opening, so a retry is safe. */
export function ExamineForm({
  applicationId,
  onDone,
}: {
  applicationId: string;
  onDone: (r: ExaminationResult, asked: ExaminationOutcome) => void;
}) {
  const [key] = useState(() => crypto.randomUUID());
  const [draft, setDraft] = useState<DecisionDraft>(initialDecision);
  const [errors, setErrors] = useState<DecisionErrors>({});
  const [formError, setFormError] = useState<unknown>(null);
  // The queue is another page and reads the network whenever it opens; only the open file refreshes.
  const [examine, { loading }] = useMutation(EXAMINE_APPLICATION, { refetchQueries: ['PledgeFile'] });

  const setOutcome = (outcome: ExaminationOutcome): void => {
    setDraft((d) => ({ ...d, outcome }));
    setErrors({});
  };
  const toggle = (code: RefusalCode): void => {
    setDraft((d) => ({
      ...d,
      reasons: d.reasons.includes(code) ? d.reasons.filter((c) => c !== code) : [...d.reasons, code],
    }));
    setErrors((e) => ({ ...e, reasons: undefined }));
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setFormError(null);
    const hints = checkDecision(draft);
    setErrors(hints);
    if (Object.keys(hints).length > 0) return;
    examine({ variables: { id: applicationId, decision: toDecisionInput(draft), key } }).then(
      (result) => {
        if (result.data != null) onDone(result.data.examinePledgeApplication, draft.outcome);
      },
      (error: unknown) => {
        const failure = decisionFailure(error);
        if (failure.field === null) setFormError(failure.error);
        else setErrors({ [failure.field]: failure.message });
      },
    );
  };

  const grounds = draft.outcome !== 'REGISTER';
  const noteLabel =
    draft.outcome === 'REQUEST_CORRECTION'
      ? 'What the parties must correct'
      : draft.outcome === 'REFUSE'
        ? 'Note to the parties (needed for "another ground")'
        : 'Note (optional)';
  return (
    <section className="decision" aria-labelledby="decision-heading">
      <h2 id="decision-heading">Your decision</h2>
      {formError !== null && <ErrorNotice error={formError} />}
      <form onSubmit={submit} noValidate>
        <fieldset className="outcomes">
          <legend>Outcome</legend>
          {OUTCOMES.map((o) => (
            <label key={o.value} className="choice">
              <input
                type="radio"
                name="outcome"
                value={o.value}
                checked={draft.outcome === o.value}
                onChange={() => setOutcome(o.value)}
              />
              <span>
                <span className="choice-label">{o.label}</span>
                <span className="muted small">{o.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {grounds && (
          <fieldset
            className={errors.reasons === undefined ? 'grounds' : 'grounds field-invalid'}
            aria-describedby={errors.reasons === undefined ? undefined : 'decision-reasons-error'}
          >
            <legend>{draft.outcome === 'REFUSE' ? 'Grounds for refusal' : 'Points to correct (optional)'}</legend>
            <div className="ground-list">
              {REFUSAL_CODES.map((code) => (
                <label key={code} className="choice">
                  <input
                    type="checkbox"
                    name="reasons"
                    value={code}
                    checked={draft.reasons.includes(code)}
                    onChange={() => toggle(code)}
                  />
                  <span>{refusalCodeLabel(code)}</span>
                </label>
              ))}
            </div>
            {errors.reasons !== undefined && (
              <p className="field-error" id="decision-reasons-error" role="alert">
                {errors.reasons}
              </p>
            )}
          </fieldset>
        )}
        <Field inputId="decision-note" label={noteLabel} error={errors.note}>
          <textarea
            id="decision-note"
            name="note"
            rows={3}
            value={draft.note}
            onChange={(e) => {
              setDraft((d) => ({ ...d, note: e.target.value }));
              setErrors((er) => ({ ...er, note: undefined }));
            }}
            aria-invalid={errors.note !== undefined}
            aria-describedby={describedBy('decision-note', false, errors.note)}
          />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" disabled={loading}>
            {loading ? 'Sending…' : OUTCOMES.find((o) => o.value === draft.outcome)?.action}
          </button>
        </div>
      </form>
    </section>
  );
}
