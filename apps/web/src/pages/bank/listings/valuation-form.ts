import type { AppraisalAssumptionsInput } from '@web/gql/graphql';
import { fieldFailure, percentToFraction, PLAIN_DECIMAL, type FieldFailure } from '@web/kit/form';

/**
 * The bank's "Value now" form: a relief-from-royalty valuation of one listed asset on the
 * bank's own assumptions (the registry supplies legal life and attributes). Percentages are
 * typed as people read them and become fractions by moving the decimal point in the string.
 */
export interface ValuationDraft {
  baseRevenue: string;
  growthPercent: string;
  years: string;
  royaltyPercent: string;
  discountPercent: string;
  taxPercent: string;
  economicLifeYears: string;
}
export type ValuationField = keyof ValuationDraft;
export type ValuationErrors = Partial<Record<ValuationField, string>>;

export const INITIAL_VALUATION: ValuationDraft = {
  baseRevenue: '',
  growthPercent: '5',
  years: '10',
  royaltyPercent: '4',
  discountPercent: '11',
  taxPercent: '25',
  economicLifeYears: '10',
};

const WHOLE = /^\d+$/;

export function checkValuationDraft(draft: ValuationDraft): ValuationErrors {
  const errors: ValuationErrors = {};
  const revenue = draft.baseRevenue.trim();
  if (!PLAIN_DECIMAL.test(revenue) || /^0*(\.0*)?$/.test(revenue)) {
    errors.baseRevenue = 'Enter the first year revenue as a number above zero, such as 30000000.';
  }
  if (!/^-?\d+(\.\d+)?$/.test(draft.growthPercent.trim()))
    errors.growthPercent = 'Enter the yearly growth in per cent, such as 5.';
  const years = draft.years.trim();
  if (!WHOLE.test(years) || Number(years) < 1 || Number(years) > 50) errors.years = 'Project 1 to 50 years of revenue.';
  for (const [field, label] of [
    ['royaltyPercent', 'royalty rate'],
    ['discountPercent', 'discount rate'],
    ['taxPercent', 'tax rate'],
  ] as const) {
    if (!PLAIN_DECIMAL.test(draft[field].trim()) || Number(draft[field]) > 100) {
      errors[field] = `Enter the ${label} in per cent, from 0 to 100.`;
    }
  }
  const life = draft.economicLifeYears.trim();
  if (!PLAIN_DECIMAL.test(life) || Number(life) <= 0 || Number(life) > 50) {
    errors.economicLifeYears = 'Enter the economic life in years, more than 0 and at most 50.';
  }
  return errors;
}

/** A signed percent -> fraction ("-2.5" -> "-0.025"). */
function signedFraction(percent: string): string {
  const text = percent.trim();
  const negative = text.startsWith('-');
  const fraction = percentToFraction(negative ? text.slice(1) : text) ?? text;
  return negative && !/^0(\.0*)?$/.test(fraction) ? `-${fraction}` : fraction;
}

/** The assumptions for a draft that passed checkValuationDraft. */
export function toAssumptions(draft: ValuationDraft, currency: string): AppraisalAssumptionsInput {
  return {
    currency,
    economicLifeYears: Number(draft.economicLifeYears.trim()),
    taxRate: percentToFraction(draft.taxPercent) ?? draft.taxPercent,
    discountRate: percentToFraction(draft.discountPercent) ?? draft.discountPercent,
    reliefFromRoyalty: {
      royaltyRate: percentToFraction(draft.royaltyPercent) ?? draft.royaltyPercent,
      projection: {
        baseRevenue: draft.baseRevenue.trim(),
        growthRate: signedFraction(draft.growthPercent),
        years: Number(draft.years.trim()),
      },
    },
  };
}

const SERVER_FIELDS: Record<string, ValuationField> = {
  baseRevenue: 'baseRevenue',
  growthRate: 'growthPercent',
  years: 'years',
  royaltyRate: 'royaltyPercent',
  discountRate: 'discountPercent',
  taxRate: 'taxPercent',
  economicLifeYears: 'economicLifeYears',
};

export function valuationFailure(error: unknown): FieldFailure<ValuationField> {
  return fieldFailure(error, SERVER_FIELDS);
}
