import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatDate, formatMoney, loanStatusLabel, repaymentMethodLabel } from '@web/format';
import { graphql } from '@web/gql';
import { fractionToPercent } from '@web/kit/form';
import { Empty, Loading, PageHead } from '@web/kit/states';
import { Link } from '@web/router/router';
import '@web/pages/sme/sme.css';

export const MY_LOANS = graphql(`
  query MyLoans {
    loans(first: 50) {
      edges {
        node {
          id
          status
          annualRate
          termMonths
          repaymentMethod
          disbursedOn
          overdueDays
          principal {
            amount
            currency
          }
          outstandingPrincipal {
            amount
            currency
          }
          nextDue {
            number
            dueDate
            amount {
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

/** The SME's loans: status, principal, what is still owed and the next payment. */
export function LoansPage() {
  const { data, error, refetch } = useQuery(MY_LOANS);
  const head = <PageHead title="Loans" subtitle="Loans your company borrowed against registered pledges" />;
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
        <Loading>Loading your loans…</Loading>
      </>
    );
  }
  const loans = data.loans.edges.map((e) => e.node);
  return (
    <>
      {head}
      {loans.length === 0 ? (
        <Empty>No loans yet. Once a pledge is registered, the bank pays out the loan and it appears here.</Empty>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Loan</th>
              <th scope="col">Status</th>
              <th scope="col">Principal</th>
              <th scope="col">Outstanding</th>
              <th scope="col">Next payment</th>
            </tr>
          </thead>
          <tbody>
            {loans.map((loan) => (
              <tr key={loan.id} data-loan={loan.id}>
                <td data-label="Loan">
                  <Link to={`/loans/${encodeURIComponent(loan.id)}`} className="cell-title">
                    {fractionToPercent(loan.annualRate)} % over {loan.termMonths} months
                  </Link>
                  <span className="muted small">
                    {repaymentMethodLabel(loan.repaymentMethod)}
                    {loan.disbursedOn != null && ` · paid out ${formatDate(loan.disbursedOn)}`}
                  </span>
                </td>
                <td data-label="Status">
                  {loanStatusLabel(loan.status)}
                  {loan.overdueDays > 0 && <span className="risk small">{loan.overdueDays} days overdue</span>}
                </td>
                <td data-label="Principal">{formatMoney(loan.principal)}</td>
                <td data-label="Outstanding">{formatMoney(loan.outstandingPrincipal)}</td>
                <td data-label="Next payment">
                  {loan.nextDue == null
                    ? '—'
                    : `${formatMoney(loan.nextDue.amount)} on ${formatDate(loan.nextDue.dueDate)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data.loans.pageInfo.hasNextPage && <p className="muted small">Showing your 50 newest loans.</p>}
    </>
  );
}
