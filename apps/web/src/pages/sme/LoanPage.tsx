import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatAmount, formatDate, formatMoney, loanStatusLabel, repaymentMethodLabel } from '@web/format';
import { graphql } from '@web/gql';
import { fractionToPercent } from '@web/kit/form';
import { Empty, Loading, PageHead } from '@web/kit/states';
import { localToday } from '@web/pages/sme/OfferComparison';
import { INSTALMENT_LABEL, instalmentState } from '@web/pages/sme/loan-schedule';
import { Link, useParam } from '@web/router/router';
import '@web/pages/sme/sme.css';

export const LOAN_DETAIL = graphql(`
  query LoanDetail($id: ID!) {
    loan(id: $id) {
      id
      status
      annualRate
      termMonths
      repaymentMethod
      disbursedOn
      closedOn
      overdueDays
      principal {
        amount
        currency
      }
      outstandingPrincipal {
        amount
        currency
      }
      instalments {
        number
        dueDate
        principalDue {
          amount
          currency
        }
        principalPaid {
          amount
          currency
        }
        interestDue {
          amount
          currency
        }
        interestPaid {
          amount
          currency
        }
      }
    }
  }
`);

/** One loan and its repayment schedule: each instalment's due date, principal, interest and state. */
export function LoanPage() {
  const id = useParam('id');
  const { data, error, refetch } = useQuery(LOAN_DETAIL, { variables: { id } });
  const head = (subtitle?: string) => (
    <PageHead title="Loan" subtitle={subtitle}>
      <p>
        <Link to="/loans">← Loans</Link>
      </p>
    </PageHead>
  );
  if (error !== undefined) {
    return (
      <>
        {head()}
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  if (data === undefined) {
    return (
      <>
        {head()}
        <Loading>Loading the loan…</Loading>
      </>
    );
  }
  const loan = data.loan;
  const today = localToday();
  return (
    <>
      {head(
        `${formatMoney(loan.principal)} at ${fractionToPercent(loan.annualRate)} % over ${loan.termMonths} months, ${repaymentMethodLabel(loan.repaymentMethod).toLowerCase()}`,
      )}
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            {loanStatusLabel(loan.status)}
            {loan.overdueDays > 0 && <span className="risk small">{loan.overdueDays} days overdue</span>}
          </dd>
        </div>
        <div>
          <dt>Outstanding principal</dt>
          <dd>{formatMoney(loan.outstandingPrincipal)}</dd>
        </div>
        <div>
          <dt>Paid out</dt>
          <dd>{loan.disbursedOn == null ? 'Not yet' : formatDate(loan.disbursedOn)}</dd>
        </div>
        {loan.closedOn != null && (
          <div>
            <dt>Closed</dt>
            <dd>{formatDate(loan.closedOn)}</dd>
          </div>
        )}
      </dl>
      <h2>Repayment schedule</h2>
      {loan.instalments.length === 0 ? (
        <Empty>The schedule is set when the bank pays out the loan.</Empty>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Due</th>
              <th scope="col">Principal ({loan.principal.currency})</th>
              <th scope="col">Interest ({loan.principal.currency})</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {loan.instalments.map((i) => {
              const state = instalmentState(i, today);
              return (
                <tr key={i.number} className={`instalment-${state.toLowerCase()}`}>
                  <td data-label="No.">{i.number}</td>
                  <td data-label="Due">{formatDate(i.dueDate)}</td>
                  <td data-label="Principal">{formatAmount(i.principalDue.amount)}</td>
                  <td data-label="Interest">{formatAmount(i.interestDue.amount)}</td>
                  <td data-label="State">
                    <span className={`badge badge-instalment-${state.toLowerCase()}`}>{INSTALMENT_LABEL[state]}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
