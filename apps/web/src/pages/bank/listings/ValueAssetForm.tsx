import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatMoney } from '@web/format';
import { graphql } from '@web/gql';
import { describedBy, Field } from '@web/kit/Field';
import {
  INITIAL_VALUATION,
  checkValuationDraft,
  toAssumptions,
  valuationFailure,
  type ValuationDraft,
  type ValuationErrors,
  type ValuationField,
} from '@web/pages/bank/listings/valuation-form';

export const VALUE_LISTED_ASSET = graphql(`
  mutation ValueListedAsset($input: CreateValuationInput!) {
    createValuation(input: $input) {
      id
      assetId
      version
      confidence
      valuedAt
      value {
        amount
        currency
      }
      low {
        amount
        currency
      }
      high {
        amount
        currency
      }
      staleness {
        stale
      }
    }
  }
`);

const LABELS: Record<ValuationField, { label: string; hint?: string }> = {
  baseRevenue: { label: 'Revenue, first year', hint: 'Sales of products using the right' },
  growthPercent: { label: 'Growth a year (%)' },
  years: { label: 'Years projected' },
  royaltyPercent: { label: 'Royalty rate (%)', hint: 'Most technology royalties are 5 % or less' },
  discountPercent: { label: 'Discount rate (%)' },
  taxPercent: { label: 'Tax rate (%)' },
  economicLifeYears: { label: 'Economic life (years)' },
};

/** Values one listed asset now (relief from royalty) and stores it as its newest valuation. */
export function ValueAssetForm({
  asset,
  currency,
  onDone,
  onCancel,
}: {
  asset: { id: string; number: string };
  currency: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<ValuationDraft>(INITIAL_VALUATION);
  const [errors, setErrors] = useState<ValuationErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [value, { loading, data }] = useMutation(VALUE_LISTED_ASSET, { refetchQueries: ['OpenListings'] });

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setFailure(null);
    const hints = checkValuationDraft(draft);
    setErrors(hints);
    if (Object.keys(hints).length > 0) return;
    value({ variables: { input: { assetId: asset.id, assumptions: toAssumptions(draft, currency) } } }).then(
      () => onDone(),
      (error: unknown) => {
        const f = valuationFailure(error);
        if (f.field === null) setFailure(f.error);
        else setErrors({ [f.field]: f.message });
      },
    );
  };
  const made = data?.createValuation;
  return (
    <form onSubmit={submit} noValidate className="form-grid valuation-box" aria-label={`Value ${asset.number}`}>
      <p className="muted small">
        Relief from royalty on your assumptions; the register supplies the legal life of {asset.number}.
      </p>
      {failure !== null && <ErrorNotice error={failure} />}
      {(Object.keys(LABELS) as ValuationField[]).map((field) => {
        const id = `valuation-${field}`;
        const { label, hint } = LABELS[field];
        return (
          <Field key={field} inputId={id} label={label} hint={hint} error={errors[field]}>
            <input
              id={id}
              value={draft[field]}
              inputMode="decimal"
              autoComplete="off"
              aria-invalid={errors[field] !== undefined}
              aria-describedby={describedBy(id, hint !== undefined, errors[field])}
              onChange={(e) => {
                setDraft((d) => ({ ...d, [field]: e.target.value }));
                setErrors((x) => ({ ...x, [field]: undefined }));
              }}
            />
          </Field>
        );
      })}
      {made && <p role="status">Valued at {formatMoney(made.value)}.</p>}
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Valuing…' : 'Value now'}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel} disabled={loading}>
          Cancel
        </button>
      </div>
    </form>
  );
}
