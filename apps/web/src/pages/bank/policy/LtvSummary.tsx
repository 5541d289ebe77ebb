import { formatMoney, type MoneyValue } from '@web/format';
import { fractionToPercent } from '@web/kit/form';
import type { LtvAssessment, PolicyTerms } from '@web/pages/bank/policy/ltv-policy';

/** An amount's loan-to-value against the valuations, and the most the bank's policy lends on them. */
export function LtvSummary({
  amount,
  assessment,
  policy,
  label,
}: {
  amount: MoneyValue;
  assessment: LtvAssessment;
  policy: PolicyTerms | null;
  label: string;
}) {
  const currency = amount.currency;
  const verdict =
    assessment.abovePolicy === null ? null : assessment.abovePolicy ? 'Above your policy' : 'Within your policy';
  return (
    <dl className="facts ltv-summary" aria-label="Loan-to-value">
      <div>
        <dt>{label}</dt>
        <dd>{formatMoney(amount)}</dd>
      </div>
      <div>
        <dt>Latest valuations</dt>
        <dd>
          {assessment.valuationTotal === null
            ? 'Not every asset is valued'
            : formatMoney({ amount: assessment.valuationTotal, currency })}
        </dd>
      </div>
      <div>
        <dt>Loan-to-value</dt>
        <dd data-testid="ltv">{assessment.ltv === null ? '—' : `${fractionToPercent(assessment.ltv)} %`}</dd>
      </div>
      <div>
        <dt>Your policy lends up to</dt>
        <dd>
          {policy === null
            ? 'No lender policy set'
            : assessment.maxLoan === null
              ? '—'
              : formatMoney({ amount: assessment.maxLoan, currency })}
          {policy !== null && <span className="muted small"> (haircut {fractionToPercent(policy.haircut)} %)</span>}
        </dd>
      </div>
      {verdict !== null && (
        <div>
          <dt>Against policy</dt>
          <dd>
            <span className={assessment.abovePolicy ? 'badge badge-above' : 'badge badge-within'}>{verdict}</span>
          </dd>
        </div>
      )}
    </dl>
  );
}
