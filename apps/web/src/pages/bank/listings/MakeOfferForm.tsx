import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatMoney } from '@web/format';
import { Field } from '@web/kit/Field';
import { useFormDraft } from '@web/kit/use-form-draft';
import { graphql } from '@web/gql';
import { ListingValuations, type ListedAsset } from '@web/pages/bank/listings/ListingValuations';
import type { PolicyTerms } from '@web/pages/bank/policy/ltv-policy';
import type { MakeOfferMutation } from '@web/gql/graphql';
import {
  REPAYMENT_METHODS,
  checkDraft,
  initialDraft,
  submitFailure,
  toOfferInput,
  type OfferDraft,
  type OfferField,
} from '@web/pages/bank/listings/offer-form';

export const MAKE_OFFER = graphql(`
  mutation MakeOffer($input: MakeOfferInput!) {
    makeOffer(input: $input) {
      id
      listingId
      status
      amount {
        amount
        currency
      }
      annualRate
      termMonths
      expiresAt
    }
  }
`);

export type MadeOffer = MakeOfferMutation['makeOffer'];

export interface OfferTarget {
  id: string;
  title: string;
  amount: { amount: string; currency: string };
  termMonths: number;
  /** The listed assets with their latest valuations, for the LTV shown before sending. */
  assets?: readonly ListedAsset[];
}

/** The bank's offer on one listing: hints before sending, the server's verdict next to its field. */
export function MakeOfferForm({
  listing,
  onDone,
  onCancel,
  policy = null,
}: {
  listing: OfferTarget;
  /** The bank's lending policy; null when it has none (or it is not known). */
  policy?: PolicyTerms | null;
  onDone: (offer: MadeOffer) => void;
  onCancel: () => void;
}) {
  const { draft, errors, setErrors, control } = useFormDraft<OfferField, OfferDraft>('offer', () =>
    initialDraft({ amount: listing.amount.amount, termMonths: listing.termMonths }),
  );
  const [formError, setFormError] = useState<unknown>(null);
  const [makeOffer, { loading }] = useMutation(MAKE_OFFER, { refetchQueries: ['OpenListings'] });

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setFormError(null);
    const hints = checkDraft(draft);
    setErrors(hints);
    if (Object.keys(hints).length > 0) return;
    makeOffer({ variables: { input: toOfferInput(listing.id, draft) } }).then(
      (result) => {
        if (result.data !== undefined && result.data !== null) onDone(result.data.makeOffer);
      },
      (error: unknown) => {
        const failure = submitFailure(error);
        if (failure.field === null) setFormError(failure.error);
        else setErrors({ [failure.field]: failure.message });
      },
    );
  };

  return (
    <section className="offer-form" aria-labelledby="offer-heading">
      <h2 id="offer-heading">Make an offer</h2>
      <p className="muted">
        {listing.title} · {formatMoney(listing.amount)} sought for {listing.termMonths} months
      </p>
      {listing.assets !== undefined && listing.assets.length > 0 && (
        <ListingValuations
          assets={listing.assets}
          amount={draft.amount}
          currency={listing.amount.currency}
          policy={policy}
          ltvPercent={draft.ltvPercent}
        />
      )}
      {formError !== null && <ErrorNotice error={formError} />}
      <form onSubmit={submit} noValidate className="form-grid">
        <Field inputId="offer-amount" label={`Amount (${listing.amount.currency})`} error={errors.amount}>
          <input {...control('amount')} inputMode="decimal" autoComplete="off" />
        </Field>
        <Field
          inputId="offer-annualRatePercent"
          label="Annual rate (%)"
          hint="Nominal, per year, e.g. 4.35"
          error={errors.annualRatePercent}
        >
          <input {...control('annualRatePercent', true)} inputMode="decimal" autoComplete="off" />
        </Field>
        <Field inputId="offer-termMonths" label="Term (months)" error={errors.termMonths}>
          <input {...control('termMonths')} inputMode="numeric" autoComplete="off" />
        </Field>
        <Field inputId="offer-repaymentMethod" label="Repayment" error={errors.repaymentMethod}>
          <select {...control('repaymentMethod')}>
            {REPAYMENT_METHODS.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
        </Field>
        <Field
          inputId="offer-ltvPercent"
          label="Loan-to-value (%)"
          hint="Loan over the pledged value, up to 100"
          error={errors.ltvPercent}
        >
          <input {...control('ltvPercent', true)} inputMode="decimal" autoComplete="off" />
        </Field>
        <Field inputId="offer-expiresOn" label="Offer stands until" error={errors.expiresOn}>
          <input {...control('expiresOn')} type="date" />
        </Field>
        <Field inputId="offer-conditions" label="Conditions (optional)" error={errors.conditions}>
          <textarea {...control('conditions')} rows={3} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" disabled={loading}>
            {loading ? 'Sending…' : 'Send offer'}
          </button>
          <button type="button" className="button button-quiet" onClick={onCancel} disabled={loading}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
