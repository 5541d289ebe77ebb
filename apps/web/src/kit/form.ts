import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApiCallError, humanError } from '@web/errors/human-error';

/** A plain non-negative decimal as people type it: `800000`, `4.35`. */
export const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;

/** `4.35` (per cent) -> `0.0435`; null when it is not a plain non-negative decimal. Never through a float. */
export function percentToFraction(percent: string): string | null {
  const text = percent.trim();
  if (!PLAIN_DECIMAL.test(text)) return null;
  const [whole = '0', fraction = ''] = text.split('.');
  const digits = `${whole.padStart(3, '0')}${fraction}`;
  const int = digits.slice(0, -2 - fraction.length).replace(/^0+(?=\d)/, '');
  const frac = digits.slice(-2 - fraction.length).replace(/0+$/, '');
  return frac === '' ? int : `${int}.${frac}`;
}

/** `0.0435` -> `4.35` (per cent); the API's fractions shown as people read them. Never through a float. */
export function fractionToPercent(fraction: string): string {
  const text = fraction.trim();
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) return text;
  const [, sign = '', whole = '0', frac = ''] = match;
  const digits = `${whole}${frac.padEnd(2, '0')}`;
  const point = whole.length + 2;
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  return `${sign}${rest === '' ? int : `${int}.${rest}`}`;
}

/** A failed mutation: the message next to the form field the server named, or for the whole form. */
export type FieldFailure<F extends string> = { field: F; message: string } | { field: null; error: unknown };

/**
 * Maps a BAD_USER_INPUT naming `input.<name>` onto the form field `serverFields[name]`;
 * anything else (conflicts, fields the form does not show) is for the whole form.
 */
export function fieldFailure<F extends string>(
  error: unknown,
  serverFields: Readonly<Record<string, F>>,
): FieldFailure<F> {
  if (CombinedGraphQLErrors.is(error)) {
    const bad = error.errors.find((e) => e.extensions?.['code'] === 'BAD_USER_INPUT');
    const name = bad?.extensions?.['field'];
    const field = typeof name === 'string' ? serverFields[name.split('.').pop() ?? ''] : undefined;
    if (bad !== undefined && field !== undefined) {
      const human = humanError(new ApiCallError(200, [bad]));
      return { field, message: human.detail ?? human.title };
    }
  }
  return { field: null, error };
}
