import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatAmount, formatDate } from '@web/format';
import { graphql } from '@web/gql';
import type { ExportFormat, SubsidyClaimsQuery } from '@web/gql/graphql';
import { fractionToPercent } from '@web/kit/form';
import { Empty, Loading, PageHead } from '@web/kit/states';
import { ConfirmAction } from '@web/pages/program/ConfirmAction';
import { queryFresh } from '@web/pages/program/fresh';
import { ExportButtons, type ExportedFile } from '@web/pages/program/ExportButtons';
import { screeningLabel, subsidyKindLabel, subsidyStatusLabel } from '@web/pages/program/labels';
import { sumAmounts } from '@web/pages/program/series';
import { chinaToday } from '@web/pages/program/today';
import { ScopeForm, useProgramScope, type ProgramScope } from '@web/pages/program/scope';
import '@web/pages/program/program.css';

/** The claim as every list row and decision returns it (so a decision updates its row in the cache). */
export const SUBSIDY_CLAIM_ROW = graphql(`
  fragment SubsidyClaimRow on SubsidyClaim {
    id
    loanId
    borrowerPartyId
    kind
    quarter
    periodStart
    periodEnd
    baseAmount
    rate
    computedAmount
    cappedAmount
    capNote
    screening
    status
    paidOn
    rejectionReason
    reviewNote
  }
`);

export const SUBSIDY_CLAIMS = graphql(`
  query SubsidyClaims($city: String!, $year: Int!, $quarter: Int) {
    claims: subsidyClaims(filter: { city: $city, year: $year, quarter: $quarter }, first: 100) {
      edges {
        node {
          ...SubsidyClaimRow
        }
      }
      pageInfo {
        hasNextPage
      }
      totals {
        count
        computedAmount
        cappedAmount
      }
    }
    q1: subsidyClaims(filter: { city: $city, year: $year, quarter: 1 }, first: 1) {
      totals {
        count
        computedAmount
        cappedAmount
      }
    }
    q2: subsidyClaims(filter: { city: $city, year: $year, quarter: 2 }, first: 1) {
      totals {
        count
        computedAmount
        cappedAmount
      }
    }
    q3: subsidyClaims(filter: { city: $city, year: $year, quarter: 3 }, first: 1) {
      totals {
        count
        computedAmount
        cappedAmount
      }
    }
    q4: subsidyClaims(filter: { city: $city, year: $year, quarter: 4 }, first: 1) {
      totals {
        count
        computedAmount
        cappedAmount
      }
    }
  }
`);

export const SUBSIDY_CLAIMS_EXPORT = graphql(`
  query SubsidyClaimsExport($city: String!, $year: Int!, $quarter: Int, $format: ExportFormat!) {
    subsidyClaimsExport(filter: { city: $city, year: $year, quarter: $quarter }, format: $format) {
      filename
      contentType
      content
      rows
      complete
    }
  }
`);

export const COMPUTE_SUBSIDY_CLAIMS = graphql(`
  mutation ComputeSubsidyClaims($city: String!, $year: Int!, $quarter: Int!, $idempotencyKey: String) {
    computeSubsidyClaims(city: $city, year: $year, quarter: $quarter, idempotencyKey: $idempotencyKey) {
      computed
      heldForReview
      rejected
      final
      cappedAmount
    }
  }
`);

export const APPROVE_SUBSIDY_CLAIMS = graphql(`
  mutation ApproveSubsidyClaims($ids: [ID!]!, $note: String, $idempotencyKey: String) {
    approveSubsidyClaims(ids: $ids, note: $note, idempotencyKey: $idempotencyKey) {
      ...SubsidyClaimRow
    }
  }
`);

export const REJECT_SUBSIDY_CLAIM = graphql(`
  mutation RejectSubsidyClaim($id: ID!, $reason: String!, $idempotencyKey: String) {
    rejectSubsidyClaim(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {
      ...SubsidyClaimRow
    }
  }
`);

export const PAY_SUBSIDY_CLAIMS = graphql(`
  mutation PaySubsidyClaims($ids: [ID!]!, $paidOn: LocalDate!, $idempotencyKey: String) {
    paySubsidyClaims(ids: $ids, paidOn: $paidOn, idempotencyKey: $idempotencyKey) {
      ...SubsidyClaimRow
    }
  }
`);

type Data = SubsidyClaimsQuery;
type Claim = Data['claims']['edges'][number]['node'];
type Action =
  | { kind: 'approve' | 'reject' | 'pay'; claim: Claim }
  | { kind: 'approve-all' | 'pay-all'; claims: readonly Claim[] }
  | { kind: 'compute'; quarter: number };

const cny = (amount: string): string => `CNY ${formatAmount(amount)}`;

/** A new panel (and idempotency key) for each different action; the same action keeps its key on retry. */
function actionKey(action: Action): string {
  if (action.kind === 'compute') return `compute-${action.quarter}`;
  if ('claims' in action) return `${action.kind}-${action.claims.map((c) => c.id).join(',')}`;
  return `${action.kind}-${action.claim.id}`;
}

function QuarterTotals({ data, year }: { data: Data; year: number }) {
  const quarters = [data.q1, data.q2, data.q3, data.q4];
  return (
    <table className="table">
      <caption>Claims of {year} by quarter</caption>
      <thead>
        <tr>
          <th scope="col">Quarter</th>
          <th scope="col">Claims</th>
          <th scope="col">Computed (CNY)</th>
          <th scope="col">After caps (CNY)</th>
        </tr>
      </thead>
      <tbody>
        {quarters.map((q, i) => (
          <tr key={i} data-quarter={i + 1}>
            <th scope="row" data-label="Quarter">
              Q{i + 1}
            </th>
            <td data-label="Claims">{q.totals.count}</td>
            <td data-label="Computed (CNY)" className="num">
              {formatAmount(q.totals.computedAmount)}
            </td>
            <td data-label="After caps (CNY)" className="num">
              {formatAmount(q.totals.cappedAmount)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ClaimTable({ claims, onAction }: { claims: readonly Claim[]; onAction: (action: Action) => void }) {
  return (
    <table className="table">
      <caption>Claims</caption>
      <thead>
        <tr>
          <th scope="col">Claim</th>
          <th scope="col">Period</th>
          <th scope="col">Amount</th>
          <th scope="col">Status</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((c) => (
          <tr key={c.id} data-claim={c.id}>
            <td data-label="Claim">
              <span className="cell-title">{subsidyKindLabel(c.kind)}</span>
              <span className="muted small">
                Loan {c.loanId.slice(0, 8)} · Q{c.quarter} · {screeningLabel(c.screening)}
              </span>
            </td>
            <td data-label="Period">
              {formatDate(c.periodStart)} – {formatDate(c.periodEnd)}
              <span className="muted small"> (end exclusive)</span>
            </td>
            <td data-label="Amount">
              <strong>{cny(c.cappedAmount)}</strong>
              <span className="muted small">
                {' '}
                {fractionToPercent(c.rate)} % of {cny(c.baseAmount)}
                {c.capNote != null && ` · capped: ${c.capNote}`}
              </span>
            </td>
            <td data-label="Status">
              <span className={`badge badge-subsidy-${c.status.toLowerCase()}`}>{subsidyStatusLabel(c.status)}</span>
              {c.paidOn != null && <span className="muted small"> on {formatDate(c.paidOn)}</span>}
              {c.rejectionReason != null && <span className="risk small">{c.rejectionReason}</span>}
            </td>
            <td data-label="Actions">
              <div className="row-actions">
                {c.status === 'COMPUTED' && (
                  <>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => onAction({ kind: 'approve', claim: c })}
                    >
                      Approve
                    </button>
                    <button
                      type="button"
                      className="button button-quiet button-small"
                      onClick={() => onAction({ kind: 'reject', claim: c })}
                    >
                      Reject
                    </button>
                  </>
                )}
                {c.status === 'APPROVED' && (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => onAction({ kind: 'pay', claim: c })}
                  >
                    Record payment
                  </button>
                )}
                {(c.status === 'PAID' || c.status === 'REJECTED') && <span className="muted small">Decided</span>}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The claims shown, decided in one go: the API takes a list of ids for approval and payment. */
function BatchButtons({ claims, onAction }: { claims: readonly Claim[]; onAction: (action: Action) => void }) {
  const computed = claims.filter((c) => c.status === 'COMPUTED');
  const approved = claims.filter((c) => c.status === 'APPROVED');
  if (computed.length < 2 && approved.length < 2) return null;
  return (
    <div className="row-actions batch-actions">
      {computed.length >= 2 && (
        <button
          type="button"
          className="button button-small"
          onClick={() => onAction({ kind: 'approve-all', claims: computed })}
        >
          Approve all {computed.length} computed
        </button>
      )}
      {approved.length >= 2 && (
        <button
          type="button"
          className="button button-small"
          onClick={() => onAction({ kind: 'pay-all', claims: approved })}
        >
          Record payment of all {approved.length} approved
        </button>
      )}
    </div>
  );
}

function ActionPanel({
  action,
  scope,
  onDone,
  onCancel,
}: {
  action: Action;
  scope: ProgramScope;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [compute] = useMutation(COMPUTE_SUBSIDY_CLAIMS);
  const [approve] = useMutation(APPROVE_SUBSIDY_CLAIMS);
  const [reject] = useMutation(REJECT_SUBSIDY_CLAIM);
  const [pay] = useMutation(PAY_SUBSIDY_CLAIMS);
  if (action.kind === 'compute') {
    return (
      <ConfirmAction
        confirmLabel="Compute claims"
        onCancel={onCancel}
        onConfirm={async (_value, idempotencyKey) => {
          const { data } = await compute({
            variables: { city: scope.city, year: scope.year, quarter: action.quarter, idempotencyKey },
          });
          const r = data?.computeSubsidyClaims;
          onDone(
            r === undefined
              ? 'The claims were computed.'
              : `Q${action.quarter} computed: ${r.computed} claims to decide (${r.heldForReview} held for review), ${r.rejected} rejected, ${r.final} already decided; ${cny(r.cappedAmount)} claimable.`,
          );
        }}
      >
        Compute the subsidy claims of {scope.city} for Q{action.quarter} {scope.year}? Claims not yet decided are
        computed again from the loans; approved and paid claims stay as they are.
      </ConfirmAction>
    );
  }
  if ('claims' in action) {
    const ids = action.claims.map((c) => c.id);
    const several = `the ${action.claims.length} claims shown, ${cny(sumAmounts(action.claims.map((c) => c.cappedAmount)))} in all`;
    if (action.kind === 'approve-all') {
      const held = action.claims.some((c) => c.screening === 'LISTED_REVIEW');
      return (
        <ConfirmAction
          confirmLabel="Approve claims"
          input={{
            name: 'note',
            label: held ? 'Why they are approved' : 'Note (optional)',
            required: held,
            missing: 'Some borrowers are on the credit list: say why their claims are approved.',
          }}
          onCancel={onCancel}
          onConfirm={async (note, idempotencyKey) => {
            await approve({ variables: { ids, note, idempotencyKey } });
            onDone(`Approved ${several}.`);
          }}
        >
          Approve {several}?{held && ' Some borrowers are on the credit list, so their claims were held for review.'}
        </ConfirmAction>
      );
    }
    return (
      <ConfirmAction
        confirmLabel="Record payments"
        input={{ name: 'paidOn', label: 'Paid on', required: true, type: 'date', initial: chinaToday() }}
        onCancel={onCancel}
        onConfirm={async (paidOn, idempotencyKey) => {
          await pay({ variables: { ids, paidOn: paidOn ?? '', idempotencyKey } });
          onDone(`Recorded the payment of ${several}.`);
        }}
      >
        Record that {several} were paid?
      </ConfirmAction>
    );
  }
  const { claim } = action;
  const what = `the ${subsidyKindLabel(claim.kind).toLowerCase()} claim of ${cny(claim.cappedAmount)} on loan ${claim.loanId.slice(0, 8)}`;
  if (action.kind === 'approve') {
    const held = claim.screening === 'LISTED_REVIEW';
    return (
      <ConfirmAction
        confirmLabel="Approve claim"
        input={{
          name: 'note',
          label: held ? 'Why it is approved' : 'Note (optional)',
          required: held,
          missing: 'The borrower is on the credit list: say why the claim is approved.',
        }}
        onCancel={onCancel}
        onConfirm={async (note, idempotencyKey) => {
          await approve({ variables: { ids: [claim.id], note, idempotencyKey } });
          onDone(`Approved ${what}.`);
        }}
      >
        Approve {what}?{held && ' The borrower is on the credit list, so the claim was held for review.'}
      </ConfirmAction>
    );
  }
  if (action.kind === 'reject') {
    return (
      <ConfirmAction
        confirmLabel="Reject claim"
        input={{ name: 'reason', label: 'Reason', required: true, missing: 'Say why the claim is rejected.' }}
        onCancel={onCancel}
        onConfirm={async (reason, idempotencyKey) => {
          await reject({ variables: { id: claim.id, reason: reason ?? '', idempotencyKey } });
          onDone(`Rejected ${what}.`);
        }}
      >
        Reject {what}? The borrower is told the reason.
      </ConfirmAction>
    );
  }
  return (
    <ConfirmAction
      confirmLabel="Record payment"
      input={{ name: 'paidOn', label: 'Paid on', required: true, type: 'date', initial: chinaToday() }}
      onCancel={onCancel}
      onConfirm={async (paidOn, idempotencyKey) => {
        await pay({ variables: { ids: [claim.id], paidOn: paidOn ?? '', idempotencyKey } });
        onDone(`Recorded the payment of ${what}.`);
      }}
    >
      Record that {what} was paid?
    </ConfirmAction>
  );
}

function SubsidiesBody({ scope }: { scope: ProgramScope }) {
  const client = useApolloClient();
  const [quarter, setQuarter] = useState<number | null>(null);
  const [action, setAction] = useState<Action | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const variables = { city: scope.city, year: scope.year, quarter };
  const claims = useQuery(SUBSIDY_CLAIMS, { variables });
  const load = async (format: ExportFormat): Promise<ExportedFile> => {
    return (await queryFresh(client, SUBSIDY_CLAIMS_EXPORT, { ...variables, format })).subsidyClaimsExport;
  };
  const open = (next: Action): void => {
    setDone(null);
    setAction(next);
  };
  return (
    <>
      <ExportButtons what="subsidy claims" load={load} />
      <div className="row-actions" role="group" aria-label="Quarter">
        {[null, 1, 2, 3, 4].map((q) => (
          <button
            key={q ?? 'all'}
            type="button"
            className={`button button-small${quarter === q ? '' : ' button-quiet'}`}
            aria-pressed={quarter === q}
            onClick={() => {
              setQuarter(q);
              setAction(null);
            }}
          >
            {q === null ? 'All quarters' : `Q${q}`}
          </button>
        ))}
        {quarter !== null && (
          <button type="button" className="button button-small" onClick={() => open({ kind: 'compute', quarter })}>
            Compute Q{quarter} claims
          </button>
        )}
      </div>
      {done !== null && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      {action !== null && (
        <ActionPanel
          key={actionKey(action)}
          action={action}
          scope={scope}
          onCancel={() => setAction(null)}
          onDone={(message) => {
            setAction(null);
            setDone(message);
            void claims.refetch();
          }}
        />
      )}
      {claims.error !== undefined ? (
        <ErrorNotice error={claims.error} onRetry={() => void claims.refetch()} />
      ) : claims.data === undefined ? (
        <Loading>Loading the subsidy claims…</Loading>
      ) : (
        <>
          <QuarterTotals data={claims.data} year={scope.year} />
          <p className="totals" data-totals="claims">
            {quarter === null ? `All of ${scope.year}` : `Q${quarter} ${scope.year}`}: {claims.data.claims.totals.count}{' '}
            claims, {cny(claims.data.claims.totals.computedAmount)} computed,{' '}
            {cny(claims.data.claims.totals.cappedAmount)} after caps.
          </p>
          {claims.data.claims.edges.length === 0 ? (
            <Empty>
              No subsidy claims for {scope.city} in {quarter === null ? scope.year : `Q${quarter} ${scope.year}`} yet.
              {quarter === null ? ' Choose a quarter to compute its claims.' : ' Compute them from the loans above.'}
            </Empty>
          ) : (
            <>
              <BatchButtons claims={claims.data.claims.edges.map((e) => e.node)} onAction={open} />
              <ClaimTable claims={claims.data.claims.edges.map((e) => e.node)} onAction={open} />
            </>
          )}
          {claims.data.claims.pageInfo.hasNextPage && (
            <p className="muted small">Showing the first 100 claims; the export holds them all.</p>
          )}
        </>
      )}
    </>
  );
}

/** Program staff: the city's subsidy claims by quarter, with totals, computing and decisions. */
export function SubsidiesPage() {
  const { scope, loading, error, retry } = useProgramScope();
  const head = (
    <PageHead title="Subsidies" subtitle={scope === null ? undefined : `${scope.city} · ${scope.year}`}>
      {!loading && <ScopeForm key={scope === null ? '' : `${scope.city}-${scope.year}`} scope={scope} />}
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
        <Empty>Choose a city and a year to see its subsidy claims.</Empty>
      ) : (
        <SubsidiesBody scope={scope} />
      )}
    </>
  );
}
