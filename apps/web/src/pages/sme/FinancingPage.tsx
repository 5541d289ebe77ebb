import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatDate, formatMoney, listingStatusLabel, offerStatusLabel } from '@web/format';
import { graphql } from '@web/gql';
import type { MyListingsQuery } from '@web/gql/graphql';
import { Empty, Loading, PageHead } from '@web/kit/states';
import { MyApplications } from '@web/pages/sme/MyApplications';
import { OfferComparison } from '@web/pages/sme/OfferComparison';
import type { ComparedOffer } from '@web/pages/sme/offer-comparison';
import { Link } from '@web/router/router';
import '@web/pages/sme/sme.css';

export const MY_LISTINGS = graphql(`
  query MyListings {
    listings(first: 50) {
      edges {
        node {
          id
          status
          purpose
          termMonths
          expiresOn
          createdAt
          amount {
            amount
            currency
          }
          valuationTotal {
            amount
            currency
          }
          assets {
            assetId
            asset {
              id
              number
              title
            }
          }
          offers(orderBy: NEWEST) {
            id
            status
            annualRate
            termMonths
            repaymentMethod
            ltv
            expiresAt
            conditions
            pledgeApplicationId
            amount {
              amount
              currency
            }
            lender {
              id
              name
            }
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const ACCEPT_OFFER = graphql(`
  mutation AcceptOffer($id: ID!, $key: String) {
    acceptOffer(id: $id, idempotencyKey: $key) {
      id
      status
      pledgeApplicationId
      lender {
        id
        name
      }
    }
  }
`);

export const DECLINE_OFFER = graphql(`
  mutation DeclineOffer($id: ID!, $key: String) {
    declineOffer(id: $id, idempotencyKey: $key) {
      id
      status
    }
  }
`);

export const WITHDRAW_LISTING = graphql(`
  mutation WithdrawListing($id: ID!, $key: String) {
    withdrawListing(id: $id, idempotencyKey: $key) {
      id
      status
    }
  }
`);

type Listing = MyListingsQuery['listings']['edges'][number]['node'];
type Offer = Listing['offers'][number];

const toCompared = (o: Offer): ComparedOffer => ({
  id: o.id,
  lenderName: o.lender.name,
  amount: o.amount,
  annualRate: o.annualRate,
  termMonths: o.termMonths,
  repaymentMethod: o.repaymentMethod,
  ltv: o.ltv,
  expiresAt: o.expiresAt,
  conditions: o.conditions ?? null,
});

/** One idempotency key per action on a thing for as long as the page is open: a retry reuses it. */
function useActionKeys(): (action: string, id: string) => string {
  const keys = useRef(new Map<string, string>());
  return (action, id) => {
    const name = `${action}:${id}`;
    let key = keys.current.get(name);
    if (key === undefined) {
      key = crypto.randomUUID();
      keys.current.set(name, key);
    }
    return key;
  };
}

type Outcome = { kind: 'accepted'; lender: string; applicationId: string | null } | { kind: 'done'; text: string };

function ListingCard({
  listing,
  busy,
  onAccept,
  onDecline,
  onWithdraw,
}: {
  listing: Listing;
  busy: boolean;
  onAccept: (offer: Offer) => void;
  onDecline: (offer: Offer) => void;
  onWithdraw: (listing: Listing) => void;
}) {
  const open = listing.offers.filter((o) => o.status === 'OPEN');
  const others = listing.offers.filter((o) => o.status !== 'OPEN');
  const titles = listing.assets.map((a) => a.asset.title).join(', ');
  return (
    <article className="listing-card" data-listing={listing.id} aria-labelledby={`listing-${listing.id}`}>
      <header className="listing-head">
        <h2 id={`listing-${listing.id}`}>{titles}</h2>
        <span className={`badge badge-listing-${listing.status.toLowerCase()}`}>
          {listingStatusLabel(listing.status)}
        </span>
      </header>
      <p className="muted">
        {formatMoney(listing.amount)} sought over {listing.termMonths} months · {listing.purpose}
        {listing.valuationTotal != null && <> · valued {formatMoney(listing.valuationTotal)}</>}
        {listing.expiresOn != null && <> · offers until {formatDate(listing.expiresOn)}</>}
      </p>
      {listing.status === 'OPEN' &&
        (open.length === 0 ? (
          <Empty>No open offers yet. Banks see this listing on their marketplace.</Empty>
        ) : (
          <OfferComparison
            offers={open.map(toCompared)}
            actions={{
              busy,
              onAccept: (id) => onAccept(open.find((o) => o.id === id)!),
              onDecline: (id) => onDecline(open.find((o) => o.id === id)!),
            }}
          />
        ))}
      {others.length > 0 && (
        <ul className="offer-history small">
          {others.map((o) => (
            <li key={o.id}>
              {o.lender.name}: {formatMoney(o.amount)} — {offerStatusLabel(o.status)}
              {o.pledgeApplicationId != null && (
                <>
                  {' '}
                  · <Link to={`/applications/${encodeURIComponent(o.pledgeApplicationId)}`}>Pledge application</Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {listing.status === 'OPEN' && (
        <p>
          <button
            type="button"
            className="button button-quiet button-small"
            disabled={busy}
            onClick={() => onWithdraw(listing)}
          >
            Withdraw listing
          </button>
        </p>
      )}
    </article>
  );
}

/** The SME's listings, the offers on each compared side by side, and the applications that followed. */
export function FinancingPage() {
  // Banks offer while the SME is elsewhere: show the cached listings at once, then the news.
  const { data, error, refetch } = useQuery(MY_LISTINGS, { fetchPolicy: 'cache-and-network' });
  const refetchQueries = ['MyListings', 'MyApplications'];
  const [accept, accepting] = useMutation(ACCEPT_OFFER, { refetchQueries });
  const [decline, declining] = useMutation(DECLINE_OFFER, { refetchQueries });
  const [withdraw, withdrawing] = useMutation(WITHDRAW_LISTING, { refetchQueries });
  const keyFor = useActionKeys();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const busy = accepting.loading || declining.loading || withdrawing.loading;

  const run = <T,>(call: Promise<T>, done: (result: T) => void): void => {
    setActionError(null);
    setOutcome(null);
    call.then(done, (e: unknown) => setActionError(e));
  };
  const onAccept = (offer: Offer): void =>
    run(accept({ variables: { id: offer.id, key: keyFor('accept', offer.id) } }), (r) =>
      setOutcome({
        kind: 'accepted',
        lender: offer.lender.name,
        applicationId: r.data?.acceptOffer.pledgeApplicationId ?? null,
      }),
    );
  const onDecline = (offer: Offer): void =>
    run(decline({ variables: { id: offer.id, key: keyFor('decline', offer.id) } }), () =>
      setOutcome({ kind: 'done', text: `You declined the offer of ${offer.lender.name}.` }),
    );
  const onWithdraw = (listing: Listing): void =>
    run(withdraw({ variables: { id: listing.id, key: keyFor('withdraw', listing.id) } }), () =>
      setOutcome({ kind: 'done', text: 'The listing is withdrawn; its open offers were declined.' }),
    );

  const head = (
    <PageHead title="Financing" subtitle="Your listings, the offers on them, and your pledge applications" />
  );
  if (error !== undefined) {
    return (
      <>
        {head}
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  if (data === undefined) {
    return (
      <>
        {head}
        <Loading>Loading your listings…</Loading>
      </>
    );
  }
  const listings = data.listings.edges.map((e) => e.node);
  return (
    <>
      {head}
      {outcome?.kind === 'accepted' && (
        <div className="notice notice-ok" role="status">
          <p className="notice-title">You accepted the offer of {outcome.lender}.</p>
          {outcome.applicationId !== null && (
            <p>
              A joint pledge application was drafted.{' '}
              <Link to={`/applications/${encodeURIComponent(outcome.applicationId)}`}>Review and sign it</Link>.
            </p>
          )}
        </div>
      )}
      {outcome?.kind === 'done' && (
        <div className="notice notice-ok" role="status">
          <p className="notice-title">{outcome.text}</p>
        </div>
      )}
      {actionError !== null && <ErrorNotice error={actionError} />}
      {listings.length === 0 ? (
        <Empty>
          You have no listings yet. <Link to="/patents">Choose a patent under My patents</Link> and list it for
          financing.
        </Empty>
      ) : (
        listings.map((l) => (
          <ListingCard
            key={l.id}
            listing={l}
            busy={busy}
            onAccept={onAccept}
            onDecline={onDecline}
            onWithdraw={onWithdraw}
          />
        ))
      )}
      {data.listings.pageInfo.hasNextPage && <p className="muted small">Showing your 50 newest listings.</p>}
      <MyApplications />
    </>
  );
}
