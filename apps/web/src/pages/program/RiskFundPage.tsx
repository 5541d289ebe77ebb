import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatAmount, formatDate } from '@web/format';
import { graphql } from '@web/gql';
import type { CityRiskFundsQuery, ExportFormat, FundClaimsQuery, RiskFundLedgerPageQuery } from '@web/gql/graphql';
import { Empty, Loading, PageHead } from '@web/kit/states';
import { ConfirmAction } from '@web/pages/program/ConfirmAction';
import { queryFresh } from '@web/pages/program/fresh';
import { ExportButtons, type ExportedFile } from '@web/pages/program/ExportButtons';
import { entryKindLabel, riskClaimStatusLabel } from '@web/pages/program/labels';
import { fundPosition } from '@web/pages/program/ledger';
import { ScopeForm, useProgramScope, type ProgramScope } from '@web/pages/program/scope';
import '@web/pages/program/program.css';

export const CITY_RISK_FUNDS = graphql(`
  query CityRiskFunds($city: String) {
    riskFunds(city: $city) {
      id
      name
      city
      currency
      balance
      capacity
      coveredOutstanding
      commitments
      leverage
      leverageLimit
      currentRatio {
        id
        fundPart
        bankPart
        insurerPart
        appraiserPart
      }
    }
  }
`);

export const RISK_FUND_LEDGER_PAGE = graphql(`
  query RiskFundLedgerPage($id: ID!, $after: String) {
    riskFund(id: $id) {
      id
      ledger(first: 100, after: $after) {
        edges {
          node {
            id
            seq
            kind
            amount
            balanceAfter
            bookedOn
            note
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const FUND_CLAIMS = graphql(`
  query FundClaims($fundId: ID!) {
    riskFundClaims(filter: { fundId: $fundId, status: FILED }, first: 100) {
      edges {
        node {
          id
          loanId
          lenderPartyId
          lossDate
          loss
          outstandingClaim
          realizedAmount
          fundPart
          bankPart
          currency
          status
          createdAt
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const RISK_FUND_LEDGER_EXPORT = graphql(`
  query RiskFundLedgerExport($fundId: ID!, $format: ExportFormat!) {
    riskFundLedgerExport(fundId: $fundId, format: $format) {
      filename
      contentType
      content
      rows
      complete
    }
  }
`);

export const APPROVE_RISK_FUND_CLAIM = graphql(`
  mutation ApproveRiskFundClaim($id: ID!, $note: String, $idempotencyKey: String) {
    approveRiskFundClaim(id: $id, note: $note, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

export const REJECT_RISK_FUND_CLAIM = graphql(`
  mutation RejectRiskFundClaim($id: ID!, $note: String!, $idempotencyKey: String) {
    rejectRiskFundClaim(id: $id, note: $note, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

type Fund = CityRiskFundsQuery['riskFunds'][number];
type Entry = RiskFundLedgerPageQuery['riskFund']['ledger']['edges'][number]['node'];
type Claim = FundClaimsQuery['riskFundClaims']['edges'][number]['node'];

/** Most ledger pages read to sum the position (100 entries each). */
const MAX_LEDGER_PAGES = 50;

/** The whole ledger, page by page, fresh from the server: the position is its exact sum. */
function useWholeLedger(fundId: string, version: number): { entries: Entry[] | null; error: unknown; cut: boolean } {
  const client = useApolloClient();
  const [state, setState] = useState<{ entries: Entry[] | null; error: unknown; cut: boolean }>({
    entries: null,
    error: undefined,
    cut: false,
  });
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const entries: Entry[] = [];
      let after: string | null = null;
      try {
        for (let pages = 0; pages < MAX_LEDGER_PAGES; pages++) {
          const page: RiskFundLedgerPageQuery = await queryFresh(client, RISK_FUND_LEDGER_PAGE, { id: fundId, after });
          const ledger = page.riskFund.ledger;
          entries.push(...ledger.edges.map((e) => e.node));
          if (!ledger.pageInfo.hasNextPage || ledger.pageInfo.endCursor == null) {
            if (!cancelled) setState({ entries, error: undefined, cut: false });
            return;
          }
          after = ledger.pageInfo.endCursor;
        }
        if (!cancelled) setState({ entries, error: undefined, cut: true });
      } catch (error) {
        if (!cancelled) setState({ entries: null, error, cut: false });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [client, fundId, version]);
  return state;
}

/** `1.5000` -> `1.5`: trailing zeros of a ratio say nothing. */
const plain = (decimal: string): string => (decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal);

const money = (amount: string | null | undefined, currency: string): string =>
  amount == null ? '—' : `${currency} ${formatAmount(amount)}`;

function Position({ fund, version }: { fund: Fund; version: number }) {
  const ledger = useWholeLedger(fund.id, version);
  const c = fund.currency;
  const position = ledger.entries === null ? null : fundPosition(ledger.entries);
  const ratio = fund.currentRatio;
  return (
    <>
      <dl className="figures">
        <div>
          <dt>Balance</dt>
          <dd data-figure="balance">{money(fund.balance, c)}</dd>
        </div>
        <div>
          <dt>Contributions</dt>
          <dd data-figure="contributions">{position === null ? '…' : money(position.contributions, c)}</dd>
        </div>
        <div>
          <dt>Claims paid</dt>
          <dd data-figure="claims-paid">{position === null ? '…' : money(position.claimsPaid, c)}</dd>
        </div>
        <div>
          <dt>Recoveries</dt>
          <dd data-figure="recoveries">{position === null ? '…' : money(position.recoveries, c)}</dd>
        </div>
        <div>
          <dt>Loans under cover</dt>
          <dd>{money(fund.coveredOutstanding, c)}</dd>
          <dd className="muted small">
            Leverage {fund.leverage == null ? '—' : `${plain(fund.leverage)}x`} of at most {plain(fund.leverageLimit)}x
            · room for {money(fund.capacity, c)}
          </dd>
        </div>
        <div>
          <dt>Loss sharing now</dt>
          <dd>
            {ratio == null
              ? 'No ratio in force'
              : `Fund ${ratio.fundPart} : bank ${ratio.bankPart} : insurer ${ratio.insurerPart} : appraiser ${ratio.appraiserPart}`}
          </dd>
        </div>
      </dl>
      {ledger.error !== undefined && <ErrorNotice error={ledger.error} />}
      {ledger.cut && (
        <p className="muted small">
          The sums cover the first {MAX_LEDGER_PAGES * 100} ledger entries; the export holds the whole ledger.
        </p>
      )}
      {ledger.entries !== null && <RecentEntries entries={ledger.entries} currency={c} />}
    </>
  );
}

function RecentEntries({ entries, currency }: { entries: readonly Entry[]; currency: string }) {
  const recent = [...entries].sort((a, b) => b.seq - a.seq).slice(0, 10);
  if (recent.length === 0) return <Empty>The fund's ledger has no entries yet.</Empty>;
  return (
    <table className="table">
      <caption>Latest ledger entries</caption>
      <thead>
        <tr>
          <th scope="col">Booked</th>
          <th scope="col">Entry</th>
          <th scope="col">Amount</th>
          <th scope="col">Balance after</th>
        </tr>
      </thead>
      <tbody>
        {recent.map((e) => (
          <tr key={e.id} data-entry={e.seq}>
            <td data-label="Booked">{formatDate(e.bookedOn)}</td>
            <td data-label="Entry">
              <span className="cell-title">{entryKindLabel(e.kind)}</span>
              {e.note != null && <span className="muted small">{e.note}</span>}
            </td>
            <td data-label="Amount" className="num">
              {money(e.amount, currency)}
            </td>
            <td data-label="Balance after" className="num">
              {money(e.balanceAfter, currency)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Decision = { kind: 'approve' | 'reject'; claim: Claim };

function DecisionPanel({
  decision,
  onDone,
  onCancel,
}: {
  decision: Decision;
  onDone: (m: string) => void;
  onCancel: () => void;
}) {
  const [approve] = useMutation(APPROVE_RISK_FUND_CLAIM);
  const [reject] = useMutation(REJECT_RISK_FUND_CLAIM);
  const { claim } = decision;
  const what = `the claim on loan ${claim.loanId.slice(0, 8)} (loss ${money(claim.loss, claim.currency)})`;
  if (decision.kind === 'approve') {
    return (
      <ConfirmAction
        confirmLabel="Approve and pay"
        input={{ name: 'note', label: 'Note (optional)', required: false }}
        onCancel={onCancel}
        onConfirm={async (note, idempotencyKey) => {
          await approve({ variables: { id: claim.id, note, idempotencyKey } });
          onDone(`Approved ${what}: ${money(claim.fundPart, claim.currency)} was paid from the fund.`);
        }}
      >
        Approve {what}? The fund pays its part, {money(claim.fundPart, claim.currency)}, from the balance now.
      </ConfirmAction>
    );
  }
  return (
    <ConfirmAction
      confirmLabel="Reject claim"
      input={{ name: 'note', label: 'Reason', required: true, missing: 'Say why the claim is rejected.' }}
      onCancel={onCancel}
      onConfirm={async (note, idempotencyKey) => {
        await reject({ variables: { id: claim.id, note: note ?? '', idempotencyKey } });
        onDone(`Rejected ${what}.`);
      }}
    >
      Reject {what}? The bank is told the reason; nothing is paid.
    </ConfirmAction>
  );
}

function PendingClaims({ fund, onDecided }: { fund: Fund; onDecided: () => void }) {
  const claims = useQuery(FUND_CLAIMS, { variables: { fundId: fund.id } });
  const [decision, setDecision] = useState<Decision | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const body = (() => {
    if (claims.error !== undefined) return <ErrorNotice error={claims.error} onRetry={() => void claims.refetch()} />;
    if (claims.data === undefined) return <Loading>Loading the claims…</Loading>;
    const pending = claims.data.riskFundClaims.edges.map((e) => e.node).filter((c) => c.status === 'FILED');
    if (pending.length === 0) return <Empty>No loss claim awaits a decision.</Empty>;
    return (
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Loss</th>
            <th scope="col">Fund part</th>
            <th scope="col">Status</th>
            <th scope="col">Decision</th>
          </tr>
        </thead>
        <tbody>
          {pending.map((c) => (
            <tr key={c.id} data-claim={c.id}>
              <td data-label="Claim">
                <span className="cell-title">Loan {c.loanId.slice(0, 8)}</span>
                <span className="muted small">Realised on {formatDate(c.lossDate)}</span>
              </td>
              <td data-label="Loss" className="num">
                {money(c.loss, c.currency)}
                <span className="muted small">
                  {' '}
                  of {money(c.outstandingClaim, c.currency)} owed, {money(c.realizedAmount, c.currency)} realised
                </span>
              </td>
              <td data-label="Fund part" className="num">
                {money(c.fundPart, c.currency)}
              </td>
              <td data-label="Status">
                <span className={`badge badge-claim-${c.status.toLowerCase()}`}>{riskClaimStatusLabel(c.status)}</span>
              </td>
              <td data-label="Decision">
                <div className="row-actions">
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => {
                      setDone(null);
                      setDecision({ kind: 'approve', claim: c });
                    }}
                  >
                    Approve
                  </button>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    onClick={() => {
                      setDone(null);
                      setDecision({ kind: 'reject', claim: c });
                    }}
                  >
                    Reject
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  })();
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">Claims awaiting decision</h2>
      {done !== null && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      {decision !== null && (
        <DecisionPanel
          key={`${decision.kind}-${decision.claim.id}`}
          decision={decision}
          onCancel={() => setDecision(null)}
          onDone={(message) => {
            setDecision(null);
            setDone(message);
            void claims.refetch();
            onDecided();
          }}
        />
      )}
      {body}
    </section>
  );
}

function FundView({ fund, onDecided, version }: { fund: Fund; onDecided: () => void; version: number }) {
  const client = useApolloClient();
  const load = async (format: ExportFormat): Promise<ExportedFile> => {
    return (await queryFresh(client, RISK_FUND_LEDGER_EXPORT, { fundId: fund.id, format })).riskFundLedgerExport;
  };
  return (
    <section aria-label={fund.name}>
      <h2>{fund.name}</h2>
      <ExportButtons what="fund ledger" load={load} />
      <Position fund={fund} version={version} />
      <PendingClaims fund={fund} onDecided={onDecided} />
    </section>
  );
}

function RiskFundBody({ scope }: { scope: ProgramScope }) {
  const funds = useQuery(CITY_RISK_FUNDS, { variables: { city: scope.city } });
  const [version, setVersion] = useState(0);
  if (funds.error !== undefined) return <ErrorNotice error={funds.error} onRetry={() => void funds.refetch()} />;
  if (funds.data === undefined) return <Loading>Loading the fund…</Loading>;
  if (funds.data.riskFunds.length === 0) return <Empty>{scope.city} has no risk-compensation fund yet.</Empty>;
  const decided = (): void => {
    setVersion((v) => v + 1);
    void funds.refetch();
  };
  return (
    <>
      {funds.data.riskFunds.map((fund) => (
        <FundView key={fund.id} fund={fund} version={version} onDecided={decided} />
      ))}
    </>
  );
}

/** Program staff: the city's risk-compensation fund position and the loss claims awaiting a decision. */
export function RiskFundPage() {
  const { scope, loading, error, retry } = useProgramScope();
  const head = (
    <PageHead title="Risk fund" subtitle={scope?.city}>
      {!loading && <ScopeForm key={scope?.city ?? ''} scope={scope} withYear={false} />}
    </PageHead>
  );
  if (error !== undefined) {
    return (
      <>
        {head}
        <ErrorNotice error={error} onRetry={retry} />
      </>
    );
  }
  if (loading) {
    return (
      <>
        {head}
        <Loading>Loading your program office…</Loading>
      </>
    );
  }
  return (
    <>
      {head}
      {scope === null ? (
        <Empty>Choose a city to see its risk-compensation fund.</Empty>
      ) : (
        <RiskFundBody scope={scope} />
      )}
    </>
  );
}
