import { useQuery } from '@apollo/client/react';
import { formatAmount } from '@web/format';
import { graphql } from '@web/gql';
import type { ProgramDashboardQuery } from '@web/gql/graphql';
import { ipcSectionLabel } from '@web/pages/program/labels';
import { withShares } from '@web/pages/program/series';

export const LENDER_NAME = graphql(`
  query LenderName($id: ID!) {
    party(id: $id) {
      id
      name
    }
  }
`);

type Dashboard = ProgramDashboardQuery['programDashboard'];

/** The dashboard keys lenders by party id: the name is looked up (and cached) per bank. */
function LenderName({ id }: { id: string }) {
  const party = useQuery(LENDER_NAME, { variables: { id }, fetchPolicy: 'cache-first' });
  return <>{party.data?.party.name ?? (party.error !== undefined ? `Bank ${id.slice(0, 8)}` : '…')}</>;
}

interface Row {
  key: string;
  amount: string;
  registrations: number;
  loans?: number;
  loanAmount?: string;
}

function BreakdownTable({
  title,
  keyLabel,
  rows,
  name,
  empty,
}: {
  title: string;
  keyLabel: string;
  rows: readonly Row[];
  name: (key: string) => React.ReactNode;
  empty: string;
}) {
  const shared = withShares(rows);
  const withLoans = rows.some((r) => r.loans !== undefined);
  return (
    <section className="breakdown" aria-labelledby={`breakdown-${keyLabel}`}>
      <h2 id={`breakdown-${keyLabel}`}>{title}</h2>
      {shared.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{keyLabel}</th>
              <th scope="col">Registrations</th>
              <th scope="col">Secured amount (CNY)</th>
              <th scope="col">Share</th>
              {withLoans && <th scope="col">Loans disbursed</th>}
            </tr>
          </thead>
          <tbody>
            {shared.map((r) => (
              <tr key={r.key} data-key={r.key}>
                <td data-label={keyLabel}>{name(r.key)}</td>
                <td data-label="Registrations">{r.registrations}</td>
                <td data-label="Secured amount (CNY)" className="num">
                  {formatAmount(r.amount)}
                </td>
                <td data-label="Share" className="num">
                  {r.sharePercent} %
                </td>
                {withLoans && (
                  <td data-label="Loans disbursed">
                    {r.loans ?? 0} · CNY {formatAmount(r.loanAmount ?? '0')}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Where the year's volume comes from: by district, by bank and by industry (IPC section), largest first. */
export function Breakdowns({ dashboard }: { dashboard: Dashboard }) {
  return (
    <div className="breakdowns">
      <BreakdownTable
        title="By district"
        keyLabel="District"
        rows={dashboard.byDistrict.map((d) => ({
          key: d.district,
          amount: d.amount,
          registrations: d.registrations,
          loans: d.loans,
          loanAmount: d.loanAmount,
        }))}
        name={(key) => (key === '' ? 'No district recorded' : key)}
        empty="No registrations by district in this year yet."
      />
      <BreakdownTable
        title="By bank"
        keyLabel="Bank"
        rows={dashboard.byLender}
        name={(key) => <LenderName id={key} />}
        empty="No bank has registered a pledge in this year yet."
      />
      <BreakdownTable
        title="By industry (IPC section)"
        keyLabel="Industry"
        rows={dashboard.byIpcSection}
        name={ipcSectionLabel}
        empty="No registrations by industry in this year yet."
      />
    </div>
  );
}
