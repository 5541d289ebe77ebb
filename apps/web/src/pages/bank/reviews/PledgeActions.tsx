import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import { formatMoney } from '@web/format';
import { graphql } from '@web/gql';
import type { RepaymentMethod } from '@web/gql/graphql';
import { Field } from '@web/kit/Field';
import { useFormDraft } from '@web/kit/use-form-draft';
import { fieldFailure, fractionToPercent, percentToFraction, PLAIN_DECIMAL } from '@web/kit/form';
import { Loading } from '@web/kit/states';
import { REPAYMENT_METHODS } from '@web/pages/bank/listings/offer-form';
import { LoanSteps } from '@web/pages/bank/portfolio/LoanSteps';
import { LOAN_STATUS_LABEL } from '@web/pages/bank/portfolio/portfolio-logic';

export const BANK_PLEDGE_LOANS = graphql(`
  query BankPledgeLoans($pledgeId: ID!) {
    loans(filter: { pledgeId: $pledgeId }, first: 20) {
      edges {
        node {
          id
          status
          principal {
            amount
            currency
          }
          annualRate
          termMonths
        }
      }
    }
  }
`);

export const APPLY_FOR_LOAN = graphql(`
  mutation BankApplyForLoan($input: ApplyForLoanInput!, $key: String) {
    applyForLoan(input: $input, idempotencyKey: $key) {
      id
      status
    }
  }
`);

export const DECLARE_PLEDGE_DEFAULT = graphql(`
  mutation BankDeclarePledgeDefault($id: ID!, $key: String) {
    declarePledgeDefault(id: $id, idempotencyKey: $key) {
      id
      status
    }
  }
`);

type LoanField = 'principal' | 'annualRatePercent' | 'termMonths' | 'repaymentMethod';
const SERVER_FIELDS: Record<string, LoanField> = {
  principal: 'principal',
  annualRate: 'annualRatePercent',
  termMonths: 'termMonths',
  repaymentMethod: 'repaymentMethod',
};

interface Pledge {
  id: string;
  claimAmount: { amount: string; currency: string };
}

/** Hints before sending a loan application; the server checks principal <= secured claim again. */
export function checkLoanDraft(draft: Record<LoanField, string>): Partial<Record<LoanField, string>> {
  const errors: Partial<Record<LoanField, string>> = {};
  if (!PLAIN_DECIMAL.test(draft.principal.trim()) || /^0*(\.0*)?$/.test(draft.principal.trim())) {
    errors.principal = 'Enter the principal as a number above zero, such as 600000.';
  }
  if (!PLAIN_DECIMAL.test(draft.annualRatePercent.trim()))
    errors.annualRatePercent = 'Enter the annual rate in per cent, such as 4.35.';
  const term = draft.termMonths.trim();
  if (!/^\d+$/.test(term) || Number(term) < 1 || Number(term) > 600) {
    errors.termMonths = 'The term is a whole number of months from 1 to 600.';
  }
  return errors;
}

function ApplyForLoanForm({ pledge }: { pledge: Pledge }) {
  const [key] = useState(() => crypto.randomUUID());
  const { draft, errors, setErrors, control } = useFormDraft<LoanField, Record<LoanField, string>>('loan', () => ({
    principal: pledge.claimAmount.amount,
    annualRatePercent: '',
    termMonths: '12',
    repaymentMethod: 'ANNUITY',
  }));
  const [failure, setFailure] = useState<unknown>(null);
  const [apply, { loading }] = useMutation(APPLY_FOR_LOAN, { refetchQueries: ['BankPledgeLoans', 'BankLoans'] });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setFailure(null);
    const hints = checkLoanDraft(draft);
    setErrors(hints);
    if (Object.keys(hints).length > 0) return;
    const input = {
      pledgeId: pledge.id,
      principal: draft.principal.trim(),
      currency: pledge.claimAmount.currency,
      annualRate: percentToFraction(draft.annualRatePercent) ?? draft.annualRatePercent,
      termMonths: Number(draft.termMonths.trim()),
      repaymentMethod: draft.repaymentMethod as RepaymentMethod,
    };
    apply({ variables: { input, key } }).catch((error: unknown) => {
      const f = fieldFailure(error, SERVER_FIELDS);
      if (f.field === null) setFailure(f.error);
      else setErrors({ [f.field]: f.message });
    });
  };
  return (
    <form onSubmit={submit} noValidate className="form-grid" aria-label="Apply for a loan">
      {failure !== null && <ErrorNotice error={failure} />}
      <Field
        inputId="loan-principal"
        label={`Principal (${pledge.claimAmount.currency})`}
        hint={`At most the secured claim, ${formatMoney(pledge.claimAmount)}`}
        error={errors.principal}
      >
        <input {...control('principal', true)} inputMode="decimal" autoComplete="off" />
      </Field>
      <Field inputId="loan-annualRatePercent" label="Annual rate (%)" error={errors.annualRatePercent}>
        <input {...control('annualRatePercent')} inputMode="decimal" autoComplete="off" />
      </Field>
      <Field inputId="loan-termMonths" label="Term (months)" error={errors.termMonths}>
        <input {...control('termMonths')} inputMode="numeric" autoComplete="off" />
      </Field>
      <Field inputId="loan-repaymentMethod" label="Repayment" error={errors.repaymentMethod}>
        <select {...control('repaymentMethod')}>
          {REPAYMENT_METHODS.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </select>
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Sending…' : 'Apply for the loan'}
        </button>
      </div>
    </form>
  );
}

function DeclareDefault({ pledgeId }: { pledgeId: string }) {
  const [key] = useState(() => crypto.randomUUID());
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [declare, { loading }] = useMutation(DECLARE_PLEDGE_DEFAULT, {
    refetchQueries: ['BankReviewApplication', 'BankReviewQueue'],
  });
  if (!confirming) {
    return (
      <button type="button" className="button button-quiet" onClick={() => setConfirming(true)}>
        Declare the secured debt in default…
      </button>
    );
  }
  return (
    <div className="notice" role="group" aria-label="Confirm default">
      <p className="notice-title">Declare the secured debt in default? The pledge moves to enforcement next.</p>
      {failure !== null && <ErrorNotice error={failure} />}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={loading}
          onClick={() => {
            setFailure(null);
            declare({ variables: { id: pledgeId, key } }).catch((error: unknown) => setFailure(error));
          }}
        >
          {loading ? 'Declaring…' : 'Declare default'}
        </button>
        <button type="button" className="button button-quiet" disabled={loading} onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** What the pledgee does with a registered pledge: lend against it, or declare the debt in default. */
export function PledgeActions({ pledge }: { pledge: Pledge }) {
  const loans = useQuery(BANK_PLEDGE_LOANS, { variables: { pledgeId: pledge.id } });
  const list = loans.data?.loans.edges.map((e) => e.node) ?? [];
  const running = list.some((l) => ['SUBMITTED', 'APPROVED', 'ACTIVE', 'OVERPAID'].includes(l.status));
  return (
    <section aria-labelledby="pledge-actions" className="panel">
      <h2 id="pledge-actions">Loans on this pledge</h2>
      {loans.error !== undefined && <ErrorNotice error={loans.error} onRetry={() => void loans.refetch()} />}
      {loans.loading && <Loading>Loading loans…</Loading>}
      {list.length > 0 && (
        <ul className="plain-list">
          {list.map((l) => (
            <li key={l.id} data-loan={l.id}>
              {formatMoney(l.principal)} at {fractionToPercent(l.annualRate)} % for {l.termMonths} months ·{' '}
              <span className="badge">{LOAN_STATUS_LABEL[l.status] ?? l.status.toLowerCase()}</span>{' '}
              <LoanSteps loan={l} />
            </li>
          ))}
        </ul>
      )}
      {!loans.loading && loans.error === undefined && !running && <ApplyForLoanForm pledge={pledge} />}
      <p className="muted small">
        The registrar records deregistration; a loan repaid in full deregisters its pledge (reason: repaid) by itself.
      </p>
      <DeclareDefault pledgeId={pledge.id} />
    </section>
  );
}
