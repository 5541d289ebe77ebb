import { jest } from '@jest/globals';
import {
  activeLoan,
  applyForLoan,
  assertGqlData,
  assertGqlError,
  LOAN_FIELDS,
  loanCall,
  loanInput,
  pledgeParties,
  recordRepayment,
  registeredPledge,
  registerSmeUser,
  registerBankUser,
  sql,
  submittedPledge,
  todayInChina,
  tokenFor,
  uniqueSuffix,
} from '@app/testing';

jest.setTimeout(90_000);

const LOAN = `query($id: ID!) { loan(id: $id) { ${LOAN_FIELDS} } }`;
const PLEDGE = `query($id: ID!) { pledgeApplication(id: $id) { status deregistrationReason endedOn } }`;
const LOANS = `query($f: LoanFilter) { loans(filter: $f) { edges { node { id status } } } }`;

async function loanRows(pledgeId: string): Promise<number> {
  return (await sql('SELECT 1 FROM registry.loan WHERE pledge_id = $1', [pledgeId])).length;
}

describe('a loan against a registered pledge', () => {
  it('is disbursed, repaid partly and early, then in full: the pledge is deregistered as REPAID', async () => {
    const parties = await pledgeParties();
    const pledgeId = await registeredPledge(parties);
    const bank = parties.bank.token;
    const today = todayInChina();

    const applied = assertGqlData(await applyForLoan(bank, loanInput(pledgeId))).applyForLoan;
    expect(applied).toMatchObject({
      status: 'SUBMITTED',
      version: 1,
      lenderPartyId: parties.bank.partyId,
      borrowerPartyId: parties.sme.party.id,
      principal: { amount: '1200.00', currency: 'CNY' },
      instalments: [],
      nextDue: null,
    });
    const id = applied.id as string;
    assertGqlData(await loanCall(bank, 'mutation($id: ID!) { approveLoan(id: $id) { status } }', { id }));
    const disbursed = assertGqlData(
      await loanCall(
        bank,
        `mutation($id: ID!, $on: LocalDate!) { disburseLoan(id: $id, on: $on) { ${LOAN_FIELDS} } }`,
        {
          id,
          on: today,
        },
      ),
    ).disburseLoan;
    expect(disbursed).toMatchObject({ status: 'ACTIVE', disbursedOn: today, overdueDays: 0, version: 3 });
    const instalments = disbursed.instalments as {
      principalDue: { amount: string };
      interestDue: { amount: string };
    }[];
    expect(instalments.map((i) => [i.principalDue.amount, i.interestDue.amount])).toEqual([
      ['400.00', '12.00'],
      ['400.00', '8.00'],
      ['400.00', '4.00'],
    ]);
    expect(disbursed.nextDue).toMatchObject({ number: 1, amount: { amount: '412.00' } });

    // Partial: the current period's interest first, then principal.
    const partial = assertGqlData(await recordRepayment(bank, id, '100.00')).recordRepayment;
    expect(partial).toMatchObject({
      interestPaid: { amount: '12.00' },
      principalPaid: { amount: '88.00' },
      excess: { amount: '0.00' },
      allocation: [{ number: 1, interest: { amount: '12.00' }, principal: { amount: '88.00' } }],
      loan: { status: 'ACTIVE', outstandingPrincipal: { amount: '1112.00' } },
    });
    // Early: principal of the earliest instalments, no interest of periods not begun.
    const early = assertGqlData(await recordRepayment(bank, id, '500.00')).recordRepayment;
    expect(early).toMatchObject({
      interestPaid: { amount: '0.00' },
      allocation: [
        { number: 1, interest: { amount: '0.00' }, principal: { amount: '312.00' } },
        { number: 2, interest: { amount: '0.00' }, principal: { amount: '188.00' } },
      ],
      loan: { status: 'ACTIVE', outstandingPrincipal: { amount: '612.00' }, nextDue: { number: 2 } },
    });
    const last = assertGqlData(await recordRepayment(bank, id, '612.00')).recordRepayment;
    expect(last.loan).toMatchObject({
      status: 'CLOSED',
      closeReason: 'REPAID',
      closedOn: today,
      outstandingPrincipal: { amount: '0.00' },
      nextDue: null,
      overdueDays: 0,
    });
    expect(last.loan.repayments).toHaveLength(3);

    expect(assertGqlData(await loanCall(parties.sme.token, PLEDGE, { id: pledgeId })).pledgeApplication).toEqual({
      status: 'DEREGISTERED',
      deregistrationReason: 'REPAID',
      endedOn: today,
    });
    const registered = assertGqlData(
      await loanCall(
        parties.sme.token,
        `query($f: PledgeRegisterFilter) { pledgeRegister(filter: $f) { edges { node { status changes { type date } } } } }`,
        { f: { patentNumber: parties.assetNumber } },
      ),
    ).pledgeRegister.edges as { node: unknown }[];
    const register = registered.map((e) => e.node);
    expect(register).toEqual([{ status: 'DEREGISTERED', changes: [{ type: 'DEREGISTERED', date: today }] }]);
    expect(await sql('SELECT 1 FROM registry.active_pledge WHERE asset_id = $1', [parties.assetId])).toHaveLength(0);

    // Every change is on the asset's audit chain, the deregistration in the last repayment's transaction.
    const actions = await sql<{ action: string }>(
      'SELECT action FROM registry.audit_event WHERE asset_id = $1 ORDER BY seq',
      [parties.assetId],
    );
    expect(actions.map((a) => a.action).slice(-7)).toEqual([
      'LOAN_APPLIED',
      'LOAN_APPROVED',
      'LOAN_DISBURSED',
      'LOAN_REPAYMENT_RECORDED',
      'LOAN_REPAYMENT_RECORDED',
      'LOAN_REPAYMENT_RECORDED',
      'PLEDGE_DEREGISTERED',
    ]);

    // A closed loan takes no repayment.
    assertGqlError(await recordRepayment(bank, id, '1.00'), {
      code: 'CONFLICT',
      reason: 'LOAN_CLOSED',
      field: 'loanId',
    });
  });

  it('refuses a principal above the secured claim, naming the field, and writes nothing', async () => {
    const parties = await pledgeParties();
    const pledgeId = await registeredPledge(parties);
    assertGqlError(await applyForLoan(parties.bank.token, loanInput(pledgeId, { principal: '5000000.01' })), {
      code: 'BAD_USER_INPUT',
      reason: 'PRINCIPAL_EXCEEDS_CLAIM',
      field: 'input.principal',
    });
    assertGqlError(await applyForLoan(parties.bank.token, loanInput(pledgeId, { currency: 'USD' })), {
      code: 'BAD_USER_INPUT',
      reason: 'CURRENCY_MISMATCH',
      field: 'input.currency',
    });
    expect(await loanRows(pledgeId)).toBe(0);
    // The whole claim is fine.
    const ok = assertGqlData(await applyForLoan(parties.bank.token, loanInput(pledgeId, { principal: '5000000.00' })));
    expect(ok.applyForLoan.status).toBe('SUBMITTED');
  });

  it('refuses a loan on a pledge that is not registered', async () => {
    const parties = await pledgeParties();
    const pledgeId = await submittedPledge(parties);
    assertGqlError(await applyForLoan(parties.bank.token, loanInput(pledgeId)), {
      code: 'CONFLICT',
      reason: 'PLEDGE_NOT_REGISTERED',
      field: 'input.pledgeId',
    });
    expect(await loanRows(pledgeId)).toBe(0);
  });

  it('records a rejection and a withdrawal; neither loan can then be disbursed', async () => {
    const parties = await pledgeParties();
    const pledgeId = await registeredPledge(parties);
    const bank = parties.bank.token;
    const a = assertGqlData(await applyForLoan(bank, loanInput(pledgeId))).applyForLoan.id;
    const b = assertGqlData(await applyForLoan(bank, loanInput(pledgeId))).applyForLoan.id;
    const rejected = await loanCall(bank, 'mutation($id: ID!) { rejectLoan(id: $id) { status } }', { id: a });
    expect(assertGqlData(rejected).rejectLoan.status).toBe('REJECTED');
    const withdrawn = await loanCall(bank, 'mutation($id: ID!) { withdrawLoan(id: $id) { status } }', { id: b });
    expect(assertGqlData(withdrawn).withdrawLoan.status).toBe('WITHDRAWN');
    const DISBURSE = 'mutation($id: ID!, $on: LocalDate!) { disburseLoan(id: $id, on: $on) { status } }';
    for (const id of [a, b]) {
      assertGqlError(await loanCall(bank, DISBURSE, { id, on: todayInChina() }), {
        code: 'CONFLICT',
        reason: 'TRANSITION_NOT_ALLOWED',
      });
    }
  });

  it('marks a payment beyond what is owed OVERPAID, keeps the excess and releases the pledge', async () => {
    const parties = await pledgeParties();
    const pledgeId = await registeredPledge(parties);
    const id = await activeLoan(parties.bank.token, pledgeId, {
      principal: '1000.00',
      termMonths: 1,
      repaymentMethod: 'ANNUITY',
    });
    const paid = assertGqlData(await recordRepayment(parties.bank.token, id, '1500.00')).recordRepayment;
    expect(paid).toMatchObject({
      interestPaid: { amount: '10.00' },
      principalPaid: { amount: '1000.00' },
      excess: { amount: '490.00' },
      loan: {
        status: 'OVERPAID',
        closeReason: null,
        excess: { amount: '490.00' },
        outstandingPrincipal: { amount: '0.00' },
      },
    });
    const pledge = assertGqlData(await loanCall(parties.bank.token, PLEDGE, { id: pledgeId })).pledgeApplication;
    expect(pledge).toMatchObject({ status: 'DEREGISTERED', deregistrationReason: 'REPAID' });
    assertGqlError(await recordRepayment(parties.bank.token, id, '1.00'), {
      code: 'CONFLICT',
      reason: 'LOAN_NOT_ACTIVE',
    });
  });

  it('records a repayment once per idempotency key', async () => {
    const parties = await pledgeParties();
    const pledgeId = await registeredPledge(parties);
    const id = await activeLoan(parties.bank.token, pledgeId);
    const key = `repay-${uniqueSuffix()}`;
    const first = assertGqlData(await recordRepayment(parties.bank.token, id, '50.00', key)).recordRepayment;
    const again = assertGqlData(await recordRepayment(parties.bank.token, id, '50.00', key)).recordRepayment;
    expect(again.id).toBe(first.id);
    expect(await sql('SELECT 1 FROM registry.loan_repayment WHERE loan_id = $1', [id])).toHaveLength(1);
    assertGqlError(await recordRepayment(parties.bank.token, id, '60.00', key), {
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('records concurrent repayments with different keys exactly once each, with no lost update', async () => {
    const parties = await pledgeParties();
    const pledgeId = await registeredPledge(parties);
    const id = await activeLoan(parties.bank.token, pledgeId);
    const results = await Promise.all(
      ['a', 'b', 'c', 'd'].map((k) => recordRepayment(parties.bank.token, id, '100.00', `${k}-${uniqueSuffix()}`)),
    );
    results.forEach((r) => assertGqlData(r));
    const loan = assertGqlData(await loanCall(parties.bank.token, LOAN, { id })).loan;
    expect(loan.repayments).toHaveLength(4);
    // 400 paid: 12 interest of the current period, 388 principal.
    expect(loan.outstandingPrincipal.amount).toBe('812.00');
    expect(loan.instalments[0]).toMatchObject({
      interestPaid: { amount: '12.00' },
      principalPaid: { amount: '388.00' },
    });
    expect(loan.version).toBe(3 + 4);
  });

  it('shows a loan to its borrower, lender and admins only', async () => {
    const parties = await pledgeParties();
    const pledgeId = await registeredPledge(parties);
    const id = await activeLoan(parties.bank.token, pledgeId);
    const [otherSme, otherBank] = await Promise.all([registerSmeUser(), registerBankUser()]);

    for (const token of [parties.sme.token, parties.bank.token, await tokenFor('admin')]) {
      expect(assertGqlData(await loanCall(token, LOAN, { id })).loan.id).toBe(id);
    }
    for (const token of [otherSme.token, otherBank.token]) {
      assertGqlError(await loanCall(token, LOAN, { id }), { code: 'NOT_FOUND', reason: 'LOAN_NOT_FOUND' });
    }
    for (const who of ['registrar', 'program'] as const) {
      assertGqlError(await loanCall(await tokenFor(who), LOAN, { id }), { code: 'FORBIDDEN' });
      assertGqlError(await loanCall(await tokenFor(who), LOANS, {}), { code: 'FORBIDDEN' });
    }
    const mine = assertGqlData(await loanCall(parties.sme.token, LOANS, { f: { pledgeId } })).loans.edges;
    expect(mine).toEqual([{ node: { id, status: 'ACTIVE' } }]);
    expect(assertGqlData(await loanCall(otherBank.token, LOANS, { f: { pledgeId } })).loans.edges).toEqual([]);

    // Only the lending bank records repayments or applies on the pledge.
    assertGqlError(await recordRepayment(parties.sme.token, id, '1.00'), { code: 'FORBIDDEN' });
    assertGqlError(await recordRepayment(otherBank.token, id, '1.00'), { code: 'NOT_FOUND', reason: 'LOAN_NOT_FOUND' });
    assertGqlError(await applyForLoan(otherBank.token, loanInput(pledgeId)), {
      code: 'NOT_FOUND',
      reason: 'PLEDGE_NOT_FOUND',
      field: 'input.pledgeId',
    });
    // A second loan on the pledge cannot be disbursed while this one is ACTIVE.
    const second = assertGqlData(await applyForLoan(parties.bank.token, loanInput(pledgeId))).applyForLoan.id;
    assertGqlData(
      await loanCall(parties.bank.token, 'mutation($id: ID!) { approveLoan(id: $id) { id } }', { id: second }),
    );
    assertGqlError(
      await loanCall(
        parties.bank.token,
        'mutation($id: ID!, $on: LocalDate!) { disburseLoan(id: $id, on: $on) { id } }',
        {
          id: second,
          on: todayInChina(),
        },
      ),
      { code: 'CONFLICT', reason: 'ACTIVE_LOAN_EXISTS' },
    );
  });

  it('counts overdue days from the earliest unpaid due date', async () => {
    const parties = await pledgeParties();
    const pledgeId = await registeredPledge(parties);
    const id = await activeLoan(parties.bank.token, pledgeId);
    // Move the schedule ten days into the past, as if the first instalment fell due then.
    await sql(`UPDATE registry.loan_instalment SET due_date = $2::date - 10 + (number - 1) * 30 WHERE loan_id = $1`, [
      id,
      todayInChina(),
    ]);
    const loan = assertGqlData(await loanCall(parties.bank.token, LOAN, { id })).loan;
    expect(loan.overdueDays).toBe(10);
    expect(loan.nextDue).toMatchObject({ number: 1, amount: { amount: '412.00' } });
  });
});
