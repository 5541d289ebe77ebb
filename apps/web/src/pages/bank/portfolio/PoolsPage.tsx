import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatAmount, formatMoney } from '@web/format';
import { graphql } from '@web/gql';
import type { BankPoolsQuery } from '@web/gql/graphql';
import { fractionToPercent } from '@web/kit/form';
import { Empty, Loading, PageHead } from '@web/kit/states';
import { PartyName } from '@web/pages/bank/PartyName';
import { breaches, limitBasisShare, progressToTarget, shareToPercent } from '@web/pages/bank/portfolio/portfolio-logic';
import '@web/pages/bank/bank.css';

export const BANK_POOLS = graphql(`
  query BankPools {
    securitizationPools {
      id
      name
      status
      currency
      targetBalance
      maxObligorShare
      maxIndustryShare
      maxCityShare
      candidates {
        id
        status
      }
      analytics {
        balance
        count
        ltv
        weightedAverageRate
        weightedAverageRemainingMonths
        weightedAverageRemainingPatentYears
        byObligor {
          key
          share
          balance
        }
        byIndustry {
          key
          share
          balance
        }
        byCity {
          key
          share
          balance
        }
      }
    }
  }
`);

type Pool = BankPoolsQuery['securitizationPools'][number];

function Concentration({
  title,
  rows,
  limit,
  pool,
  name = (key) => key,
}: {
  title: string;
  rows: readonly { key: string; share: string; balance: string }[];
  limit: string | null | undefined;
  pool: Pool;
  name?: (key: string) => ReactNode;
}) {
  const top = [...rows].sort((a, b) => (a.share < b.share ? 1 : a.share > b.share ? -1 : 0)).slice(0, 3);
  return (
    <div className="concentration">
      <h3>
        {title}
        <span className="muted small"> limit {limit ? `${fractionToPercent(limit)} %` : 'none'}</span>
      </h3>
      {top.length === 0 ? (
        <p className="muted small">Nothing included yet.</p>
      ) : (
        <ul className="plain-list">
          {top.map((r) => {
            const basis = limitBasisShare(r.balance, pool.analytics.balance, pool.targetBalance);
            const over = breaches(basis, limit);
            return (
              <li key={r.key} className={over ? 'deadline-overdue' : undefined}>
                {name(r.key)}: {shareToPercent(r.share)} %
                {basis !== r.share && <span className="muted small"> ({shareToPercent(basis)} % of the target)</span>}
                {over && ' · above the limit'}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

function PoolCard({ pool }: { pool: Pool }) {
  const a = pool.analytics;
  const progress = progressToTarget(a.balance, pool.targetBalance);
  const included = pool.candidates.filter((c) => c.status === 'INCLUDED').length;
  return (
    <section className="panel pool" aria-labelledby={`pool-${pool.id}`} data-pool={pool.id}>
      <h2 id={`pool-${pool.id}`}>
        {pool.name} <span className="badge">{pool.status.toLowerCase()}</span>
      </h2>
      <dl className="facts">
        <div>
          <dt>Balance</dt>
          <dd>{formatMoney({ amount: a.balance, currency: pool.currency })}</dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>
            {pool.targetBalance ? formatMoney({ amount: pool.targetBalance, currency: pool.currency }) : 'none'}
            {progress !== null && <span className="muted small"> ({progress} % reached)</span>}
          </dd>
        </div>
        <div>
          <dt>Included</dt>
          <dd>
            {a.count} ({included} of {pool.candidates.length} candidates)
          </dd>
        </div>
        <div>
          <dt>LTV</dt>
          <dd>{a.ltv ? `${fractionToPercent(a.ltv)} %` : '—'}</dd>
        </div>
        <div>
          <dt>Weighted rate</dt>
          <dd>{a.weightedAverageRate ? `${shareToPercent(a.weightedAverageRate)} %` : '—'}</dd>
        </div>
        <div>
          <dt>Remaining term</dt>
          <dd>{a.weightedAverageRemainingMonths ? `${formatAmount(a.weightedAverageRemainingMonths)} months` : '—'}</dd>
        </div>
        <div>
          <dt>Patent life left</dt>
          <dd>
            {a.weightedAverageRemainingPatentYears
              ? `${formatAmount(a.weightedAverageRemainingPatentYears)} years`
              : '—'}
          </dd>
        </div>
      </dl>
      <div className="concentrations">
        <Concentration
          title="Largest obligors"
          rows={a.byObligor}
          limit={pool.maxObligorShare}
          pool={pool}
          name={(key) => <PartyName id={key} />}
        />
        <Concentration title="Industries (IPC section)" rows={a.byIndustry} limit={pool.maxIndustryShare} pool={pool} />
        <Concentration title="Cities" rows={a.byCity} limit={pool.maxCityShare} pool={pool} />
      </div>
    </section>
  );
}

/** The securitization pools the bank arranges, with their figures (read-only). */
export function PoolsPage() {
  const pools = useQuery(BANK_POOLS);
  const head = <PageHead title="Pools" subtitle="Securitization pools your bank arranges" />;
  let body: React.ReactNode;
  if (pools.error !== undefined) body = <ErrorNotice error={pools.error} onRetry={() => void pools.refetch()} />;
  else if (pools.dataState !== 'complete') body = <Loading>Loading pools…</Loading>;
  else if (pools.data.securitizationPools.length === 0) body = <Empty>Your bank arranges no pools yet.</Empty>;
  else body = pools.data.securitizationPools.map((p) => <PoolCard key={p.id} pool={p} />);
  return (
    <>
      {head}
      {body}
    </>
  );
}
