import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatDate, formatMoney } from '@web/format';
import { graphql } from '@web/gql';
import type { BankLoansQuery } from '@web/gql/graphql';
import { fractionToPercent } from '@web/kit/form';
import { Empty, Loading, PageHead } from '@web/kit/states';
import { LoanSteps } from '@web/pages/bank/portfolio/LoanSteps';
import { LOAN_STATUS_LABEL, portfolioTotals, sortLoans } from '@web/pages/bank/portfolio/portfolio-logic';
import { Link } from '@web/router/router';
import '@web/pages/bank/bank.css';

export const BANK_LOANS = graphql(`
  query BankLoans {
    loans(first: 100) {
      edges {
        node {
          id
          pledgeId
          status
          closeReason
          annualRate
          termMonths
          disbursedOn
          overdueDays
          defaultedOn
          principal {
            amount
            currency
          }
          outstandingPrincipal {
            amount
            currency
          }
          nextDue {
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

type Loan = BankLoansQuery['loans']['edges'][number]['node'];

function Totals({ loans }: { loans: readonly Loan[] }) {
  return (
    <div className="totals" aria-label="Portfolio totals">
      {portfolioTotals(loans).map((t) => (
        <dl key={t.currency} className="facts" data-currency={t.currency}>
          <div>
            <dt>Loans</dt>
            <dd>{t.loans}</dd>
          </div>
          <div>
            <dt>Principal lent</dt>
            <dd data-testid="total-principal">{formatMoney({ amount: t.principal, currency: t.currency })}</dd>
          </div>
          <div>
            <dt>Outstanding</dt>
            <dd data-testid="total-outstanding">{formatMoney({ amount: t.outstanding, currency: t.currency })}</dd>
          </div>
          <div>
            <dt>Overdue</dt>
            <dd>
              {formatMoney({ amount: t.overdueOutstanding, currency: t.currency })}{' '}
              <span className="muted small">
                ({t.overdueLoans} loan{t.overdueLoans === 1 ? '' : 's'})
              </span>
            </dd>
          </div>
        </dl>
      ))}
    </div>
  );
}

function LoanTable({ loans }: { loans: readonly Loan[] }) {
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col">Principal</th>
          <th scope="col">Outstanding</th>
          <th scope="col">Rate and term</th>
          <th scope="col">Next due</th>
          <th scope="col">Overdue</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sortLoans(loans).map((loan) => (
          <tr key={loan.id} data-loan={loan.id}>
            <td data-label="Status">
              <span className={`badge badge-loan-${loan.status.toLowerCase()}`}>
                {LOAN_STATUS_LABEL[loan.status] ?? loan.status.toLowerCase()}
              </span>
              {loan.defaultedOn && (
                <span className="muted small"> default declared {formatDate(loan.defaultedOn)}</span>
              )}
            </td>
            <td data-label="Principal">{formatMoney(loan.principal)}</td>
            <td data-label="Outstanding">{formatMoney(loan.outstandingPrincipal)}</td>
            <td data-label="Rate and term">
              {fractionToPercent(loan.annualRate)} % · {loan.termMonths} months
            </td>
            <td data-label="Next due">
              {loan.nextDue ? (
                <span className="cell-asset stack">
                  <span>{formatDate(loan.nextDue.dueDate)}</span>
                  <span className="muted small">{formatMoney(loan.nextDue.amount)}</span>
                </span>
              ) : (
                '—'
              )}
            </td>
            <td data-label="Overdue">
              {loan.overdueDays > 0 ? (
                <span className="deadline deadline-overdue">{loan.overdueDays} days</span>
              ) : (
                <span className="muted">none</span>
              )}
            </td>
            <td data-label="">
              <span className="cell-asset stack">
                <LoanSteps loan={loan} />
                <Link to={`/reviews/${loan.pledgeId}`} className="small">
                  Pledge
                </Link>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The bank's loans, most urgent first, with exact totals per currency. */
export function PortfolioPage() {
  const loans = useQuery(BANK_LOANS);
  const head = <PageHead title="Portfolio" subtitle="Loans your bank lent against registered pledges" />;
  let body: React.ReactNode;
  if (loans.error !== undefined) body = <ErrorNotice error={loans.error} onRetry={() => void loans.refetch()} />;
  else if (loans.dataState !== 'complete') body = <Loading>Loading loans…</Loading>;
  else if (loans.data.loans.edges.length === 0) {
    body = <Empty>No loans yet. Apply for one on a registered pledge from its page under Reviews.</Empty>;
  } else {
    const list = loans.data.loans.edges.map((e) => e.node);
    body = (
      <>
        <Totals loans={list} />
        {loans.data.loans.pageInfo.hasNextPage && (
          <p className="muted small">Totals cover the newest 100 loans shown below.</p>
        )}
        <LoanTable loans={list} />
      </>
    );
  }
  return (
    <>
      {head}
      {body}
    </>
  );
}
