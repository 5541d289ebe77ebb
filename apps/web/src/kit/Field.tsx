import type { ReactNode } from 'react';

/**
 * A labelled form control with an optional hint and the error that names it. The control
 * itself is the child; give it `id={inputId}` and `aria-describedby={describedBy(...)}`.
 */
export function Field({
  inputId,
  label,
  hint,
  error,
  children,
}: {
  inputId: string;
  label: string;
  hint?: string;
  error: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={error === undefined ? 'field' : 'field field-invalid'}>
      <label htmlFor={inputId}>{label}</label>
      {children}
      {hint !== undefined && (
        <span className="muted small" id={`${inputId}-hint`}>
          {hint}
        </span>
      )}
      {error !== undefined && (
        <span className="field-error" id={`${inputId}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** The ids a control's aria-describedby lists: its hint and its error, when shown. */
export function describedBy(inputId: string, hint: boolean, error: string | undefined): string | undefined {
  const ids = [hint ? `${inputId}-hint` : '', error === undefined ? '' : `${inputId}-error`].filter((s) => s !== '');
  return ids.length === 0 ? undefined : ids.join(' ');
}
