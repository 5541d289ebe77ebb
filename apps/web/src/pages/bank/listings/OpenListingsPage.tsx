import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatDate, formatMoney, kindLabel } from '@web/format';
import { graphql } from '@web/gql';
import type { IpKind, ListingFilter, OpenListingsQuery } from '@web/gql/graphql';
import { MakeOfferForm, type MadeOffer } from '@web/pages/bank/listings/MakeOfferForm';
import { useLenderPolicy } from '@web/pages/bank/policy/lender-policy-query';
import '@web/pages/bank/bank.css';

export const OPEN_LISTINGS = graphql(`
  query OpenListings($filter: ListingFilter!) {
    listings(filter: $filter, first: 100) {
      edges {
        node {
          id
          amount {
            amount
            currency
          }
          termMonths
          purpose
          expiresOn
          pledgor {
            id
            name
            city
          }
          assets {
            position
            asset {
              id
              number
              title
              kind
              remainingLifeDays
              latestValuation {
                id
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
          }
          offers {
            id
            status
            amount {
              amount
              currency
            }
            annualRate
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

type Listing = OpenListingsQuery['listings']['edges'][number]['node'];

const KINDS: readonly IpKind[] = ['INVENTION', 'UTILITY_MODEL', 'DESIGN', 'TRADEMARK'];

const OFFER_STATUS: Record<string, string> = {
  OPEN: 'Open',
  WITHDRAWN: 'Withdrawn',
  DECLINED: 'Declined',
  EXPIRED: 'Expired',
  ACCEPTED: 'Accepted',
};

interface FilterDraft {
  kind: string;
  ipcPrefix: string;
  city: string;
  minAmount: string;
  maxAmount: string;
}
const NO_FILTER: FilterDraft = { kind: '', ipcPrefix: '', city: '', minAmount: '', maxAmount: '' };
const AMOUNT = /^\d+(\.\d+)?$/;

/** Only the filled-in fields go to the server; the page always asks for open listings. */
export function toListingFilter(draft: FilterDraft): ListingFilter {
  const filter: ListingFilter = { status: 'OPEN' };
  if (draft.kind !== '') filter.kind = draft.kind as IpKind;
  if (draft.ipcPrefix.trim() !== '') filter.ipcPrefix = draft.ipcPrefix.trim().toUpperCase();
  if (draft.city.trim() !== '') filter.city = draft.city.trim();
  if (draft.minAmount.trim() !== '') filter.minAmount = draft.minAmount.trim();
  if (draft.maxAmount.trim() !== '') filter.maxAmount = draft.maxAmount.trim();
  return filter;
}

/** `applied` is the page's filter, so the form shows it again after the offer form was open. */
function FilterForm({ applied, onApply }: { applied: FilterDraft; onApply: (draft: FilterDraft) => void }) {
  const [draft, setDraft] = useState<FilterDraft>(applied);
  const [hint, setHint] = useState<string | null>(null);
  const set =
    (field: keyof FilterDraft) =>
    (event: { target: { value: string } }): void =>
      setDraft((d) => ({ ...d, [field]: event.target.value }));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const bad = (['minAmount', 'maxAmount'] as const).filter(
      (f) => draft[f].trim() !== '' && !AMOUNT.test(draft[f].trim()),
    );
    if (bad.length > 0) {
      setHint('Enter amounts as plain numbers, such as 1000000.');
      return;
    }
    setHint(null);
    onApply(draft);
  };
  const clear = (): void => {
    setDraft(NO_FILTER);
    setHint(null);
    onApply(NO_FILTER);
  };
  return (
    <form className="filters" onSubmit={submit} noValidate aria-label="Filter listings">
      <div className="field">
        <label htmlFor="filter-kind">Kind</label>
        <select id="filter-kind" value={draft.kind} onChange={set('kind')}>
          <option value="">Any</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-ipc">IPC class starts with</label>
        <input id="filter-ipc" value={draft.ipcPrefix} onChange={set('ipcPrefix')} placeholder="H01M" />
      </div>
      <div className="field">
        <label htmlFor="filter-city">City</label>
        <input id="filter-city" value={draft.city} onChange={set('city')} />
      </div>
      <div className="field">
        <label htmlFor="filter-min">Amount from</label>
        <input id="filter-min" value={draft.minAmount} onChange={set('minAmount')} inputMode="decimal" />
      </div>
      <div className="field">
        <label htmlFor="filter-max">Amount up to</label>
        <input id="filter-max" value={draft.maxAmount} onChange={set('maxAmount')} inputMode="decimal" />
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          Apply
        </button>
        <button type="button" className="button button-quiet" onClick={clear}>
          Clear
        </button>
      </div>
      {hint !== null && (
        <p className="field-error" role="alert">
          {hint}
        </p>
      )}
    </form>
  );
}

/** The bank's own offer is the newest of the offers it may see (a bank sees only its own). */
function ownOffer(listing: Listing): Listing['offers'][number] | undefined {
  return listing.offers[0];
}

function listingTitle(listing: Listing): string {
  return listing.assets.map((a) => a.asset.title).join('; ');
}

function ListingTable({ listings, onOffer }: { listings: readonly Listing[]; onOffer: (listing: Listing) => void }) {
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Assets</th>
          <th scope="col">Pledgor</th>
          <th scope="col">Amount sought</th>
          <th scope="col">Term</th>
          <th scope="col">Offers until</th>
          <th scope="col">Your offer</th>
        </tr>
      </thead>
      <tbody>
        {listings.map((listing) => {
          const offer = ownOffer(listing);
          return (
            <tr key={listing.id} data-listing={listing.id}>
              <td data-label="Assets">
                {listing.assets.map((a) => (
                  <span key={a.asset.id} className="cell-asset">
                    <span className="cell-title">{a.asset.title}</span>
                    <span className="muted small">
                      {a.asset.number} · {kindLabel(a.asset.kind)}
                    </span>
                  </span>
                ))}
                <span className="small">{listing.purpose}</span>
              </td>
              <td data-label="Pledgor">
                {listing.pledgor.name}
                <span className="muted small"> · {listing.pledgor.city}</span>
              </td>
              <td data-label="Amount sought">{formatMoney(listing.amount)}</td>
              <td data-label="Term">{listing.termMonths} months</td>
              <td data-label="Offers until">
                {listing.expiresOn === null || listing.expiresOn === undefined ? '—' : formatDate(listing.expiresOn)}
              </td>
              <td data-label="Your offer">
                {offer !== undefined && (
                  <span className="cell-asset">
                    <span className={`badge badge-offer-${offer.status.toLowerCase()}`}>
                      {OFFER_STATUS[offer.status] ?? offer.status.toLowerCase()}
                    </span>
                    <span className="muted small"> {formatMoney(offer.amount)}</span>
                  </span>
                )}
                {offer?.status !== 'OPEN' && (
                  <button type="button" className="button button-small" onClick={() => onOffer(listing)}>
                    Make offer
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The open marketplace listings a bank may see, with its own offer on each, and the offer form. */
export function OpenListingsPage() {
  const [applied, setApplied] = useState<FilterDraft>(NO_FILTER);
  const filter = toListingFilter(applied);
  const [offering, setOffering] = useState<Listing | null>(null);
  const [sent, setSent] = useState<{ offer: MadeOffer; title: string } | null>(null);
  const listings = useQuery(OPEN_LISTINGS, { variables: { filter } });
  const { policy } = useLenderPolicy();

  const header = (
    <div className="page-head">
      <h1>Open listings</h1>
      <p className="muted">Financing requests open to your bank</p>
    </div>
  );
  if (offering !== null) {
    // The listing as last fetched: a valuation made from the form shows at once.
    const current = listings.data?.listings.edges.find((e) => e.node.id === offering.id)?.node ?? offering;
    return (
      <>
        {header}
        <MakeOfferForm
          listing={{
            id: offering.id,
            title: listingTitle(offering),
            amount: offering.amount,
            termMonths: offering.termMonths,
            assets: current.assets.map((a) => a.asset),
          }}
          policy={policy}
          onCancel={() => setOffering(null)}
          onDone={(offer) => {
            setSent({ offer, title: listingTitle(offering) });
            setOffering(null);
          }}
        />
      </>
    );
  }

  let body: React.ReactNode;
  if (listings.error !== undefined) {
    body = <ErrorNotice error={listings.error} onRetry={() => void listings.refetch()} />;
  } else if (listings.dataState !== 'complete') {
    body = (
      <p className="muted" role="status">
        Loading listings…
      </p>
    );
  } else if (listings.data.listings.edges.length === 0) {
    body = <p className="empty">No open listings match. Clear the filter to see them all.</p>;
  } else {
    body = (
      <>
        <ListingTable
          listings={listings.data.listings.edges.map((e) => e.node)}
          onOffer={(listing) => {
            setSent(null);
            setOffering(listing);
          }}
        />
        {listings.data.listings.pageInfo.hasNextPage && (
          <p className="muted small">Showing the newest 100; narrow the filter to see others.</p>
        )}
      </>
    );
  }
  return (
    <>
      {header}
      {sent !== null && (
        <div className="notice notice-ok" role="status">
          <p className="notice-title">
            Your offer of {formatMoney(sent.offer.amount)} on {sent.title} was sent.
          </p>
        </div>
      )}
      <FilterForm applied={applied} onApply={setApplied} />
      {body}
    </>
  );
}
