import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatAmount, formatDate, kindLabel, legalStatusLabel } from '@web/format';
import { graphql } from '@web/gql';
import { Loading, PageHead } from '@web/kit/states';
import { ListingForm } from '@web/pages/sme/ListingForm';
import { ValuationWhy } from '@web/pages/sme/ValuationWhy';
import { Link, useParam, useSearchParam } from '@web/router/router';
import '@web/pages/sme/sme.css';

export const PATENT_DETAIL = graphql(`
  query PatentDetail($id: ID!) {
    ipAsset(id: $id) {
      id
      kind
      number
      title
      legalStatus
      filingDate
      grantDate
      expiryDate
      remainingLifeDays
      pledgeable
      mainIpc
      riskFlags {
        invalidationPending
        ownershipDispute
        courtPreservation
      }
      owners {
        name
        share
      }
      latestValuation {
        ...ValuationWhy
      }
    }
  }
`);

/** One patent: its register facts, the "why" of its latest valuation, and listing it for financing. */
export function PatentDetailPage() {
  const id = useParam('id');
  const wantsListing = useSearchParam('list') === '1';
  const [listing, setListing] = useState(wantsListing);
  const { data, error, refetch } = useQuery(PATENT_DETAIL, { variables: { id } });

  if (error !== undefined) {
    return (
      <>
        <PageHead title="Patent" />
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  if (data === undefined) {
    return (
      <>
        <PageHead title="Patent" />
        <Loading>Loading the patent…</Loading>
      </>
    );
  }
  const asset = data.ipAsset;
  const flags = [
    asset.riskFlags.invalidationPending && 'Invalidation pending',
    asset.riskFlags.ownershipDispute && 'Ownership disputed',
    asset.riskFlags.courtPreservation && 'Court preservation order',
  ].filter((f): f is string => typeof f === 'string');
  return (
    <>
      <PageHead title={asset.title} subtitle={`${asset.number} · ${kindLabel(asset.kind)}`}>
        <p>
          <Link to="/patents">← My patents</Link>
        </p>
      </PageHead>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            <span className={`badge badge-${asset.legalStatus.toLowerCase()}`}>
              {legalStatusLabel(asset.legalStatus)}
            </span>
            {flags.length > 0 && <span className="risk small">{flags.join(', ')}</span>}
          </dd>
        </div>
        <div>
          <dt>Filed</dt>
          <dd>{formatDate(asset.filingDate)}</dd>
        </div>
        <div>
          <dt>Granted</dt>
          <dd>{asset.grantDate == null ? '—' : formatDate(asset.grantDate)}</dd>
        </div>
        <div>
          <dt>Expires</dt>
          <dd>
            {asset.expiryDate == null ? '—' : formatDate(asset.expiryDate)}
            {asset.remainingLifeDays != null && (
              <span className="muted small"> ({formatAmount(String(asset.remainingLifeDays))} days left)</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Owners</dt>
          <dd>{asset.owners.map((o) => `${o.name} (${o.share} %)`).join('; ')}</dd>
        </div>
        {asset.mainIpc != null && (
          <div>
            <dt>Main IPC class</dt>
            <dd>{asset.mainIpc}</dd>
          </div>
        )}
      </dl>

      {asset.pledgeable ? (
        listing ? (
          <ListingForm asset={asset} onCancel={() => setListing(false)} />
        ) : (
          <p>
            <button type="button" className="button" onClick={() => setListing(true)}>
              List for financing
            </button>
          </p>
        )
      ) : (
        <p className="muted">
          Only a granted patent in force can be pledged, so this one cannot be listed for financing.
        </p>
      )}

      <h2>Latest valuation</h2>
      {asset.latestValuation == null ? (
        <p className="empty">This patent has not been valued yet; a bank or appraiser can value it.</p>
      ) : (
        <ValuationWhy valuation={asset.latestValuation} />
      )}
    </>
  );
}
