import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatMoney } from '@web/format';
import { graphql } from '@web/gql';
import type { CreateListingMutation } from '@web/gql/graphql';
import { Field } from '@web/kit/Field';
import { useFormDraft } from '@web/kit/use-form-draft';
import {
  assetRefusal,
  checkListing,
  EMPTY_LISTING,
  listingFailure,
  toListingInput,
  type ListingDraft,
  type ListingField,
} from '@web/pages/sme/listing-form';
import { Link } from '@web/router/router';

export const CREATE_LISTING = graphql(`
  mutation CreateListing($input: CreateListingInput!, $key: String) {
    createListing(input: $input, idempotencyKey: $key) {
      id
      status
      amount {
        amount
        currency
      }
      termMonths
    }
  }
`);

export type CreatedListing = CreateListingMutation['createListing'];

/** The SME offers one patent as collateral: amount sought, term, purpose, last day for offers. */
export function ListingForm({
  asset,
  onCancel,
}: {
  asset: { id: string; title: string; number: string };
  onCancel: () => void;
}) {
  const { draft, errors, setErrors, control } = useFormDraft<ListingField, ListingDraft>(
    'listing',
    () => EMPTY_LISTING,
  );
  const [formError, setFormError] = useState<unknown>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedListing | null>(null);
  // One key per opening of the form: a retry after a lost answer cannot list twice.
  const [key] = useState(() => crypto.randomUUID());
  const [createListing, { loading }] = useMutation(CREATE_LISTING, { refetchQueries: ['MyListings'] });

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setFormError(null);
    setRefusal(null);
    const hints = checkListing(draft);
    setErrors(hints);
    if (Object.keys(hints).length > 0) return;
    createListing({ variables: { input: toListingInput([asset.id], draft, 'CNY'), key } }).then(
      (result) => {
        if (result.data !== undefined && result.data !== null) setCreated(result.data.createListing);
      },
      (error: unknown) => {
        const sentence = assetRefusal(error);
        if (sentence !== null) return setRefusal(sentence);
        const failure = listingFailure(error);
        if (failure.field === null) setFormError(failure.error);
        else setErrors({ [failure.field]: failure.message });
      },
    );
  };

  if (created !== null) {
    return (
      <div className="notice notice-ok" role="status">
        <p className="notice-title">
          {asset.title} is listed for {formatMoney(created.amount)} over {created.termMonths} months.
        </p>
        <p>
          Banks can now make offers. <Link to="/financing">Compare the offers under Financing</Link>.
        </p>
      </div>
    );
  }

  return (
    <section className="offer-form" aria-labelledby="listing-heading">
      <h2 id="listing-heading">List for financing</h2>
      <p className="muted">
        {asset.title} · {asset.number} as collateral, open to every bank
      </p>
      {refusal !== null && (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{refusal}</p>
        </div>
      )}
      {formError !== null && <ErrorNotice error={formError} />}
      <form onSubmit={submit} noValidate className="form-grid">
        <Field inputId="listing-amountSought" label="Amount sought (CNY)" error={errors.amountSought}>
          <input {...control('amountSought')} inputMode="decimal" autoComplete="off" />
        </Field>
        <Field inputId="listing-termMonths" label="Term (months)" error={errors.termMonths}>
          <input {...control('termMonths')} inputMode="numeric" autoComplete="off" />
        </Field>
        <Field inputId="listing-purpose" label="Purpose" hint="What the money is for" error={errors.purpose}>
          <input {...control('purpose', true)} autoComplete="off" />
        </Field>
        <Field
          inputId="listing-expiresOn"
          label="Last day for offers (optional)"
          hint="Empty: open until you withdraw it"
          error={errors.expiresOn}
        >
          <input {...control('expiresOn', true)} type="date" />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" disabled={loading}>
            {loading ? 'Listing…' : 'List for financing'}
          </button>
          <button type="button" className="button button-quiet" onClick={onCancel} disabled={loading}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
