import { skipToken, useQuery } from '@apollo/client/react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatDate, formatMoney, kindLabel, legalStatusLabel } from '@web/format';
import { graphql } from '@web/gql';
import type { MyPatentsQuery } from '@web/gql/graphql';
import { Link } from '@web/router/router';
import '@web/pages/sme/sme.css';

export const MY_PARTY = graphql(`
  query MyParty {
    viewer {
      login
      party {
        id
        name
      }
    }
  }
`);

export const MY_PATENTS = graphql(`
  query MyPatents($partyId: ID!) {
    ipAssets(filter: { ownerPartyId: $partyId }, first: 100) {
      edges {
        node {
          id
          kind
          number
          title
          legalStatus
          expiryDate
          pledgeable
          riskFlags {
            invalidationPending
            ownershipDispute
            courtPreservation
          }
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
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

type Asset = MyPatentsQuery['ipAssets']['edges'][number]['node'];

function Valuation({ asset }: { asset: Asset }) {
  const valuation = asset.latestValuation;
  if (valuation === null || valuation === undefined) return <span className="muted">Not valued yet</span>;
  return (
    <span>
      <strong>{formatMoney(valuation.value)}</strong>
      {/* A single-method valuation has no spread: its range is the value itself. */}
      {valuation.low != null && valuation.high != null && valuation.low.amount !== valuation.high.amount && (
        <span className="range">
          {' '}
          (range {formatMoney(valuation.low)} – {formatMoney(valuation.high)})
        </span>
      )}
      <span className="muted small"> on {formatDate(valuation.valuedAt)}</span>
    </span>
  );
}

function riskNote(asset: Asset): string | null {
  const notes = [
    asset.riskFlags.invalidationPending && 'invalidation pending',
    asset.riskFlags.ownershipDispute && 'ownership disputed',
    asset.riskFlags.courtPreservation && 'court preservation order',
  ].filter((n): n is string => typeof n === 'string');
  return notes.length === 0 ? null : notes.join(', ');
}

export function PatentTable({ assets }: { assets: readonly Asset[] }) {
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Patent</th>
          <th scope="col">Status</th>
          <th scope="col">Expires</th>
          <th scope="col">Latest valuation</th>
          <th scope="col">Financing</th>
        </tr>
      </thead>
      <tbody>
        {assets.map((asset) => {
          const risk = riskNote(asset);
          return (
            <tr key={asset.id}>
              <td data-label="Patent">
                <Link to={`/patents/${encodeURIComponent(asset.id)}`} className="cell-title">
                  {asset.title}
                </Link>
                <span className="muted small">
                  {asset.number} · {kindLabel(asset.kind)}
                </span>
              </td>
              <td data-label="Status">
                <span className={`badge badge-${asset.legalStatus.toLowerCase()}`}>
                  {legalStatusLabel(asset.legalStatus)}
                </span>
                {risk !== null && <span className="risk small">{risk}</span>}
              </td>
              <td data-label="Expires">
                {asset.expiryDate === null || asset.expiryDate === undefined ? '—' : formatDate(asset.expiryDate)}
              </td>
              <td data-label="Latest valuation">
                <Valuation asset={asset} />
                {asset.latestValuation != null && (
                  <Link to={`/patents/${encodeURIComponent(asset.id)}`} className="small why-link">
                    Why this value?
                  </Link>
                )}
              </td>
              <td data-label="Financing">
                {asset.pledgeable ? (
                  <Link to={`/patents/${encodeURIComponent(asset.id)}?list=1`} className="button button-small">
                    List for financing
                  </Link>
                ) : (
                  <span className="muted small">Not pledgeable</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The signed-in SME's patents and trademarks with status, expiry and latest valuation. */
export function MyPatentsPage() {
  const party = useQuery(MY_PARTY);
  const partyId = party.data?.viewer.party?.id;
  const patents = useQuery(MY_PATENTS, partyId === undefined ? skipToken : { variables: { partyId } });

  const header = (
    <div className="page-head">
      <h1>My patents</h1>
      {party.data?.viewer.party !== null && party.data?.viewer.party !== undefined && (
        <p className="muted">{party.data.viewer.party.name}</p>
      )}
    </div>
  );
  if (party.error !== undefined) {
    return (
      <>
        {header}
        <ErrorNotice error={party.error} onRetry={() => void party.refetch()} />
      </>
    );
  }
  if (party.data !== undefined && partyId === undefined) {
    return (
      <>
        {header}
        <p className="empty">Your sign-in is not linked to a company, so there are no patents to show.</p>
      </>
    );
  }
  if (patents.error !== undefined) {
    return (
      <>
        {header}
        <ErrorNotice error={patents.error} onRetry={() => void patents.refetch()} />
      </>
    );
  }
  if (patents.dataState !== 'complete') {
    return (
      <>
        {header}
        <p className="muted" role="status">
          Loading your patents…
        </p>
      </>
    );
  }
  const { edges, pageInfo } = patents.data.ipAssets;
  if (edges.length === 0) {
    return (
      <>
        {header}
        <p className="empty">Your company has no patents or trademarks in the register yet.</p>
      </>
    );
  }
  return (
    <>
      {header}
      <PatentTable assets={edges.map((e) => e.node)} />
      {pageInfo.hasNextPage && <p className="muted small">Showing the first 100; more are in the register.</p>}
    </>
  );
}
