import { useState } from 'react';
import { formatDate, formatMoney, kindLabel, type MoneyValue } from '@web/format';
import { fractionToPercent, PLAIN_DECIMAL } from '@web/kit/form';
import { ValueAssetForm } from '@web/pages/bank/listings/ValueAssetForm';
import { assessLtv, type PolicyTerms } from '@web/pages/bank/policy/ltv-policy';
import { LtvSummary } from '@web/pages/bank/policy/LtvSummary';

export interface ListedAsset {
  id: string;
  number: string;
  title: string;
  kind: string;
  remainingLifeDays?: number | null;
  latestValuation?: {
    value: MoneyValue;
    low?: MoneyValue | null;
    high?: MoneyValue | null;
    valuedAt: string;
    staleness: { stale: boolean };
  } | null;
}

/**
 * The listed assets' latest valuations with their range, a "Value now" per asset, and the
 * amount typed in the offer form against those valuations and the bank's policy.
 */
export function ListingValuations({
  assets,
  amount,
  currency,
  policy,
  ltvPercent,
}: {
  assets: readonly ListedAsset[];
  amount: string;
  currency: string;
  policy: PolicyTerms | null;
  ltvPercent: string;
}) {
  const [valuing, setValuing] = useState<string | null>(null);
  const typed = amount.trim();
  const assessment = PLAIN_DECIMAL.test(typed)
    ? assessLtv(
        typed,
        assets.map((a) => ({
          id: a.id,
          number: a.number,
          kind: a.kind,
          remainingLifeDays: a.remainingLifeDays ?? null,
          value: a.latestValuation?.value.amount ?? null,
        })),
        policy,
      )
    : null;
  const computed = assessment?.ltv === null || assessment === null ? null : fractionToPercent(assessment.ltv);
  return (
    <section aria-labelledby="valuations-heading" className="panel">
      <h3 id="valuations-heading">Valuation and loan-to-value</h3>
      <ul className="plain-list">
        {assets.map((a) => {
          const v = a.latestValuation;
          return (
            <li key={a.id} data-valued-asset={a.id}>
              <span className="cell-title">{a.title}</span>{' '}
              <span className="muted small">
                {a.number} · {kindLabel(a.kind)}
              </span>
              <br />
              {v ? (
                <>
                  {formatMoney(v.value)}
                  {v.low && v.high && v.low.amount !== v.high.amount && (
                    <span className="muted small">
                      {' '}
                      range {formatMoney(v.low)} – {formatMoney(v.high)}
                    </span>
                  )}
                  <span className="muted small">
                    {' '}
                    · {formatDate(v.valuedAt)}
                    {v.staleness.stale && ' · stale for your policy'}
                  </span>
                </>
              ) : (
                <span className="muted">Not valued yet</span>
              )}{' '}
              {valuing !== a.id && (
                <button type="button" className="button button-small button-quiet" onClick={() => setValuing(a.id)}>
                  Value now
                </button>
              )}
              {valuing === a.id && (
                <ValueAssetForm
                  asset={a}
                  currency={currency}
                  onDone={() => setValuing(null)}
                  onCancel={() => setValuing(null)}
                />
              )}
            </li>
          );
        })}
      </ul>
      {assessment === null ? (
        <p className="muted small">Enter the amount to see it against the valuations and your policy.</p>
      ) : (
        <>
          <LtvSummary
            amount={{ amount: typed, currency }}
            assessment={assessment}
            policy={policy}
            label="Offer amount"
          />
          {computed !== null && ltvPercent.trim() !== '' && ltvPercent.trim() !== computed && (
            <p className="muted small" role="note">
              The amount is {computed} % of the latest valuations; the form says {ltvPercent.trim()} %.
            </p>
          )}
          {assessment.assets
            .flatMap((x) => x.problems)
            .map((p) => (
              <p key={p} className="check check-warning">
                {p}
              </p>
            ))}
        </>
      )}
    </section>
  );
}
