import { jest } from '@jest/globals';
import {
  activeLoan,
  applyForLoan,
  assertGqlData,
  assertGqlError,
  daysBetween,
  LOAN_FIELDS,
  loanCall,
  loanDisbursedOn,
  loanInput,
  pledgeParties,
  recordRepayment,
  registerBankUser,
  registeredPledge,
  shiftDate,
  sql,
  todayInChina,
  tokenFor,
  uniqueSuffix,
  type PledgeParties,
} from '@app/testing';

jest.setTimeout(90_000);

/**
 * The loan lifecycle after disbursement: penalty interest on overdue principal, default,
 * write-off and rescheduling. Overdue loans are disbursed in the past (loanDisbursedOn).
 * Every loan is 1,200.00 CNY at 12 % over 3 months, equal principal (400.00 + interest a
 * month), so the penalty rate is 12 % x 1.5 = 18 % a year on 360 days: 0.20 a day per
 * 400.00 overdue.
 */

const LOAN = `query($id: ID!, $asOf: LocalDate) { loan(id: $id) { ${LOAN_FIELDS}
  penalty(asOf: $asOf) { asOf annualRate accrued { amount } paid { amount } outstanding { amount } }
  rescheduledFrom { id status } rescheduledTo { id status } } }`;
const DECLARE_DEFAULT = `mutation($id: ID!, $on: LocalDate, $key: String) {
  declareLoanDefault(id: $id, on: $on, idempotencyKey: $key) { ${LOAN_FIELDS} } }`;
const WRITE_OFF = `mutation($id: ID!, $on: LocalDate, $key: String) {
  writeOffLoan(id: $id, on: $on, idempotencyKey: $key) { ${LOAN_FIELDS} } }`;
const RESCHEDULE = `mutation($id: ID!, $input: RescheduleLoanInput!, $key: String) {
  rescheduleLoan(id: $id, input: $input, idempotencyKey: $key) { ${LOAN_FIELDS} rescheduledFrom { id status closeReason } } }`;
const PLEDGE = `query($id: ID!) { pledgeApplication(id: $id) { status } }`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const today = (): string => todayInChina();

async function readLoan(token: string, id: string, asOf?: string): Promise<Json> {
  return assertGqlData(await loanCall(token, LOAN, { id, asOf })).loan;
}

/** A fresh pledge with a loan disbursed `daysAgo` days ago; its instalments' due dates. */
async function loanDisbursedDaysAgo(
  daysAgo: number,
  overrides: Record<string, unknown> = {},
): Promise<{ parties: PledgeParties; pledgeId: string; id: string; dueDates: string[] }> {
  const parties = await pledgeParties();
  const pledgeId = await registeredPledge(parties);
  const id = await loanDisbursedOn(parties.bank.token, pledgeId, shiftDate(today(), -daysAgo), overrides);
  const loan = await readLoan(parties.bank.token, id);
  return { parties, pledgeId, id, dueDates: (loan.instalments as { dueDate: string }[]).map((i) => i.dueDate) };
}

async function loanRow(id: string): Promise<{ status: string; version: number; defaulted_on: string | null }> {
  const [row] = await sql<{ status: string; version: number; defaulted_on: string | null }>(
    `SELECT status, version, to_char(defaulted_on, 'YYYY-MM-DD') AS defaulted_on FROM registry.loan WHERE id = $1`,
    [id],
  );
  if (row === undefined) throw new Error(`loan ${id} not found`);
  return row;
}

async function loansOnPledge(pledgeId: string): Promise<{ id: string; status: string }[]> {
  return sql('SELECT id, status FROM registry.loan WHERE pledge_id = $1 ORDER BY created_at', [pledgeId]);
}

describe('penalty interest on overdue principal', () => {
  it('accrues from the due date, is paid first, and the late repayment shows the exact figure', async () => {
    const { parties, id, dueDates } = await loanDisbursedDaysAgo(100);
    const bank = parties.bank.token;
    const [due1, due2] = dueDates as [string, string];
    const paidOn = shiftDate(due1, 20);

    const before = await readLoan(bank, id, paidOn);
    expect(before.penaltyRate).toBe('0.18');
    // 400.00 overdue for 20 days at 18 % / 360.
    expect(before.penalty).toEqual({
      asOf: paidOn,
      annualRate: '0.18',
      accrued: { amount: '4.00' },
      paid: { amount: '0.00' },
      outstanding: { amount: '4.00' },
    });

    // Penalty, then instalment 1's overdue interest, then instalment 2's current interest, then principal.
    const paid = assertGqlData(await recordRepayment(bank, id, '424.00', undefined, paidOn)).recordRepayment;
    expect(paid).toMatchObject({
      penaltyPaid: { amount: '4.00' },
      interestPaid: { amount: '20.00' },
      principalPaid: { amount: '400.00' },
      excess: { amount: '0.00' },
      allocation: [
        { number: 1, interest: { amount: '12.00' }, principal: { amount: '400.00' } },
        { number: 2, interest: { amount: '8.00' }, principal: { amount: '0.00' } },
      ],
      loan: { status: 'ACTIVE', outstandingPrincipal: { amount: '800.00' } },
    });
    const [stored] = await sql<{ penalty_paid: string }>(
      'SELECT penalty_paid FROM registry.loan_repayment WHERE id = $1',
      [paid.id],
    );
    expect(stored?.penalty_paid).toBe('4.0000');

    // Instalment 1 stopped accruing when paid; instalment 2 accrues from its own due date.
    const later = await readLoan(bank, id, shiftDate(due2, 10));
    expect(later.penalty).toMatchObject({
      accrued: { amount: '6.00' },
      paid: { amount: '4.00' },
      outstanding: { amount: '2.00' },
    });
    // The borrower sees it too.
    expect((await readLoan(parties.sme.token, id, paidOn)).penalty.outstanding).toEqual({ amount: '0.00' });

    // Payments are recorded in date order: one dated before the latest is refused.
    assertGqlError(await recordRepayment(bank, id, '10.00', undefined, shiftDate(paidOn, -1)), {
      code: 'BAD_USER_INPUT',
      reason: 'DATE_OUT_OF_ORDER',
      field: 'receivedOn',
    });
    expect((await readLoan(bank, id)).repayments).toHaveLength(1);
  });

  it('is nothing on a loan paid on time, and nothing before disbursement', async () => {
    const parties = await pledgeParties();
    const pledgeId = await registeredPledge(parties);
    const applied = assertGqlData(await applyForLoan(parties.bank.token, loanInput(pledgeId))).applyForLoan;
    expect((await readLoan(parties.bank.token, applied.id as string)).penalty).toBeNull();
    const id = await activeLoan(parties.bank.token, pledgeId);
    const loan = await readLoan(parties.bank.token, id);
    expect(loan.penalty).toMatchObject({ accrued: { amount: '0.00' }, outstanding: { amount: '0.00' } });
  });
});

describe('default', () => {
  it('is refused below LOAN_DEFAULT_OVERDUE_DAYS (90) and recorded from it; the loan stays ACTIVE', async () => {
    const { parties, id, dueDates } = await loanDisbursedDaysAgo(130);
    const bank = parties.bank.token;
    const due1 = dueDates[0] as string;

    const version = (await loanRow(id)).version;
    assertGqlError(await loanCall(bank, DECLARE_DEFAULT, { id, on: shiftDate(due1, 89) }), {
      code: 'CONFLICT',
      reason: 'OVERDUE_BELOW_DEFAULT_THRESHOLD',
      field: 'id',
    });
    expect(await loanRow(id)).toEqual({ status: 'ACTIVE', version, defaulted_on: null });

    const key = `default-${uniqueSuffix()}`;
    const on = shiftDate(due1, 90);
    const declared = assertGqlData(await loanCall(bank, DECLARE_DEFAULT, { id, on, key })).declareLoanDefault;
    expect(declared).toMatchObject({ status: 'ACTIVE', defaultedOn: on, version: version + 1, closeReason: null });
    // The same key replays the result; another declaration is refused.
    const again = assertGqlData(await loanCall(bank, DECLARE_DEFAULT, { id, on, key })).declareLoanDefault;
    expect(again.defaultedOn).toBe(on);
    assertGqlError(await loanCall(bank, DECLARE_DEFAULT, { id }), {
      code: 'CONFLICT',
      reason: 'ALREADY_DEFAULTED',
      field: 'id',
    });
    expect((await loanRow(id)).version).toBe(version + 1);

    // A defaulted loan still takes repayments.
    const paid = assertGqlData(await recordRepayment(bank, id, '10.00')).recordRepayment;
    expect(paid.loan).toMatchObject({ status: 'ACTIVE', defaultedOn: on });
    const actions = await sql<{ action: string }>(
      `SELECT action FROM registry.audit_event WHERE subject_id = $1 ORDER BY seq`,
      [id],
    );
    expect(actions.map((a) => a.action)).toContain('LOAN_DEFAULTED');
  });

  it('is refused on a loan nothing is overdue on, and a date in the future is bad input', async () => {
    const parties = await pledgeParties();
    const id = await activeLoan(parties.bank.token, await registeredPledge(parties));
    assertGqlError(await loanCall(parties.bank.token, DECLARE_DEFAULT, { id }), {
      code: 'CONFLICT',
      reason: 'OVERDUE_BELOW_DEFAULT_THRESHOLD',
      field: 'id',
    });
    assertGqlError(await loanCall(parties.bank.token, DECLARE_DEFAULT, { id, on: shiftDate(today(), 1) }), {
      code: 'BAD_USER_INPUT',
      field: 'on',
    });
    expect((await loanRow(id)).defaulted_on).toBeNull();
  });
});

describe('write-off', () => {
  it('closes a defaulted loan with what was owed; no repayment afterwards; the pledge stays', async () => {
    const { parties, pledgeId, id, dueDates } = await loanDisbursedDaysAgo(130);
    const bank = parties.bank.token;
    // Not defaulted yet: refused.
    assertGqlError(await loanCall(bank, WRITE_OFF, { id }), { code: 'CONFLICT', reason: 'NOT_DEFAULTED', field: 'id' });
    assertGqlData(await loanCall(bank, DECLARE_DEFAULT, { id }));

    // All three instalments are overdue: 0.20 a day for each day each has been overdue.
    const overdueDays = dueDates.reduce((sum, due) => sum + daysBetween(due, today()), 0);
    const penaltyCents = 20 * overdueDays;
    const penalty = (await readLoan(bank, id)).penalty;
    expect(penalty.accrued.amount).toBe((penaltyCents / 100).toFixed(2));

    const written = assertGqlData(await loanCall(bank, WRITE_OFF, { id, key: `wo-${uniqueSuffix()}` })).writeOffLoan;
    // 1,200.00 principal + 24.00 interest (12 + 8 + 4) + the penalty.
    expect(written).toMatchObject({
      status: 'CLOSED',
      closeReason: 'WRITTEN_OFF',
      closedOn: today(),
      writtenOff: { amount: ((122_400 + penaltyCents) / 100).toFixed(2) },
      outstandingPrincipal: { amount: '1200.00' },
      overdueDays: 0,
      nextDue: null,
    });

    assertGqlError(await recordRepayment(bank, id, '100.00'), {
      code: 'CONFLICT',
      reason: 'LOAN_CLOSED',
      field: 'loanId',
    });
    assertGqlError(await loanCall(bank, WRITE_OFF, { id }), { code: 'CONFLICT', reason: 'LOAN_CLOSED', field: 'id' });
    expect(await sql('SELECT 1 FROM registry.loan_repayment WHERE loan_id = $1', [id])).toHaveLength(0);
    // Enforcing the pledge is the pledge module's business.
    expect(assertGqlData(await loanCall(bank, PLEDGE, { id: pledgeId })).pledgeApplication.status).toBe('REGISTERED');
    // The written-off amount is tied to the close reason in the database too.
    await expect(sql(`UPDATE registry.loan SET written_off_amount = NULL WHERE id = $1`, [id])).rejects.toThrow(
      /ck_loan_written_off/,
    );
  });
});

describe('rescheduling', () => {
  it('closes the old loan and creates a new ACTIVE loan and schedule, linked both ways, on the same pledge', async () => {
    const parties = await pledgeParties();
    const pledgeId = await registeredPledge(parties);
    const bank = parties.bank.token;
    const oldId = await activeLoan(bank, pledgeId);
    const input = { annualRate: '0.06', termMonths: 12, repaymentMethod: 'ANNUITY' };

    // The current period's interest (12.00) is owed: pay it, or capitalise it.
    assertGqlError(await loanCall(bank, RESCHEDULE, { id: oldId, input }), {
      code: 'CONFLICT',
      reason: 'INTEREST_UNPAID',
      field: 'input.capitalizeUnpaidInterest',
    });
    expect(await loansOnPledge(pledgeId)).toEqual([{ id: oldId, status: 'ACTIVE' }]);
    assertGqlData(await recordRepayment(bank, oldId, '12.00'));

    const key = `resched-${uniqueSuffix()}`;
    const created = assertGqlData(await loanCall(bank, RESCHEDULE, { id: oldId, input, key })).rescheduleLoan;
    // 1,200.00 at 6 % over 12 months: 103.28 a month, the first 6.00 interest + 97.28 principal.
    expect(created).toMatchObject({
      status: 'ACTIVE',
      pledgeId,
      principal: { amount: '1200.00', currency: 'CNY' },
      annualRate: '0.06',
      penaltyRate: '0.09',
      termMonths: 12,
      repaymentMethod: 'ANNUITY',
      disbursedOn: today(),
      version: 1,
      rescheduledFromLoanId: oldId,
      rescheduledToLoanId: null,
      rescheduledFrom: { id: oldId, status: 'CLOSED', closeReason: 'RESCHEDULED' },
    });
    expect(created.instalments).toHaveLength(12);
    expect(created.instalments[0]).toMatchObject({
      number: 1,
      interestDue: { amount: '6.00' },
      principalDue: { amount: '97.28' },
    });
    const newId = created.id as string;
    // A replay with the key returns the same new loan.
    const replay = assertGqlData(await loanCall(bank, RESCHEDULE, { id: oldId, input, key })).rescheduleLoan;
    expect(replay.id).toBe(newId);

    const old = await readLoan(parties.sme.token, oldId);
    expect(old).toMatchObject({
      status: 'CLOSED',
      closeReason: 'RESCHEDULED',
      closedOn: today(),
      rescheduledToLoanId: newId,
      rescheduledTo: { id: newId, status: 'ACTIVE' },
    });
    expect(await loansOnPledge(pledgeId)).toEqual([
      { id: oldId, status: 'CLOSED' },
      { id: newId, status: 'ACTIVE' },
    ]);
    assertGqlError(await recordRepayment(bank, oldId, '1.00'), { code: 'CONFLICT', reason: 'LOAN_CLOSED' });
    const paid = assertGqlData(await recordRepayment(bank, newId, '103.28')).recordRepayment;
    expect(paid.loan.outstandingPrincipal.amount).toBe('1102.72');

    const actions = await sql<{ action: string; subject_id: string }>(
      `SELECT DISTINCT action, subject_id FROM registry.audit_event WHERE subject_id = ANY($1::uuid[])`,
      [[oldId, newId]],
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: 'LOAN_RESCHEDULED', subject_id: oldId },
        { action: 'LOAN_CREATED_BY_RESCHEDULING', subject_id: newId },
      ]),
    );
    // The links are checked in the database: a one-way link does not commit.
    await expect(
      sql(`UPDATE registry.loan SET rescheduled_from_loan_id = NULL WHERE id = $1`, [newId]),
    ).rejects.toThrow(/ck_loan_reschedule_links/);
  });

  it('capitalises overdue interest and penalty into the new principal, with the first due date asked for', async () => {
    const { parties, pledgeId, id, dueDates } = await loanDisbursedDaysAgo(45);
    const bank = parties.bank.token;
    const firstDueDate = shiftDate(today(), 40);
    const input = {
      annualRate: '0.0435',
      termMonths: 6,
      repaymentMethod: 'EQUAL_PRINCIPAL',
      firstDueDate,
      capitalizeUnpaidInterest: true,
    };
    const created = assertGqlData(await loanCall(bank, RESCHEDULE, { id, input })).rescheduleLoan;
    // Outstanding 1,200.00 + instalment 1's overdue 12.00 + instalment 2's current 8.00 + 0.20 a day overdue.
    const cents = 122_000 + 20 * daysBetween(dueDates[0] as string, today());
    expect(created.principal.amount).toBe((cents / 100).toFixed(2));
    expect(created.instalments).toHaveLength(6);
    expect(created.instalments[0].dueDate).toBe(firstDueDate);
    expect((await loansOnPledge(pledgeId)).map((l) => l.status)).toEqual(['CLOSED', 'ACTIVE']);
  });

  it('refuses a new principal above the secured claim and writes nothing', async () => {
    const parties = await pledgeParties();
    const pledgeId = await registeredPledge(parties);
    const id = await activeLoan(parties.bank.token, pledgeId, { principal: '5000000.00' });
    const input = { annualRate: '0.05', termMonths: 12, repaymentMethod: 'ANNUITY', capitalizeUnpaidInterest: true };
    assertGqlError(await loanCall(parties.bank.token, RESCHEDULE, { id, input }), {
      code: 'CONFLICT',
      reason: 'PRINCIPAL_EXCEEDS_CLAIM',
    });
    expect(await loansOnPledge(pledgeId)).toEqual([{ id, status: 'ACTIVE' }]);
  });
});

describe('bad input names the field and writes nothing', () => {
  it.each<[string, Record<string, unknown>, { reason?: string; field?: string; mentions?: string }]>([
    ['an unknown method', { repaymentMethod: 'BALLOON' }, { mentions: 'repaymentMethod' }],
    ['a negative rate', { annualRate: '-0.01' }, { reason: 'RATE_OUT_OF_RANGE', field: 'input.annualRate' }],
    ['term 0', { termMonths: 0 }, { field: 'input.termMonths' }],
  ])('applyForLoan with %s', async (_name, overrides, expected) => {
    const parties = await pledgeParties();
    const pledgeId = await registeredPledge(parties);
    assertGqlError(await applyForLoan(parties.bank.token, loanInput(pledgeId, overrides)), {
      code: 'BAD_USER_INPUT',
      ...expected,
    });
    expect(await loansOnPledge(pledgeId)).toEqual([]);
  });

  it('rescheduleLoan with an unknown method, a negative rate, term 0, a future day or a first due date before it', async () => {
    const parties = await pledgeParties();
    const pledgeId = await registeredPledge(parties);
    const id = await activeLoan(parties.bank.token, pledgeId);
    const valid = { annualRate: '0.06', termMonths: 12, repaymentMethod: 'ANNUITY', capitalizeUnpaidInterest: true };
    const cases: [Record<string, unknown>, { reason?: string; field?: string; mentions?: string }][] = [
      [{ repaymentMethod: 'BALLOON' }, { mentions: 'repaymentMethod' }],
      [{ annualRate: '-0.01' }, { field: 'input.annualRate' }],
      [{ annualRate: '10.5' }, { field: 'input.annualRate' }],
      [{ termMonths: 0 }, { field: 'input.termMonths' }],
      [{ on: shiftDate(today(), 1) }, { field: 'input.on' }],
      [{ firstDueDate: today() }, { reason: 'FIRST_DUE_DATE_OUT_OF_RANGE', field: 'input.firstDueDate' }],
    ];
    const version = (await loanRow(id)).version;
    for (const [change, expected] of cases) {
      const res = await loanCall(parties.bank.token, RESCHEDULE, { id, input: { ...valid, ...change } });
      assertGqlError(res, { code: 'BAD_USER_INPUT', ...expected });
    }
    expect(await loansOnPledge(pledgeId)).toEqual([{ id, status: 'ACTIVE' }]);
    expect((await loanRow(id)).version).toBe(version);
  });
});

describe('who may default, write off and reschedule', () => {
  it("only users of the loan's lending bank; others are NOT_FOUND or FORBIDDEN and nothing changes", async () => {
    const { parties, pledgeId, id } = await loanDisbursedDaysAgo(130);
    const otherBank = await registerBankUser();
    const input = { annualRate: '0.06', termMonths: 12, repaymentMethod: 'ANNUITY', capitalizeUnpaidInterest: true };
    const calls: [string, Record<string, unknown>][] = [
      [DECLARE_DEFAULT, { id }],
      [WRITE_OFF, { id }],
      [RESCHEDULE, { id, input }],
    ];
    for (const [mutation, variables] of calls) {
      // The borrower sees the loan but is no bank: refused by role.
      assertGqlError(await loanCall(parties.sme.token, mutation, variables), { code: 'FORBIDDEN' });
      assertGqlError(await loanCall(otherBank.token, mutation, variables), {
        code: 'NOT_FOUND',
        reason: 'LOAN_NOT_FOUND',
      });
      for (const who of ['registrar', 'program', 'admin'] as const) {
        assertGqlError(await loanCall(await tokenFor(who), mutation, variables), { code: 'FORBIDDEN' });
      }
    }
    expect(await loansOnPledge(pledgeId)).toEqual([{ id, status: 'ACTIVE' }]);
    expect((await loanRow(id)).defaulted_on).toBeNull();
    // The lender may.
    const declared = assertGqlData(await loanCall(parties.bank.token, DECLARE_DEFAULT, { id })).declareLoanDefault;
    expect(declared.defaultedOn).toBe(today());
  });
});
