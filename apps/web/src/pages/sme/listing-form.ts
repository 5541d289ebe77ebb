import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { CreateListingInput } from '@web/gql/graphql';
import { fieldFailure, PLAIN_DECIMAL, type FieldFailure } from '@web/kit/form';

/**
 * The "List for financing" form's logic, apart from React: what the SME typed, the hints
 * checked before sending, the CreateListingInput, and the server's BAD_USER_INPUT mapped back
 * onto the field it names. The amount stays the decimal string typed.
 */
export interface ListingDraft {
  amountSought: string;
  termMonths: string;
  purpose: string;
  /** Last day offers are taken (YYYY-MM-DD); empty: until withdrawn. */
  expiresOn: string;
}

export type ListingField = keyof ListingDraft;
export type ListingErrors = Partial<Record<ListingField, string>>;

export const EMPTY_LISTING: ListingDraft = { amountSought: '', termMonths: '12', purpose: '', expiresOn: '' };

function today(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Hints shown before anything is sent; the server stays the judge. */
export function checkListing(draft: ListingDraft, now = new Date()): ListingErrors {
  const errors: ListingErrors = {};
  const amount = draft.amountSought.trim();
  if (!PLAIN_DECIMAL.test(amount)) errors.amountSought = 'Enter the amount as a number, such as 800000.';
  else if (!/[1-9]/.test(amount)) errors.amountSought = 'The amount must be more than zero.';
  const term = draft.termMonths.trim();
  if (!/^\d+$/.test(term) || Number(term) < 1 || Number(term) > 600) {
    errors.termMonths = 'The term is a whole number of months from 1 to 600.';
  }
  if (draft.purpose.trim() === '') errors.purpose = 'Say what the financing is for.';
  if (draft.expiresOn !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.expiresOn)) errors.expiresOn = 'Choose a day, or leave it empty.';
    else if (draft.expiresOn < today(now)) errors.expiresOn = 'The last day for offers must be today or later.';
  }
  return errors;
}

/** The CreateListingInput for a draft that passed checkListing. */
export function toListingInput(assetIds: readonly string[], draft: ListingDraft, currency: string): CreateListingInput {
  return {
    assetIds: [...assetIds],
    amountSought: draft.amountSought.trim(),
    currency,
    termMonths: Number(draft.termMonths.trim()),
    purpose: draft.purpose.trim(),
    expiresOn: draft.expiresOn === '' ? null : draft.expiresOn,
    visibility: 'PUBLIC',
  };
}

const SERVER_FIELDS: Record<string, ListingField> = {
  amountSought: 'amountSought',
  termMonths: 'termMonths',
  purpose: 'purpose',
  expiresOn: 'expiresOn',
};

/** A failed createListing: next to the field the server named, or for the whole form. */
export function listingFailure(error: unknown): FieldFailure<ListingField> {
  return fieldFailure(error, SERVER_FIELDS);
}

/**
 * The server refuses an asset (not owned, not in force, disputed, frozen, pledged) as a
 * BAD_USER_INPUT on `input.assetIds[i]`, a field the form does not show: said as a sentence
 * about the patent instead. Null for any other error.
 */
export function assetRefusal(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const bad = error.errors.find(
    (e) =>
      e.extensions?.['code'] === 'BAD_USER_INPUT' &&
      typeof e.extensions['field'] === 'string' &&
      e.extensions['field'].startsWith('input.assetIds'),
  );
  if (bad === undefined) return null;
  const field = bad.extensions!['field'] as string;
  const why = bad.message.startsWith(`${field}: `) ? bad.message.slice(field.length + 2) : bad.message;
  const clause = why.replace(/\.$/, '');
  return `This patent cannot be listed: ${clause.startsWith('is ') ? `it ${clause}` : clause}.`;
}
