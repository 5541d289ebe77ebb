import { useApolloClient } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { graphql } from '@web/gql';
import { compareOffers, type ComparedOffer, type OfferCost } from '@web/pages/sme/offer-comparison';

export const OFFER_COST = graphql(`
  query OfferCost($input: RepaymentScheduleInput!) {
    repaymentSchedule(input: $input) {
      totalInterest {
        amount
        currency
      }
      totalInstalments {
        amount
        currency
      }
      lines {
        number
        instalment {
          amount
          currency
        }
      }
    }
  }
`);

/** Today as a calendar day in the user's time zone: the day the schedules start from. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Each offer's payments as the API's repayment calculator computes them (a loan paid out
 * today on the offer's terms); the console does no interest arithmetic of its own. An offer
 * whose schedule cannot be computed stays without figures (and its rows unranked).
 */
export function useOfferCosts(offers: readonly ComparedOffer[], today = localToday()): Record<string, OfferCost> {
  const client = useApolloClient();
  const [costs, setCosts] = useState<Record<string, OfferCost>>({});
  const signature = offers
    .map((o) => `${o.id}:${o.amount.amount}:${o.annualRate}:${o.termMonths}:${o.repaymentMethod}`)
    .join('|');
  useEffect(() => {
    let live = true;
    for (const offer of offers) {
      client
        .query({
          query: OFFER_COST,
          variables: {
            input: {
              principal: offer.amount.amount,
              currency: offer.amount.currency,
              annualRate: offer.annualRate,
              termMonths: offer.termMonths,
              repaymentMethod: offer.repaymentMethod as never,
              disbursementDate: today,
            },
          },
        })
        .then(
          (result) => {
            const schedule = result.data?.repaymentSchedule;
            const first = schedule?.lines[0];
            if (!live || schedule === undefined || first === undefined) return;
            setCosts((c) => ({
              ...c,
              [offer.id]: {
                firstInstalment: first.instalment,
                totalInterest: schedule.totalInterest,
                totalRepaid: schedule.totalInstalments,
              },
            }));
          },
          () => undefined,
        );
    }
    return () => {
      live = false;
    };
    // The signature stands for the offers' terms: a new array with the same terms is no new work.
  }, [client, signature, today]);
  return costs;
}

export interface OfferActions {
  busy: boolean;
  onAccept: (offerId: string) => void;
  onDecline: (offerId: string) => void;
}

/** The open offers on one listing side by side: one column per offer, the best of each row marked. */
export function OfferComparison({ offers, actions }: { offers: readonly ComparedOffer[]; actions: OfferActions }) {
  const costs = useOfferCosts(offers);
  const rows = useMemo(() => compareOffers(offers, costs), [offers, costs]);
  return (
    <div className="compare-wrap">
      <table className="compare">
        <caption className="muted small">
          Best value per row marked ★. Payments are for a loan paid out today on each offer&apos;s terms.
        </caption>
        <thead>
          <tr>
            <th scope="col">Offer from</th>
            {offers.map((o) => (
              <th scope="col" key={o.id} data-offer={o.id}>
                {o.lenderName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell) => (
                <td key={cell.offerId} className={cell.best ? 'best' : undefined}>
                  {cell.text}
                  {cell.best && (
                    <span className="best-mark" aria-label="best">
                      {' '}
                      ★
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Decision</th>
            {offers.map((o) => (
              <td key={o.id}>
                <div className="decide">
                  <button
                    type="button"
                    className="button button-small"
                    disabled={actions.busy}
                    onClick={() => actions.onAccept(o.id)}
                    aria-label={`Accept the offer of ${o.lenderName}`}
                  >
                    Accept
                  </button>
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    disabled={actions.busy}
                    onClick={() => actions.onDecline(o.id)}
                    aria-label={`Decline the offer of ${o.lenderName}`}
                  >
                    Decline
                  </button>
                </div>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
