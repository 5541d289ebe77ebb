import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { Role } from '@app/auth';
import { Decimal } from '@app/money';
import { DEMO_PARTIES } from '@app/demo-data';
import {
  activeLoan,
  assertGqlData,
  assertGqlError,
  e2eEnv,
  gql,
  newEnterpriseInput,
  pledgeParties,
  programPledgeParties,
  registerBankUser,
  registeredPledge,
  registrySql,
  todayInChina,
  tokenFor,
  tokenForUser,
  uniqueSuffix,
  type PledgeParties,
  type TestBank,
} from '@app/testing';

jest.setTimeout(180_000);

const env = e2eEnv();
const today = todayInChina();
const city = `E2E-Fund-${uniqueSuffix()}`;

const FUND_FIELDS = `id city ownerPartyId currency leverageLimit perLoanCap balance coveredOutstanding commitments
  leverage capacity currentRatio { fundPart bankPart insurerPart appraiserPart fundShare }
  ratioVersions { effectiveFrom effectiveTo fundPart bankPart }`;
const CLAIM_FIELDS = `id status loanId lossDate outstandingPrincipal unpaidInterest outstandingClaim appraisedValue
  realizedAmount realizationRatio appraisalShortfall loss ratio { fund bank insurer appraiser } fundPart bankPart
  insurerPart appraiserPart capExcess recoveredAmount decisionNote`;

const CREATE = `mutation($input: CreateRiskFundInput!, $key: String) {
  createRiskFund(input: $input, idempotencyKey: $key) { ${FUND_FIELDS} } }`;
const RATIO = `mutation($input: AddRiskFundRatioVersionInput!) {
  addRiskFundRatioVersion(input: $input) { id effectiveFrom effectiveTo fundShare } }`;
const CONTRIBUTE = `mutation($input: ContributeToRiskFundInput!, $key: String) {
  contributeToRiskFund(input: $input, idempotencyKey: $key) { seq kind amount balanceAfter bookedOn } }`;
const ENROL = `mutation($input: EnrolLoanInRiskFundInput!) {
  enrolLoanInRiskFund(input: $input) { id status loanId enrolledOn creditListed } }`;
const FILE = `mutation($loanId: ID!) { fileRiskFundClaim(input: { loanId: $loanId }) { ${CLAIM_FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $note: String) { approveRiskFundClaim(id: $id, note: $note) { ${CLAIM_FIELDS} } }`;
const RECOVER = `mutation($input: RecordRiskFundRecoveryInput!) {
  recordRiskFundRecovery(input: $input) { seq kind amount balanceAfter claimId } }`;
const FUND = `query($id: ID!) { riskFund(id: $id) { ${FUND_FIELDS} } }`;
const LEDGER = `query($id: ID!, $first: Int, $after: String) { riskFund(id: $id) {
  ledger(first: $first, after: $after) { edges { node { seq kind amount balanceAfter claimId } }
  pageInfo { hasNextPage endCursor } } } }`;
const CLAIMS = `query($f: RiskFundClaimFilter) { riskFundClaims(filter: $f) { edges { node { id status } } } }`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const as = (token: string, query: string, variables: Record<string, unknown> = {}) =>
  gql<Json>(env.gatewayUrl, query, variables, { token });

async function ledgerRows(fundId: string): Promise<{ seq: number; kind: string; amount: string }[]> {
  return registrySql('SELECT seq, kind, amount::text FROM risk_fund_entry WHERE fund_id = $1 ORDER BY seq', [fundId]);
}

async function rowCount(table: 'risk_fund_ratio_version' | 'risk_fund_enrolment', column: string, id: string) {
  const [row] = await registrySql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [id]);
  return row?.n ?? 0;
}

/** A loan (default 1,000,000.00) at 4.9 % over 12 months (first month's interest 4,083.33) to a fresh SME of the city. */
async function cityLoan(
  bank: TestBank,
  principal = '1000000.00',
): Promise<{ parties: PledgeParties; pledgeId: string; loanId: string }> {
  const parties = await programPledgeParties(city, null, 'G06F16/00', bank);
  const pledgeId = await registeredPledge(parties, { appraisedValue: '2000000.00' });
  const loanId = await activeLoan(bank.token, pledgeId, {
    principal,
    annualRate: '0.049',
    termMonths: 12,
    repaymentMethod: 'ANNUITY',
  });
  return { parties, pledgeId, loanId };
}

describe('risk-compensation fund', () => {
  let program: string;
  let officeId: string;
  let bank: TestBank;
  let fundId: string;
  let covered: { parties: PledgeParties; pledgeId: string; loanId: string };
  let claimId: string;

  beforeAll(async () => {
    const admin = await tokenFor('admin');
    const office = assertGqlData(
      await as(admin, 'mutation($input: RegisterPartyInput!) { registerProgramOffice(input: $input) { id } }', {
        input: newEnterpriseInput({ city, name: `${city} program office` }),
      }),
    ).registerProgramOffice;
    officeId = office.id as string;
    const userId = randomUUID();
    program = await tokenForUser({
      userId,
      login: `program-${userId.slice(0, 8)}`,
      partyId: officeId,
      roles: [Role.PROGRAM_STAFF],
    });
    bank = await registerBankUser();
  });

  it('is created by its program office, one per city, with input limits checked', async () => {
    const input = { city, name: `${city} risk-compensation fund`, leverageLimit: '10' };
    assertGqlError(await as(bank.token, CREATE, { input }), { code: 'FORBIDDEN' });
    assertGqlError(await as(program, CREATE, { input: { ...input, leverageLimit: '0' } }), {
      code: 'BAD_USER_INPUT',
      field: 'input.leverageLimit',
    });
    assertGqlError(await as(program, CREATE, { input: { ...input, perLoanCap: '10.001' } }), {
      code: 'BAD_USER_INPUT',
      field: 'input.perLoanCap',
    });
    assertGqlError(await as(program, CREATE, { input: { ...input, city: `${city}-elsewhere` } }), {
      code: 'BAD_USER_INPUT',
      field: 'input.city',
    });
    // Another city's program office cannot create a fund for this office.
    assertGqlError(await as(await tokenFor('program'), CREATE, { input: { ...input, ownerPartyId: officeId } }), {
      code: 'FORBIDDEN',
      reason: 'NOT_FUND_ADMINISTRATOR',
    });
    const key = `fund-${uniqueSuffix()}`;
    const fund = assertGqlData(await as(program, CREATE, { input, key })).createRiskFund;
    expect(fund).toMatchObject({
      city,
      ownerPartyId: officeId,
      currency: 'CNY',
      leverageLimit: '10',
      perLoanCap: null,
      balance: '0.00',
      coveredOutstanding: '0.00',
      commitments: null,
      leverage: null,
      capacity: '0.00',
      currentRatio: null,
    });
    fundId = fund.id as string;
    expect(assertGqlData(await as(program, CREATE, { input, key })).createRiskFund.id).toBe(fundId);
    assertGqlError(await as(program, CREATE, { input }), {
      code: 'CONFLICT',
      reason: 'RISK_FUND_EXISTS',
      field: 'input.city',
    });
  });

  it('keeps sharing-ratio versions from overlapping, writing nothing when refused', async () => {
    const ratio = (from: string, to: string | null, parts: Record<string, string>) => ({
      input: { fundId, effectiveFrom: from, effectiveTo: to, ...parts },
    });
    const oneToOne = { fundPart: '1', bankPart: '1' };
    const standard = { fundPart: '54', bankPart: '26', insurerPart: '16', appraiserPart: '4' };
    assertGqlData(await as(program, RATIO, ratio('2019-01-01', '2019-12-31', oneToOne)));
    const open = assertGqlData(await as(program, RATIO, ratio('2020-01-01', null, standard))).addRiskFundRatioVersion;
    expect(open).toMatchObject({ effectiveFrom: '2020-01-01', effectiveTo: null, fundShare: '0.54' });
    const before = await rowCount('risk_fund_ratio_version', 'fund_id', fundId);
    for (const [from, to] of [
      ['2019-06-01', '2019-06-30'],
      ['2019-12-31', '2020-01-01'],
      ['2024-01-01', '2024-12-31'],
      ['2020-01-01', null],
    ] as const) {
      assertGqlError(await as(program, RATIO, ratio(from, to, oneToOne)), {
        code: 'CONFLICT',
        reason: 'RATIO_VERSION_OVERLAP',
        field: 'input.effectiveFrom',
      });
    }
    assertGqlError(await as(program, RATIO, ratio('2018-01-01', '2017-01-01', oneToOne)), {
      code: 'BAD_USER_INPUT',
      field: 'input.effectiveTo',
    });
    assertGqlError(await as(program, RATIO, ratio('2018-01-01', '2018-12-31', { fundPart: '1', bankPart: '0' })), {
      code: 'BAD_USER_INPUT',
      field: 'input.bankPart',
    });
    assertGqlError(await as(await tokenFor('program'), RATIO, ratio('2018-01-01', '2018-12-31', oneToOne)), {
      code: 'FORBIDDEN',
      reason: 'NOT_FUND_ADMINISTRATOR',
    });
    expect(await rowCount('risk_fund_ratio_version', 'fund_id', fundId)).toBe(before);
    const fund = assertGqlData(await as(program, FUND, { id: fundId })).riskFund;
    expect(fund.currentRatio).toEqual({
      fundPart: '54',
      bankPart: '26',
      insurerPart: '16',
      appraiserPart: '4',
      fundShare: '0.54',
    });
    expect(fund.ratioVersions).toEqual([
      { effectiveFrom: '2019-01-01', effectiveTo: '2019-12-31', fundPart: '1', bankPart: '1' },
      { effectiveFrom: '2020-01-01', effectiveTo: null, fundPart: '54', bankPart: '26' },
    ]);
  });

  it('takes contributions into an append-only ledger, once per idempotency key', async () => {
    const input = { fundId, amount: '100000.00', note: 'first tranche' };
    assertGqlError(await as(program, CONTRIBUTE, { input: { ...input, amount: '-5' } }), {
      code: 'BAD_USER_INPUT',
      field: 'input.amount',
    });
    assertGqlError(await as(program, CONTRIBUTE, { input: { ...input, amount: '1.001' } }), {
      code: 'BAD_USER_INPUT',
      field: 'input.amount',
    });
    assertGqlError(await as(bank.token, CONTRIBUTE, { input }), { code: 'FORBIDDEN' });
    const key = `contribute-${uniqueSuffix()}`;
    const entry = assertGqlData(await as(program, CONTRIBUTE, { input, key })).contributeToRiskFund;
    expect(entry).toEqual({
      seq: 1,
      kind: 'CONTRIBUTION',
      amount: '100000.00',
      balanceAfter: '100000.00',
      bookedOn: today,
    });
    expect(assertGqlData(await as(program, CONTRIBUTE, { input, key })).contributeToRiskFund.seq).toBe(1);
    expect(await ledgerRows(fundId)).toEqual([{ seq: 1, kind: 'CONTRIBUTION', amount: '100000.0000' }]);
    // The database refuses to rewrite history, whoever asks.
    await expect(registrySql('UPDATE risk_fund_entry SET note = $2 WHERE fund_id = $1', [fundId, 'x'])).rejects.toThrow(
      /append-only/,
    );
    await expect(registrySql('DELETE FROM risk_fund_entry WHERE fund_id = $1', [fundId])).rejects.toThrow(
      /append-only/,
    );
    // Only the fund's office (and admins) read the ledger.
    assertGqlError(await as(bank.token, LEDGER, { id: fundId }), {
      code: 'FORBIDDEN',
      reason: 'NOT_FUND_ADMINISTRATOR',
    });
    assertGqlError(await as(await tokenFor('sme'), FUND, { id: fundId }), { code: 'FORBIDDEN' });
  });

  it('enrols loans of the city within the leverage limit, screening borrowers against the credit list', async () => {
    const [first, second, listed] = await Promise.all([cityLoan(bank), cityLoan(bank), cityLoan(bank)]);
    covered = first;
    const enrol = (loanId: string, token = bank.token) => as(token, ENROL, { input: { fundId, loanId } });

    // Someone else's loan does not exist for this bank; a loan of another city is not covered here.
    const stranger = await registerBankUser();
    assertGqlError(await enrol(first.loanId, stranger.token), { code: 'NOT_FOUND', reason: 'LOAN_NOT_FOUND' });
    assertGqlError(await enrol(first.loanId, program), { code: 'FORBIDDEN' });
    const elsewhere = await pledgeParties();
    const elsewhereLoan = await activeLoan(elsewhere.bank.token, await registeredPledge(elsewhere));
    assertGqlError(await enrol(elsewhereLoan, elsewhere.bank.token), {
      code: 'CONFLICT',
      reason: 'LOAN_OUTSIDE_FUND_CITY',
    });

    // 10x a balance of 100,000 covers 1,000,000: the first loan fits exactly.
    const enrolled = assertGqlData(await enrol(first.loanId)).enrolLoanInRiskFund;
    expect(enrolled).toMatchObject({
      status: 'ENROLLED',
      loanId: first.loanId,
      enrolledOn: today,
      creditListed: false,
    });
    assertGqlError(await enrol(first.loanId), { code: 'CONFLICT', reason: 'LOAN_ALREADY_ENROLLED' });

    const refused = await enrol(second.loanId);
    assertGqlError(refused, { code: 'CONFLICT', reason: 'LEVERAGE_LIMIT_EXCEEDED', field: 'input.loanId' });
    expect(refused.body.errors?.[0]?.extensions?.['details']).toEqual({
      balance: '100000',
      coveredAfter: '2000000',
      leverageAfter: '20',
      leverageLimit: '10',
    });
    expect(await rowCount('risk_fund_enrolment', 'loan_id', second.loanId)).toBe(0);

    // The borrower is listed after the loan was granted: blocked under the default policy (BLOCK).
    assertGqlData(
      await as(
        await tokenFor('registrar'),
        'mutation($input: AddCreditListEntryInput!) { addCreditListEntry(input: $input) { id } }',
        {
          input: {
            creditCode: listed.parties.sme.party.creditCode,
            entityName: listed.parties.sme.party.name,
            conduct: 'FALSE_MATERIALS',
            issuingAuthority: 'E2E IP office',
            listedOn: today,
          },
        },
      ),
    );
    assertGqlError(await enrol(listed.loanId), {
      code: 'CONFLICT',
      reason: 'BORROWER_CREDIT_LISTED',
      field: 'input.loanId',
    });
    expect(await rowCount('risk_fund_enrolment', 'loan_id', listed.loanId)).toBe(0);

    const fund = assertGqlData(await as(program, FUND, { id: fundId })).riskFund;
    expect(fund).toMatchObject({
      balance: '100000.00',
      coveredOutstanding: '1000000.00',
      commitments: '540000.00',
      leverage: '10.0000',
      capacity: '0.00',
    });
    // Banks read fund figures too (to know what they can enrol in).
    expect(assertGqlData(await as(bank.token, FUND, { id: fundId })).riskFund.capacity).toBe('0.00');
  });

  it('pays the fund part of an enforcement loss split 54:26:16:4, only from a sufficient balance', async () => {
    const { pledgeId, loanId } = covered;
    const step = (name: string, extra = '') => `mutation($id: ID!) { ${name}(id: $id${extra}) { status } }`;
    assertGqlData(await as(bank.token, step('declarePledgeDefault'), { id: pledgeId }));
    assertGqlError(await as(bank.token, FILE, { loanId }), { code: 'CONFLICT', reason: 'PLEDGE_NOT_REALIZED' });
    assertGqlData(await as(bank.token, step('startPledgeEnforcement'), { id: pledgeId }));
    assertGqlData(
      await as(bank.token, step('recordPledgeRealization', `, amount: "600000.00", date: "${today}"`), {
        id: pledgeId,
      }),
    );
    assertGqlError(await as(program, FILE, { loanId }), { code: 'FORBIDDEN' });
    const stranger = await registerBankUser();
    assertGqlError(await as(stranger.token, FILE, { loanId }), { code: 'NOT_FOUND', reason: 'LOAN_NOT_FOUND' });

    // Owed on the realisation day: 1,000,000.00 principal + the current month's 4,083.33 interest;
    // realised 600,000.00 against 2,000,000.00 appraised: a loss of 404,083.33.
    const claim = assertGqlData(await as(bank.token, FILE, { loanId })).fileRiskFundClaim;
    expect(claim).toMatchObject({
      status: 'FILED',
      lossDate: today,
      outstandingPrincipal: '1000000.00',
      unpaidInterest: '4083.33',
      outstandingClaim: '1004083.33',
      appraisedValue: '2000000.00',
      realizedAmount: '600000.00',
      realizationRatio: '0.3000',
      appraisalShortfall: '1400000.00',
      loss: '404083.33',
      ratio: { fund: '54', bank: '26', insurer: '16', appraiser: '4' },
      fundPart: '218204.99',
      bankPart: '105061.68',
      insurerPart: '64653.33',
      appraiserPart: '16163.33',
      capExcess: '0.00',
      recoveredAmount: '0.00',
    });
    claimId = claim.id as string;
    assertGqlError(await as(bank.token, FILE, { loanId }), { code: 'CONFLICT', reason: 'CLAIM_EXISTS' });
    // The pending claim's fund part is what the fund is committed to for this loan.
    expect(assertGqlData(await as(program, FUND, { id: fundId })).riskFund.commitments).toBe('218204.99');

    assertGqlError(await as(bank.token, APPROVE, { id: claimId }), { code: 'FORBIDDEN' });
    assertGqlError(await as(await tokenFor('program'), APPROVE, { id: claimId }), {
      code: 'FORBIDDEN',
      reason: 'NOT_FUND_ADMINISTRATOR',
    });
    // 100,000.00 in the fund: short of 218,204.99, nothing is written.
    assertGqlError(await as(program, APPROVE, { id: claimId }), {
      code: 'CONFLICT',
      reason: 'FUND_BALANCE_SHORT',
      field: 'id',
    });
    expect(await ledgerRows(fundId)).toHaveLength(1);
    expect(assertGqlData(await as(bank.token, CLAIMS, { f: { fundId } })).riskFundClaims.edges).toEqual([
      { node: { id: claimId, status: 'FILED' } },
    ]);

    assertGqlData(await as(program, CONTRIBUTE, { input: { fundId, amount: '200000.00' } }));
    const paid = assertGqlData(
      await as(program, APPROVE, { id: claimId, note: 'auction proceeds verified' }),
    ).approveRiskFundClaim;
    expect(paid).toMatchObject({ status: 'PAID', decisionNote: 'auction proceeds verified' });
    assertGqlError(await as(program, APPROVE, { id: claimId }), { code: 'CONFLICT', reason: 'CLAIM_NOT_FILED' });
    const fund = assertGqlData(await as(program, FUND, { id: fundId })).riskFund;
    expect(fund).toMatchObject({
      balance: '81795.01',
      coveredOutstanding: '0.00',
      commitments: '0.00',
      leverage: '0.0000',
      capacity: '817950.10',
    });
    // Another bank sees none of this bank's claims.
    const stranger2 = await registerBankUser();
    expect(assertGqlData(await as(stranger2.token, CLAIMS, { f: { fundId } })).riskFundClaims.edges).toEqual([]);
  });

  it('takes recoveries back up to the payout, and pages the ledger', async () => {
    const input = { claimId, amount: '10000.00', note: 'sale of the remaining licence' };
    assertGqlError(await as(bank.token, RECOVER, { input }), { code: 'FORBIDDEN' });
    const entry = assertGqlData(await as(program, RECOVER, { input })).recordRiskFundRecovery;
    expect(entry).toEqual({ seq: 4, kind: 'RECOVERY', amount: '10000.00', balanceAfter: '91795.01', claimId });
    assertGqlError(await as(program, RECOVER, { input: { ...input, amount: '208205.00' } }), {
      code: 'CONFLICT',
      reason: 'RECOVERY_EXCEEDS_PAYOUT',
      field: 'input.amount',
    });

    const page1 = assertGqlData(await as(program, LEDGER, { id: fundId, first: 2 })).riskFund.ledger;
    expect((page1.edges as { node: unknown }[]).map((e) => e.node)).toEqual([
      { seq: 1, kind: 'CONTRIBUTION', amount: '100000.00', balanceAfter: '100000.00', claimId: null },
      { seq: 2, kind: 'CONTRIBUTION', amount: '200000.00', balanceAfter: '300000.00', claimId: null },
    ]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = assertGqlData(await as(program, LEDGER, { id: fundId, first: 2, after: page1.pageInfo.endCursor }))
      .riskFund.ledger;
    expect((page2.edges as { node: unknown }[]).map((e) => e.node)).toEqual([
      { seq: 3, kind: 'PAYOUT', amount: '-218204.99', balanceAfter: '81795.01', claimId },
      { seq: 4, kind: 'RECOVERY', amount: '10000.00', balanceAfter: '91795.01', claimId },
    ]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a ratio version that would change the split of a filed claim', async () => {
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 24 * 3600 * 1000).toISOString().slice(0, 10);
    const input = (from: string) => ({ input: { fundId, effectiveFrom: from, fundPart: '1', bankPart: '1' } });
    const before = await rowCount('risk_fund_ratio_version', 'fund_id', fundId);
    // From today it would supersede the ratio the claim (loss date today) was split by.
    assertGqlError(await as(program, RATIO, input(today)), {
      code: 'CONFLICT',
      reason: 'RATIO_VERSION_IN_USE',
      field: 'input.effectiveFrom',
    });
    expect(await rowCount('risk_fund_ratio_version', 'fund_id', fundId)).toBe(before);
    // From tomorrow it supersedes the open-ended version, which now ends today.
    expect(assertGqlData(await as(program, RATIO, input(tomorrow))).addRiskFundRatioVersion).toMatchObject({
      effectiveFrom: tomorrow,
      effectiveTo: null,
      fundShare: '0.5',
    });
    const fund = assertGqlData(await as(program, FUND, { id: fundId })).riskFund;
    expect(fund.currentRatio).toMatchObject({ fundPart: '54', bankPart: '26' });
    expect((fund.ratioVersions as { effectiveTo: string | null }[]).map((v) => v.effectiveTo)).toEqual([
      '2019-12-31',
      today,
      null,
    ]);
  });

  it('lets only one of two concurrent enrolments into the last of the capacity', async () => {
    // 10 x 91,795.01 = 917,950.10 of capacity: either loan fits, not both.
    const loans = await Promise.all([cityLoan(bank, '500000.00'), cityLoan(bank, '500000.00')]);
    const results = await Promise.all(loans.map((l) => as(bank.token, ENROL, { input: { fundId, loanId: l.loanId } })));
    const enrolled = results.filter((r) => r.body.errors === undefined);
    const refused = results.filter((r) => r.body.errors !== undefined);
    expect(enrolled).toHaveLength(1);
    expect(refused).toHaveLength(1);
    assertGqlError(refused[0] as (typeof results)[number], { code: 'CONFLICT', reason: 'LEVERAGE_LIMIT_EXCEEDED' });
    expect(assertGqlData(await as(program, FUND, { id: fundId })).riskFund).toMatchObject({
      coveredOutstanding: '500000.00',
      commitments: '270000.00',
      leverage: '5.4469',
    });
  });

  it("ends a rescheduled loan's cover: the successor is enrolled anew", async () => {
    assertGqlData(
      await as(program, CONTRIBUTE, { input: { fundId, amount: '200000.00', note: 'for restructurings' } }),
    );
    const before = assertGqlData(await as(program, FUND, { id: fundId })).riskFund.coveredOutstanding as string;
    const { loanId } = await cityLoan(bank, '300000.00');
    assertGqlData(await as(bank.token, ENROL, { input: { fundId, loanId } }));
    const RESCHEDULE = `mutation($id: ID!, $input: RescheduleLoanInput!) { rescheduleLoan(id: $id, input: $input) { id principal { amount } } }`;
    const rescheduled = assertGqlData(
      await as(bank.token, RESCHEDULE, {
        id: loanId,
        input: { annualRate: '0.049', termMonths: 24, repaymentMethod: 'ANNUITY', capitalizeUnpaidInterest: true },
      }),
    ).rescheduleLoan;
    const successor = rescheduled.id as string;
    // The old loan no longer counts against the leverage limit, and no loss can be claimed on it.
    expect(assertGqlData(await as(program, FUND, { id: fundId })).riskFund.coveredOutstanding).toBe(before);
    assertGqlError(await as(bank.token, FILE, { loanId }), {
      code: 'CONFLICT',
      reason: 'LOAN_RESCHEDULED',
      field: 'input.loanId',
    });
    const enrolled = assertGqlData(await as(bank.token, ENROL, { input: { fundId, loanId: successor } }));
    expect(enrolled.enrolLoanInRiskFund).toMatchObject({ status: 'ENROLLED', loanId: successor });
    const after = assertGqlData(await as(program, FUND, { id: fundId })).riskFund.coveredOutstanding as string;
    // 300,000 plus the month's capitalised interest (1,225.00) is the successor's principal, now covered.
    expect(rescheduled.principal.amount).toBe('301225.00');
    expect(new Decimal(after).minus(before).toFixed(2)).toBe('301225.00');
  });

  it('the demo seed gives Suzhou a capitalised fund the demo program staff run', async () => {
    const FUNDS = `query { riskFunds(city: "Suzhou") { ${FUND_FIELDS} ledger { edges { node { seq kind amount } } } } }`;
    const [fund] = assertGqlData(await as(await tokenFor('program'), FUNDS)).riskFunds as Json[];
    expect(fund).toMatchObject({
      city: 'Suzhou',
      ownerPartyId: DEMO_PARTIES.suzhouProgram.id,
      leverageLimit: '10',
      balance: '5000000.00',
      capacity: '50000000.00',
      currentRatio: { fundPart: '54', bankPart: '26', insurerPart: '16', appraiserPart: '4' },
      ledger: { edges: [{ node: { seq: 1, kind: 'CONTRIBUTION', amount: '5000000.00' } }] },
    });
  });
});
