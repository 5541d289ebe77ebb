import type { MakeOfferInput, RepaymentMethod } from '@web/gql/graphql';
import { fieldFailure, PLAIN_DECIMAL as DECIMAL, percentToFraction, type FieldFailure } from '@web/kit/form';

/**
 * The "Make offer" form's logic, apart from React: what the user typed, the hints checked
 * before sending, the MakeOfferInput built from it, and the server's BAD_USER_INPUT mapped
 * back onto the field it names. Rates and LTV are typed as percentages and become
 * fractions by moving the decimal point in the string: never through a float.
 */
export interface OfferDraft {
  amount: string;
  annualRatePercent: string;
  termMonths: string;
  repaymentMethod: string;
  ltvPercent: string;
  conditions: string;
  /** Calendar day (YYYY-MM-DD); the offer lapses at the end of that day, local time. */
  expiresOn: string;
}

export type OfferField = keyof OfferDraft;
export type FieldErrors = Partial<Record<OfferField, string>>;

export const REPAYMENT_METHODS: readonly { value: RepaymentMethod; label: string }[] = [
  { value: 'ANNUITY', label: 'Annuity (equal instalments)' },
  { value: 'EQUAL_PRINCIPAL', label: 'Equal principal' },
  { value: 'INTEREST_ONLY_BULLET', label: 'Interest only, principal at the end' },
  { value: 'FLAT', label: 'Flat rate' },
];

function addDays(today: Date, days: number): string {
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** The form's starting values: the listing's amount and term, an offer open for 30 days. */
export function initialDraft(listing: { amount: string; termMonths: number }, today = new Date()): OfferDraft {
  return {
    amount: listing.amount,
    annualRatePercent: '',
    termMonths: String(listing.termMonths),
    repaymentMethod: 'ANNUITY',
    ltvPercent: '',
    conditions: '',
    expiresOn: addDays(today, 30),
  };
}

/** Compares a non-negative decimal string with a whole number, without floats. */
function compareWhole(decimal: string, whole: number): number {
  const [int = '0', frac = ''] = decimal.split('.');
  const a = BigInt(int);
  const b = BigInt(whole);
  if (a !== b) return a < b ? -1 : 1;
  return /[1-9]/.test(frac) ? 1 : 0;
}

/** Hints shown before anything is sent; the server stays the judge. */
export function checkDraft(draft: OfferDraft, today = new Date()): FieldErrors {
  const errors: FieldErrors = {};
  const amount = draft.amount.trim();
  if (!DECIMAL.test(amount)) errors.amount = 'Enter the amount as a number, such as 800000 or 800000.50.';
  else if (compareWhole(amount, 0) <= 0) errors.amount = 'The amount must be more than zero.';

  const rate = draft.annualRatePercent.trim();
  if (!DECIMAL.test(rate)) errors.annualRatePercent = 'Enter the annual rate in per cent, such as 4.35.';
  else if (compareWhole(rate, 0) <= 0 || compareWhole(rate, 100) >= 0) {
    errors.annualRatePercent = 'The annual rate must be more than 0 % and less than 100 %.';
  }

  const term = draft.termMonths.trim();
  if (!/^\d+$/.test(term) || Number(term) < 1 || Number(term) > 600) {
    errors.termMonths = 'The term is a whole number of months from 1 to 600.';
  }

  if (!REPAYMENT_METHODS.some((m) => m.value === draft.repaymentMethod)) {
    errors.repaymentMethod = 'Choose how the loan is repaid.';
  }

  const ltv = draft.ltvPercent.trim();
  if (!DECIMAL.test(ltv)) errors.ltvPercent = 'Enter the loan-to-value in per cent, such as 30.';
  else if (compareWhole(ltv, 0) <= 0 || compareWhole(ltv, 100) > 0) {
    errors.ltvPercent = 'The loan-to-value must be more than 0 % and at most 100 %.';
  }

  if (draft.conditions.length > 4000) errors.conditions = 'Conditions are limited to 4,000 characters.';

  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.expiresOn)) errors.expiresOn = 'Choose the last day the offer stands.';
  else if (draft.expiresOn < addDays(today, 0)) errors.expiresOn = 'The offer must stand until today or later.';
  return errors;
}

/** The MakeOfferInput for a draft that passed checkDraft. */
export function toOfferInput(listingId: string, draft: OfferDraft): MakeOfferInput {
  return {
    listingId,
    amount: draft.amount.trim(),
    annualRate: percentToFraction(draft.annualRatePercent) ?? draft.annualRatePercent,
    termMonths: Number(draft.termMonths.trim()),
    repaymentMethod: draft.repaymentMethod as RepaymentMethod,
    ltv: percentToFraction(draft.ltvPercent) ?? draft.ltvPercent,
    conditions: draft.conditions.trim() === '' ? null : draft.conditions.trim(),
    // The end of the chosen day in the user's own time zone.
    expiresAt: new Date(`${draft.expiresOn}T23:59:59`).toISOString(),
  };
}

/** The server's input field (`input.annualRate`) -> the form field that shows it. */
const SERVER_FIELDS: Record<string, OfferField> = {
  amount: 'amount',
  annualRate: 'annualRatePercent',
  termMonths: 'termMonths',
  repaymentMethod: 'repaymentMethod',
  ltv: 'ltvPercent',
  conditions: 'conditions',
  expiresAt: 'expiresOn',
};

/** A failed makeOffer: the message next to the field the server named, or for the whole form. */
export type SubmitFailure = FieldFailure<OfferField>;

export function submitFailure(error: unknown): SubmitFailure {
  return fieldFailure(error, SERVER_FIELDS);
}
