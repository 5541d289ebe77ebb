import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { graphql } from '@web/gql';
import { localToday } from '@web/pages/bank/reviews/review-logic';

export const APPROVE_LOAN = graphql(`
  mutation BankApproveLoan($id: ID!, $key: String) {
    approveLoan(id: $id, idempotencyKey: $key) {
      id
      status
    }
  }
`);

export const DISBURSE_LOAN = graphql(`
  mutation BankDisburseLoan($id: ID!, $on: LocalDate!, $key: String) {
    disburseLoan(id: $id, on: $on, idempotencyKey: $key) {
      id
      status
      disbursedOn
    }
  }
`);

const REFRESH = ['BankLoans', 'BankPledgeLoans'];

/** The bank's next step on a loan: approve a submitted one, pay out an approved one (today). */
export function LoanSteps({ loan }: { loan: { id: string; status: string } }) {
  // One key per step and loan for as long as the row is shown: a retry never approves twice.
  const [keys] = useState(() => ({ approve: crypto.randomUUID(), disburse: crypto.randomUUID() }));
  const [failure, setFailure] = useState<unknown>(null);
  const [approve, approving] = useMutation(APPROVE_LOAN, { refetchQueries: REFRESH });
  const [disburse, disbursing] = useMutation(DISBURSE_LOAN, { refetchQueries: REFRESH });
  const busy = approving.loading || disbursing.loading;
  const run = (step: Promise<unknown>): void => {
    setFailure(null);
    step.catch((error: unknown) => setFailure(error));
  };
  if (loan.status !== 'SUBMITTED' && loan.status !== 'APPROVED') return null;
  return (
    <span className="cell-asset stack">
      {loan.status === 'SUBMITTED' ? (
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          onClick={() => run(approve({ variables: { id: loan.id, key: keys.approve } }))}
        >
          {approving.loading ? 'Approving…' : 'Approve'}
        </button>
      ) : (
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          onClick={() => run(disburse({ variables: { id: loan.id, on: localToday(), key: keys.disburse } }))}
        >
          {disbursing.loading ? 'Paying out…' : 'Disburse today'}
        </button>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
    </span>
  );
}
