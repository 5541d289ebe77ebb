import { e2eEnv } from './e2e-env.js';
import { assertGqlData } from './expectations.js';
import { sql } from './fixtures.js';
import { gql, type GqlResponse } from './graphql.js';
import { todayInChina } from './patent.js';

/**
 * Fixtures for the loan e2e specs: a loan applied for, approved and disbursed by the
 * pledgee bank on a registered pledge (see pledge-fixtures.ts), and repayments.
 */

export const LOAN_FIELDS = `id pledgeId lenderPartyId borrowerPartyId status closeReason closedOn version
  principal { amount currency } annualRate termMonths repaymentMethod dayCount disbursedOn
  outstandingPrincipal { amount } excess { amount } overdueDays nextDue { number dueDate amount { amount } }
  penaltyRate defaultedOn writtenOff { amount } rescheduledFromLoanId rescheduledToLoanId
  instalments { number dueDate principalDue { amount } interestDue { amount } principalPaid { amount } interestPaid { amount } }
  repayments { id amount { amount } receivedOn penaltyPaid { amount } interestPaid { amount } principalPaid { amount }
    excess { amount } }`;

export const APPLY_FOR_LOAN = `mutation($input: ApplyForLoanInput!, $key: String) {
  applyForLoan(input: $input, idempotencyKey: $key) { ${LOAN_FIELDS} } }`;

export const RECORD_REPAYMENT = `mutation($loanId: ID!, $amount: Decimal!, $on: LocalDate!, $key: String) {
  recordRepayment(loanId: $loanId, amount: $amount, receivedOn: $on, idempotencyKey: $key) {
    id amount { amount } penaltyPaid { amount } interestPaid { amount } principalPaid { amount } excess { amount }
    allocation { number interest { amount } principal { amount } } loan { ${LOAN_FIELDS} } } }`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** An ApplyForLoanInput on the pledge: 1,200.00 CNY at 12 % over 3 months, equal principal; override any field. */
export function loanInput(pledgeId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    pledgeId,
    principal: '1200.00',
    currency: 'CNY',
    annualRate: '0.12',
    termMonths: 3,
    repaymentMethod: 'EQUAL_PRINCIPAL',
    ...overrides,
  };
}

export function loanCall(
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GqlResponse<Json>> {
  return gql(e2eEnv().gatewayUrl, query, variables, { token });
}

export function applyForLoan(token: string, input: Record<string, unknown>, key?: string): Promise<GqlResponse<Json>> {
  return loanCall(token, APPLY_FOR_LOAN, { input, key });
}

export function recordRepayment(
  token: string,
  loanId: string,
  amount: string,
  key?: string,
  on: string = todayInChina(),
): Promise<GqlResponse<Json>> {
  return loanCall(token, RECORD_REPAYMENT, { loanId, amount, on, key });
}

/** A loan the bank applied for, approved and disbursed today on the registered pledge. Returns its id. */
export function activeLoan(
  bankToken: string,
  pledgeId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  return loanDisbursedOn(bankToken, pledgeId, todayInChina(), overrides);
}

/** `date` moved by `days` (negative for earlier), both `YYYY-MM-DD`. */
export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A loan disbursed on `on` (today or earlier). A past disbursement needs an earlier
 * registration, so the pledge's registration date is moved back to `on` first: the way
 * the specs make a loan overdue without waiting for its due dates. (The program rollup keeps
 * the original registration date; the parties' cities are unique to each spec, so no report
 * another spec checks is affected.)
 */
export async function loanDisbursedOn(
  bankToken: string,
  pledgeId: string,
  on: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  if (on < todayInChina()) {
    await sql('UPDATE registry.pledge SET registered_on = LEAST(registered_on, $2::date) WHERE id = $1', [
      pledgeId,
      on,
    ]);
  }
  const applied = (
    assertGqlData(await applyForLoan(bankToken, loanInput(pledgeId, overrides))) as { applyForLoan: { id: string } }
  ).applyForLoan;
  assertGqlData(await loanCall(bankToken, 'mutation($id: ID!) { approveLoan(id: $id) { id } }', { id: applied.id }));
  const disbursed = (
    assertGqlData(
      await loanCall(bankToken, 'mutation($id: ID!, $on: LocalDate!) { disburseLoan(id: $id, on: $on) { status } }', {
        id: applied.id,
        on,
      }),
    ) as { disburseLoan: { status: string } }
  ).disburseLoan;
  if (disbursed.status !== 'ACTIVE') throw new Error(`expected ACTIVE, got ${disbursed.status}`);
  return applied.id;
}
