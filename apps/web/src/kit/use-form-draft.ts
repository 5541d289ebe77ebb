import { useState } from 'react';
import { describedBy } from '@web/kit/Field';

/**
 * A form's typed text and its per-field errors: `control(field)` gives an input or select its
 * id (`<idPrefix>-<field>`, the one its Field label points at), value, change handler (which
 * clears that field's error) and the aria attributes tying it to its hint and error.
 */
export function useFormDraft<F extends string, D extends Record<F, string>>(idPrefix: string, initial: () => D) {
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const control = (field: F, hint = false) => ({
    id: `${idPrefix}-${field}`,
    name: field,
    value: draft[field],
    onChange: (event: { target: { value: string } }): void => {
      setDraft((d) => ({ ...d, [field]: event.target.value }));
      setErrors((e) => ({ ...e, [field]: undefined }));
    },
    'aria-invalid': errors[field] !== undefined,
    'aria-describedby': describedBy(`${idPrefix}-${field}`, hint, errors[field]),
  });
  return { draft, setDraft, errors, setErrors, control };
}
