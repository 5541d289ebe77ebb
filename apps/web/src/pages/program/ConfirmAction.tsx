import { useState, type FormEvent, type ReactNode } from 'react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { fieldFailure } from '@web/kit/form';

export interface ConfirmInput {
  /** The argument's name in the API, so the server's field error lands next to it. */
  name: string;
  label: string;
  required: boolean;
  type?: 'text' | 'date';
  initial?: string;
  /** Said when a required value is missing. */
  missing?: string;
}

/**
 * A decision asked for before it is sent: the sentence of what will happen, an optional
 * note/reason/date, and Confirm. One idempotency key per opening, reused on retry, so a
 * repeated click never decides twice.
 */
export function ConfirmAction({
  children,
  input,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  children: ReactNode;
  input?: ConfirmInput;
  confirmLabel: string;
  onConfirm: (value: string | null, idempotencyKey: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [key] = useState(() => crypto.randomUUID());
  const [value, setValue] = useState(input?.initial ?? '');
  const [sending, setSending] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    setFieldError(null);
    const text = value.trim();
    if (input?.required === true && text === '') {
      setFieldError(input.missing ?? `Enter the ${input.label.toLowerCase()}.`);
      return;
    }
    setSending(true);
    try {
      await onConfirm(input === undefined || text === '' ? null : text, key);
    } catch (e) {
      const failure = fieldFailure(e, input === undefined ? {} : { [input.name]: input.name });
      if (failure.field !== null) setFieldError(failure.message);
      else setError(failure.error);
    } finally {
      setSending(false);
    }
  };
  const inputId = `confirm-${input?.name ?? 'none'}`;
  return (
    <form className="confirm" onSubmit={(e) => void submit(e)} noValidate aria-label={confirmLabel}>
      <p>{children}</p>
      {input !== undefined && (
        <div className={`field${fieldError === null ? '' : ' field-invalid'}`}>
          <label htmlFor={inputId}>{input.label}</label>
          <input
            id={inputId}
            type={input.type ?? 'text'}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={fieldError !== null}
            aria-describedby={fieldError === null ? undefined : `${inputId}-error`}
          />
          {fieldError !== null && (
            <p className="field-error" id={`${inputId}-error`} role="alert">
              {fieldError}
            </p>
          )}
        </div>
      )}
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={sending}>
          {sending ? 'Sending…' : confirmLabel}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel} disabled={sending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
