/**
 * The "why" of a reconciled valuation: the reconciliation's per-method weights arrive as
 * JSON (`Reconciliation.methods`), read here defensively into rows. Weights are fractions
 * with 6 decimals; they are shown as per cent by moving the decimal point, never via floats.
 */
export interface WeightRow {
  method: string;
  value: string;
  confidence: string;
  /** Fraction, e.g. "0.600000". */
  weight: string;
  /** weight x value, 2 decimals. */
  contribution: string;
}

const isText = (v: unknown): v is string => typeof v === 'string';

/** The reconciliation's method rows; those not in the expected shape are left out. */
export function weightRows(methods: unknown): WeightRow[] {
  if (!Array.isArray(methods)) return [];
  return methods.flatMap((m: unknown) => {
    if (typeof m !== 'object' || m === null) return [];
    const r = m as Record<string, unknown>;
    const { method, value, confidence, weight, contribution } = r;
    if (!isText(method) || !isText(value) || !isText(weight) || !isText(contribution)) return [];
    return [{ method, value, confidence: isText(confidence) ? confidence : '', weight, contribution }];
  });
}

const NOTES: Record<string, string> = {
  SINGLE_METHOD: 'Only one method carried weight, so the confidence is at most medium.',
  WIDE_RANGE: 'The methods disagree widely, so the confidence was lowered.',
  VERY_WIDE_RANGE: 'The methods disagree very widely, so the confidence is low.',
};

/** The reconciliation's notes as sentences. */
export function noteSentence(note: string): string {
  return NOTES[note] ?? note;
}

const CAPPED_BY: Record<string, string> = {
  LEGAL_TERM: 'the remaining legal term',
  ECONOMIC_LIFE: 'the remaining economic life',
};

/** "8 years, limited by the remaining economic life". */
export function incomePeriodSentence(period: { years: number; cappedBy: string }): string {
  const years = `${period.years} year${period.years === 1 ? '' : 's'}`;
  return `${years}, limited by ${CAPPED_BY[period.cappedBy] ?? period.cappedBy.toLowerCase()}`;
}
