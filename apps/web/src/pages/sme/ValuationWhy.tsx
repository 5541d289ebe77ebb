import { formatAmount, formatDate, formatMoney, valuationMethodLabel } from '@web/format';
import { graphql } from '@web/gql';
import type { ValuationWhyFragment } from '@web/gql/graphql';
import { fractionToPercent } from '@web/kit/form';
import { incomePeriodSentence, noteSentence, weightRows } from '@web/pages/sme/valuation-why';

export const VALUATION_WHY = graphql(`
  fragment ValuationWhy on Valuation {
    id
    version
    method
    valuedAt
    confidence
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
      reasons
      validUntil
    }
    report {
      currency
      discountRate {
        base
        premium
        effective
      }
      methods {
        method
        confidence
        value {
          amount
          currency
        }
        incomePeriod {
          years
          cappedBy
        }
        stoppedAtYear
        years {
          year
          benefit
          discountFactor
          presentValue
        }
      }
      scorecard {
        total
        grade
      }
      monteCarlo {
        paths
        p10 {
          amount
          currency
        }
        p50 {
          amount
          currency
        }
        p90 {
          amount
          currency
        }
      }
      reconciliation {
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
        confidence
        notes
        methods
      }
    }
  }
`);

const CONFIDENCE: Record<string, string> = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low' };
const STALE: Record<string, string> = {
  OLDER_THAN_VALIDITY: 'it is older than the validity the policy allows',
  ASSET_STATUS_CHANGED: "the patent's status or risk flags changed after it was made",
};

type Method = NonNullable<ValuationWhyFragment['report']>['methods'][number];

function MethodWorking({ method, currency }: { method: Method; currency: string }) {
  return (
    <details className="working">
      <summary>
        {valuationMethodLabel(method.method)}: <strong>{formatMoney(method.value)}</strong>{' '}
        <span className="muted small">({CONFIDENCE[method.confidence] ?? method.confidence} confidence)</span>
      </summary>
      {method.incomePeriod != null && (
        <p className="small">Income period: {incomePeriodSentence(method.incomePeriod)}.</p>
      )}
      {method.stoppedAtYear != null && (
        <p className="small">The income stream reached zero in year {method.stoppedAtYear}, so it stops there.</p>
      )}
      {method.years.length > 0 && (
        <table className="table table-compact">
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Benefit ({currency})</th>
              <th scope="col">Discount factor</th>
              <th scope="col">Present value ({currency})</th>
            </tr>
          </thead>
          <tbody>
            {method.years.map((y) => (
              <tr key={y.year}>
                <td data-label="Year">{y.year}</td>
                <td data-label="Benefit">{formatAmount(y.benefit)}</td>
                <td data-label="Discount factor">{y.discountFactor}</td>
                <td data-label="Present value">{formatAmount(y.presentValue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

/** Why the latest valuation says what it says: each method's value and working, the weights, the range. */
export function ValuationWhy({ valuation }: { valuation: ValuationWhyFragment }) {
  const report = valuation.report;
  const reconciliation = report?.reconciliation;
  const weights = weightRows(reconciliation?.methods);
  const ranged = valuation.low != null && valuation.high != null && valuation.low.amount !== valuation.high.amount;
  return (
    <section className="why" aria-label="Why this value">
      <p className="lead">
        <strong>{formatMoney(valuation.value)}</strong>
        {ranged && (
          <span className="range">
            {' '}
            (range {formatMoney(valuation.low!)} – {formatMoney(valuation.high!)})
          </span>
        )}
        <span className="muted small">
          {' '}
          valued on {formatDate(valuation.valuedAt)}, version {valuation.version}
          {valuation.confidence != null && `, ${CONFIDENCE[valuation.confidence] ?? valuation.confidence} confidence`}
        </span>
      </p>
      {valuation.staleness.stale && (
        <p className="notice">
          This valuation is out of date:{' '}
          {valuation.staleness.reasons.map((r) => STALE[r] ?? r.toLowerCase()).join('; and ')}.
        </p>
      )}
      {report == null ? (
        <p className="muted">
          A single {valuationMethodLabel(valuation.method).toLowerCase()} valuation; its working was not kept.
        </p>
      ) : (
        <>
          <h3>How the methods were weighed</h3>
          {weights.length === 0 ? (
            <p className="muted">The report carries no weights.</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Method</th>
                  <th scope="col">Value</th>
                  <th scope="col">Weight</th>
                  <th scope="col">Contribution</th>
                </tr>
              </thead>
              <tbody>
                {weights.map((w) => (
                  <tr key={w.method}>
                    <td data-label="Method">
                      {valuationMethodLabel(w.method)}
                      {w.confidence !== '' && (
                        <span className="muted small"> ({CONFIDENCE[w.confidence] ?? w.confidence} confidence)</span>
                      )}
                    </td>
                    <td data-label="Value">{formatMoney({ amount: w.value, currency: report.currency })}</td>
                    <td data-label="Weight">{fractionToPercent(w.weight)} %</td>
                    <td data-label="Contribution">
                      {formatMoney({ amount: w.contribution, currency: report.currency })}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Reconciled value</th>
                  <td data-label="Reconciled value" colSpan={3}>
                    <strong>{reconciliation != null && formatMoney(reconciliation.value)}</strong>
                    {reconciliation != null && reconciliation.low.amount !== reconciliation.high.amount && (
                      <span className="range">
                        {' '}
                        (range {formatMoney(reconciliation.low)} – {formatMoney(reconciliation.high)})
                      </span>
                    )}
                  </td>
                </tr>
              </tfoot>
            </table>
          )}
          {reconciliation != null && reconciliation.notes.length > 0 && (
            <ul className="small">
              {reconciliation.notes.map((n) => (
                <li key={n}>{noteSentence(n)}</li>
              ))}
            </ul>
          )}
          {report.discountRate != null && (
            <p className="small">
              Discount rate {fractionToPercent(report.discountRate.effective)} %: base{' '}
              {fractionToPercent(report.discountRate.base)} % plus a risk premium of{' '}
              {fractionToPercent(report.discountRate.premium)} %
              {report.scorecard != null &&
                ` from the scorecard (grade ${report.scorecard.grade}, ${report.scorecard.total} of 100)`}
              .
            </p>
          )}
          {report.monteCarlo != null && (
            <p className="small">
              Simulation over {formatAmount(String(report.monteCarlo.paths))} paths: P10{' '}
              {formatMoney(report.monteCarlo.p10)}, P50 {formatMoney(report.monteCarlo.p50)}, P90{' '}
              {formatMoney(report.monteCarlo.p90)}.
            </p>
          )}
          <h3>Each method's working</h3>
          {report.methods.map((m) => (
            <MethodWorking key={m.method} method={m} currency={report.currency} />
          ))}
        </>
      )}
    </section>
  );
}
