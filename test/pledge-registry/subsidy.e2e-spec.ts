import { jest } from '@jest/globals';
import {
  activeLoan,
  assertGqlData,
  assertGqlError,
  createAsset,
  e2eEnv,
  gql,
  ownedBy,
  programPledgeParties,
  recordRepayment,
  registeredPledge,
  registerBankUser,
  registrySql,
  todayInChina,
  tokenFor,
  uniqueSuffix,
  type PledgeParties,
  type TestBank,
} from '@app/testing';

jest.setTimeout(180_000);

const env = e2eEnv();
const CLAIM_FIELDS = `id city kind year quarter periodStart periodEnd loanId borrowerPartyId ruleVersionId baseAmount rate
  computedAmount cappedAmount capNote status screening rejectionReason paidOn details`;
const CREATE_RULE = `mutation($input: SubsidyRuleVersionInput!, $key: String) {
  createSubsidyRuleVersion(input: $input, idempotencyKey: $key) {
    id city kind share upliftedShare capPerFirmYear capPerLoanYear effectiveFrom effectiveTo } }`;
const RULES = `query($city: String!, $kind: SubsidyKind) {
  subsidyRules(city: $city, kind: $kind) { id kind share effectiveFrom effectiveTo } }`;
const COMPUTE = `mutation($city: String!, $year: Int!, $quarter: Int!, $key: String) {
  computeSubsidyClaims(city: $city, year: $year, quarter: $quarter, idempotencyKey: $key) {
    city year quarter computed heldForReview rejected final cappedAmount } }`;
const CLAIMS = `query($filter: SubsidyClaimFilter!, $first: Int, $after: String) {
  subsidyClaims(filter: $filter, first: $first, after: $after) {
    edges { cursor node { ${CLAIM_FIELDS} ruleVersion { id share } } }
    pageInfo { hasNextPage endCursor } totals { count computedAmount cappedAmount } } }`;
const FIRM_TOTALS = `query($city: String!, $year: Int!, $kind: SubsidyKind) {
  subsidyFirmTotals(city: $city, year: $year, kind: $kind) {
    borrowerPartyId kind claimed approved paid cap remaining } }`;
const FACTS = `mutation($input: LoanSubsidyFactsInput!) {
  reportLoanSubsidyFacts(input: $input) { loanId insured guaranteed insurancePremium appraisalFee } }`;
const APPROVE = `mutation($ids: [ID!]!, $key: String) { approveSubsidyClaims(ids: $ids, idempotencyKey: $key) { id status } }`;
const PAY = `mutation($ids: [ID!]!, $on: LocalDate!) { paySubsidyClaims(ids: $ids, paidOn: $on) { id status paidOn } }`;
const SET_LPR = `mutation($input: LoanPrimeRateInput!) { setLoanPrimeRate(input: $input) { effectiveFrom rate } }`;
const ADD_ENTRY = `mutation($input: AddCreditListEntryInput!) { addCreditListEntry(input: $input) { id } }`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

interface Claim {
  id: string;
  loanId: string;
  kind: string;
  ruleVersionId: string;
  ruleVersion: { id: string };
  [field: string]: Json;
}

interface ClaimPage {
  edges: { cursor: string; node: Claim }[];
  pageInfo: { hasNextPage: boolean; endCursor: string };
  totals: Json;
}

const suffix = uniqueSuffix();
const cityA = `E2E-Subsidy-A-${suffix}`;
const cityB = `E2E-Subsidy-B-${suffix}`;

async function as(
  who: 'program' | 'admin' | 'sme' | 'bank' | 'registrar',
  query: string,
  variables: Record<string, unknown>,
) {
  return gql<Json>(env.gatewayUrl, query, variables, { token: await tokenFor(who) });
}

async function program(query: string, variables: Record<string, unknown>): Promise<Json> {
  return assertGqlData(await as('program', query, variables));
}

function rule(city: string, overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    city,
    kind: 'INTEREST_LPR_SHARE',
    title: 'E2E subsidy rule',
    share: '0.20',
    capPerFirmYear: '300000',
    effectiveFrom: '2024-01-01',
    ...overrides,
  };
}

/**
 * A loan of `principal` at 12 % over 3 months (equal principal), disbursed on `disbursedOn`:
 * the pledge is registered and the loan disbursed today through the API, then the
 * disbursement is moved back to a past quarter (claims run on ended quarters only).
 */
async function pastLoan(parties: PledgeParties, principal: string, disbursedOn: string): Promise<string> {
  const pledgeId = await registeredPledge(parties, {
    securedClaim: { type: 'LOAN', amount: principal, currency: 'CNY' },
    appraisedValue: principal,
  });
  const loanId = await activeLoan(parties.bank.token, pledgeId, { principal });
  await registrySql('UPDATE loan SET disbursed_on = $2 WHERE id = $1', [loanId, disbursedOn]);
  return loanId;
}

async function repay(bank: TestBank, loanId: string, amount: string, on: string): Promise<Json> {
  return assertGqlData(await recordRepayment(bank.token, loanId, amount, undefined, on)).recordRepayment;
}

async function claimsOf(filter: Record<string, unknown>): Promise<ClaimPage> {
  return (await program(CLAIMS, { filter, first: 100 })).subsidyClaims;
}

const byLoanKind = (connection: ClaimPage, loanId: string, kind: string): Json =>
  connection.edges.map((e) => e.node).find((c) => c.loanId === loanId && c.kind === kind);

describe('subsidy engine: 20 % of the 1-year LPR (50 % if insured), capped per firm; 50 % of the appraisal fee', () => {
  let bank: TestBank;
  let plain: PledgeParties;
  let insured: PledgeParties;
  let listed: PledgeParties;
  let plainLoan: string;
  let insuredLoan: string;
  let secondLoan: string;
  let listedLoan: string;
  let lprRule: Json;

  beforeAll(async () => {
    bank = await registerBankUser();
    [plain, insured, listed] = await Promise.all([
      programPledgeParties(cityA, null, 'G06F16/00', bank),
      programPledgeParties(cityA, null, 'H01M10/00', bank),
      programPledgeParties(cityA, null, 'A61K9/00', bank),
    ]);
    lprRule = (
      await program(CREATE_RULE, {
        input: rule(cityA, { share: '0.20', upliftedShare: '0.50', capPerFirmYear: '5000' }),
      })
    ).createSubsidyRuleVersion;
    await program(CREATE_RULE, {
      input: rule(cityA, { kind: 'APPRAISAL_FEE', share: '0.5', capPerFirmYear: '50000', capPerLoanYear: '10000' }),
    });
    const secondAsset = await createAsset({ owners: ownedBy(insured.sme.party), ipcClasses: ['H01M10/00'] });
    [plainLoan, insuredLoan, listedLoan] = await Promise.all([
      pastLoan(plain, '1000000.00', '2024-07-01'),
      pastLoan(insured, '1000000.00', '2024-07-01'),
      pastLoan(listed, '1000000.00', '2024-07-01'),
    ]);
    secondLoan = await pastLoan({ ...insured, assetId: secondAsset.id }, '1000000.00', '2024-07-02');
    // 410,000 on 16 August 2024: the first instalment's interest (10,000), then 400,000 of principal.
    const repayment = await repay(insured.bank, insuredLoan, '410000.00', '2024-08-16');
    expect([repayment.interestPaid.amount, repayment.principalPaid.amount]).toEqual(['10000.00', '400000.00']);
    await Promise.all([
      gql(
        env.gatewayUrl,
        FACTS,
        { input: { loanId: plainLoan, insured: false, guaranteed: false, appraisalFee: '30000' } },
        { token: bank.token },
      ),
      gql(
        env.gatewayUrl,
        FACTS,
        { input: { loanId: insuredLoan, insured: true, guaranteed: false, insurancePremium: '2000' } },
        { token: bank.token },
      ),
    ]).then((responses) => responses.forEach((r) => assertGqlData(r)));
    const registrar = await tokenFor('registrar');
    const entry = {
      creditCode: listed.sme.party.creditCode,
      entityName: 'Listed for the subsidy spec',
      conduct: 'FALSE_MATERIALS',
      issuingAuthority: 'CNIPA',
      listedOn: todayInChina(),
    };
    assertGqlData(await gql(env.gatewayUrl, ADD_ENTRY, { input: entry }, { token: registrar }));
  });

  it('computes the quarter per loan and kind with exact figures, caps and screening', async () => {
    const run = (await program(COMPUTE, { city: cityA, year: 2024, quarter: 3 })).computeSubsidyClaims;
    expect(run).toEqual({
      city: cityA,
      year: 2024,
      quarter: 3,
      computed: 4,
      heldForReview: 0,
      rejected: 1,
      final: 0,
      cappedAmount: '16723.89',
    });
    const ledger = await claimsOf({ city: cityA, year: 2024, quarter: 3 });
    const pick = (c: Json) => [
      c.baseAmount,
      c.rate,
      c.computedAmount,
      c.cappedAmount,
      c.capNote,
      c.status,
      c.screening,
    ];
    // 1,000,000 x (3.45 % x 21 days + 3.35 % x 71 days) / 360 = 8,619.44; x 20 %.
    expect(pick(byLoanKind(ledger, plainLoan, 'INTEREST_LPR_SHARE'))).toEqual([
      '8619.44',
      '0.2',
      '1723.89',
      '1723.89',
      null,
      'COMPUTED',
      'CLEAR',
    ]);
    // Insured: 50 % of 1,000,000 x 3.45 % x 21 + 1,000,000 x 3.35 % x 25 + 600,000 x 3.35 % x 46, / 360.
    expect(pick(byLoanKind(ledger, insuredLoan, 'INTEREST_LPR_SHARE'))).toEqual([
      '6907.22',
      '0.5',
      '3453.61',
      '3453.61',
      null,
      'COMPUTED',
      'CLEAR',
    ]);
    // The same firm's second loan (from 2 July, 20 % of 8,523.61) gets what is left of its 5,000 cap.
    expect(pick(byLoanKind(ledger, secondLoan, 'INTEREST_LPR_SHARE'))).toEqual([
      '8523.61',
      '0.2',
      '1704.72',
      '1546.39',
      'per-firm cap 5000.00 a year, 1546.39 left',
      'COMPUTED',
      'CLEAR',
    ]);
    // 50 % of the 30,000 appraisal fee, cut to the 10,000 per-loan cap.
    expect(pick(byLoanKind(ledger, plainLoan, 'APPRAISAL_FEE'))).toEqual([
      '30000.00',
      '0.5',
      '15000.00',
      '10000.00',
      'per-loan cap 10000.00 a year, 10000.00 left',
      'COMPUTED',
      'CLEAR',
    ]);
    const blocked = byLoanKind(ledger, listedLoan, 'INTEREST_LPR_SHARE');
    expect(pick(blocked)).toEqual(['8619.44', '0.2', '1723.89', '0.00', null, 'REJECTED', 'LISTED_BLOCKED']);
    expect(blocked.rejectionReason).toMatch(/^CREDIT_LISTED/);
    expect(byLoanKind(ledger, plainLoan, 'INTEREST_LPR_SHARE').details.segments).toEqual([
      { from: '2024-07-01', to: '2024-07-22', days: 21, balance: '1000000.00', lpr: '0.0345' },
      { from: '2024-07-22', to: '2024-10-01', days: 71, balance: '1000000.00', lpr: '0.0335' },
    ]);
    expect(ledger.totals).toEqual({ count: 5, computedAmount: '23606.11', cappedAmount: '16723.89' });
    expect(ledger.edges.every((e) => e.node.ruleVersionId === e.node.ruleVersion.id)).toBe(true);
  });

  it('recomputing the quarter writes no duplicate and keeps claim ids', async () => {
    const before = await claimsOf({ city: cityA, year: 2024, quarter: 3 });
    await program(COMPUTE, { city: cityA, year: 2024, quarter: 3, key: `subsidy-${suffix}-rerun` });
    await program(COMPUTE, { city: cityA, year: 2024, quarter: 3, key: `subsidy-${suffix}-rerun` });
    const after = await claimsOf({ city: cityA, year: 2024, quarter: 3 });
    expect(after.edges.map((e) => [e.node.id, e.node['cappedAmount']])).toEqual(
      before.edges.map((e) => [e.node.id, e.node['cappedAmount']]),
    );
    const [row] = await registrySql<{ n: number }>('SELECT count(*)::int AS n FROM subsidy_claim WHERE city = $1', [
      cityA,
    ]);
    expect(row?.n).toBe(5);
  });

  it('a paid claim keeps its figures through a later rule version and recomputation; the database refuses to change it', async () => {
    const claim = byLoanKind(await claimsOf({ city: cityA, year: 2024, quarter: 3 }), plainLoan, 'INTEREST_LPR_SHARE');
    expect((await program(APPROVE, { ids: [claim.id] })).approveSubsidyClaims[0].status).toBe('APPROVED');
    const paid = (await program(PAY, { ids: [claim.id], on: '2025-01-15' })).paySubsidyClaims[0];
    expect(paid).toEqual({ id: claim.id, status: 'PAID', paidOn: '2025-01-15' });
    const v2 = (
      await program(CREATE_RULE, {
        input: rule(cityA, { share: '0.30', capPerFirmYear: '5000', effectiveFrom: '2024-10-01' }),
      })
    ).createSubsidyRuleVersion;
    const history = (await program(RULES, { city: cityA, kind: 'INTEREST_LPR_SHARE' })).subsidyRules as {
      id: string;
      share: string;
      effectiveFrom: string;
      effectiveTo: string | null;
    }[];
    expect(history.map((r) => [r.id, r.share, r.effectiveFrom, r.effectiveTo])).toEqual([
      [lprRule.id, '0.2', '2024-01-01', '2024-10-01'],
      [v2.id, '0.3', '2024-10-01', null],
    ]);
    await program(COMPUTE, { city: cityA, year: 2024, quarter: 3 });
    const again = byLoanKind(await claimsOf({ city: cityA, year: 2024, quarter: 3 }), plainLoan, 'INTEREST_LPR_SHARE');
    expect(again).toEqual({ ...claim, status: 'PAID', paidOn: '2025-01-15' });
    const failure = await registrySql('UPDATE subsidy_claim SET capped_amount = 1 WHERE id = $1', [claim.id]).then(
      () => 'updated',
      (error: { code?: string }) => error.code,
    );
    expect(failure).toBe('42501');
    // Q4 under the new version: 30 % of 1,000,000 x (3.35 % x 20 + 3.10 % x 72) / 360 = 30 % of 8,061.11.
    await program(COMPUTE, { city: cityA, year: 2024, quarter: 4 });
    const q4 = byLoanKind(await claimsOf({ city: cityA, year: 2024, quarter: 4 }), plainLoan, 'INTEREST_LPR_SHARE');
    expect([q4.ruleVersionId, q4.baseAmount, q4.computedAmount, q4.cappedAmount]).toEqual([
      v2.id,
      '8061.11',
      '2418.33',
      '2418.33',
    ]);
    const totals = (await program(FIRM_TOTALS, { city: cityA, year: 2024, kind: 'INTEREST_LPR_SHARE' }))
      .subsidyFirmTotals as { borrowerPartyId: string }[];
    expect(totals.find((t) => t.borrowerPartyId === plain.sme.party.id)).toEqual({
      borrowerPartyId: plain.sme.party.id,
      kind: 'INTEREST_LPR_SHARE',
      claimed: '4142.22',
      approved: '1723.89',
      paid: '1723.89',
      cap: '5000.00',
      remaining: '857.78',
    });
  });

  it('an overlapping version is a CONFLICT naming effectiveFrom, and nothing is written', async () => {
    const count = async () =>
      (
        await registrySql<{ n: number }>('SELECT count(*)::int AS n FROM subsidy_rule_version WHERE city = $1', [cityA])
      )[0]?.n;
    const before = await count();
    assertGqlError(await as('program', CREATE_RULE, { input: rule(cityA, { effectiveFrom: '2024-07-01' }) }), {
      code: 'CONFLICT',
      reason: 'SUBSIDY_RULE_OVERLAP',
      field: 'input.effectiveFrom',
    });
    assertGqlError(
      await as('program', CREATE_RULE, {
        input: rule(cityA, { kind: 'APPRAISAL_FEE', effectiveFrom: '2023-10-01', effectiveTo: '2024-04-01' }),
      }),
      { code: 'CONFLICT', reason: 'SUBSIDY_RULE_OVERLAP', field: 'input.effectiveFrom' },
    );
    expect(await count()).toBe(before);
    // The database refuses it too, whatever writes it.
    const failure = await registrySql(
      `INSERT INTO subsidy_rule_version (city, kind, title, share, cap_per_firm_year, effective_from)
       VALUES ($1, 'INTEREST_LPR_SHARE', 'overlap', 0.1, 0, DATE '2025-01-01')`,
      [cityA],
    ).then(
      () => 'inserted',
      (error: { code?: string }) => error.code,
    );
    expect(failure).toBe('23P01');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a negative cap', { capPerFirmYear: '-1' }, 'input.capPerFirmYear'],
    ['a negative per-loan cap', { capPerLoanYear: '-0.01' }, 'input.capPerLoanYear'],
    ['a share above 1', { share: '1.5' }, 'input.share'],
    ['an uplift below the share', { share: '0.5', upliftedShare: '0.2' }, 'input.upliftedShare'],
    ['a start that is not a quarter start', { effectiveFrom: '2030-02-01' }, 'input.effectiveFrom'],
  ])('%s is BAD_USER_INPUT naming the field, nothing written', async (_name, overrides, field) => {
    const city = `E2E-Subsidy-Bad-${uniqueSuffix()}`;
    assertGqlError(await as('program', CREATE_RULE, { input: rule(city, overrides) }), {
      code: 'BAD_USER_INPUT',
      field,
    });
    expect(await registrySql('SELECT 1 FROM subsidy_rule_version WHERE city = $1', [city])).toEqual([]);
  });

  it('only program staff and admins compute; a bank reports facts only for its own loans', async () => {
    for (const who of ['sme', 'bank', 'registrar'] as const) {
      assertGqlError(await as(who, COMPUTE, { city: cityA, year: 2024, quarter: 3 }), { code: 'FORBIDDEN' });
      assertGqlError(await as(who, CLAIMS, { filter: { city: cityA } }), { code: 'FORBIDDEN' });
    }
    assertGqlError(await as('sme', FACTS, { input: { loanId: plainLoan, insured: true, guaranteed: false } }), {
      code: 'FORBIDDEN',
    });
    const other = await registerBankUser();
    const res = await gql(
      env.gatewayUrl,
      FACTS,
      { input: { loanId: plainLoan, insured: true, guaranteed: false } },
      { token: other.token },
    );
    assertGqlError(res, { code: 'NOT_FOUND', reason: 'SUBSIDY_LOAN_NOT_FOUND', field: 'input.loanId' });
    assertGqlError(await as('program', COMPUTE, { city: cityA, year: 2099, quarter: 1 }), {
      code: 'BAD_USER_INPUT',
      field: 'quarter',
    });
    // Found by fuzzing: year -1 reached PostgreSQL's make_date and came back INTERNAL_SERVER_ERROR.
    for (const year of [-1, 0, 1999, 2101]) {
      assertGqlError(await as('program', FIRM_TOTALS, { city: cityA, year }), {
        code: 'BAD_USER_INPUT',
        reason: 'SUBSIDY_INPUT_INVALID',
        field: 'year',
      });
    }
  });
});

describe('subsidy engine: 40 % of interest paid, capped at 500,000 a year', () => {
  let firm: PledgeParties;
  let big: string;
  let small: string;

  beforeAll(async () => {
    const bank = await registerBankUser();
    firm = await programPledgeParties(cityB, null, 'G06F16/00', bank);
    await program(CREATE_RULE, {
      input: rule(cityB, { kind: 'INTEREST_PAID_SHARE', share: '0.40', capPerFirmYear: '500000' }),
    });
    const second = await createAsset({ owners: ownedBy(firm.sme.party), ipcClasses: ['G06F17/00'] });
    big = await pastLoan(firm, '100000000.00', '2024-07-01');
    small = await pastLoan({ ...firm, assetId: second.id }, '50000000.00', '2024-07-02');
    // Each pays its first instalment's interest (principal x 12 % / 12).
    expect((await repay(bank, big, '1000000.00', '2024-07-31')).interestPaid.amount).toBe('1000000.00');
    expect((await repay(bank, small, '500000.00', '2024-08-01')).interestPaid.amount).toBe('500000.00');
  });

  it('gives the firm 500,000 of the 600,000 its two loans claim, in disbursement order', async () => {
    await program(COMPUTE, { city: cityB, year: 2024, quarter: 3 });
    const ledger = await claimsOf({ city: cityB, year: 2024 });
    const pick = (c: Json) => [c.baseAmount, c.rate, c.computedAmount, c.cappedAmount, c.capNote];
    expect(pick(byLoanKind(ledger, big, 'INTEREST_PAID_SHARE'))).toEqual([
      '1000000.00',
      '0.4',
      '400000.00',
      '400000.00',
      null,
    ]);
    expect(pick(byLoanKind(ledger, small, 'INTEREST_PAID_SHARE'))).toEqual([
      '500000.00',
      '0.4',
      '200000.00',
      '100000.00',
      'per-firm cap 500000.00 a year, 100000.00 left',
    ]);
    expect(ledger.totals).toEqual({ count: 2, computedAmount: '600000.00', cappedAmount: '500000.00' });
    const totals = (await program(FIRM_TOTALS, { city: cityB, year: 2024 })).subsidyFirmTotals;
    expect(totals).toEqual([
      {
        borrowerPartyId: firm.sme.party.id,
        kind: 'INTEREST_PAID_SHARE',
        claimed: '500000.00',
        approved: '0.00',
        paid: '0.00',
        cap: '500000.00',
        remaining: '0.00',
      },
    ]);
    // Paginated: one claim a page, the cursor leads to the other.
    const first = (await program(CLAIMS, { filter: { city: cityB }, first: 1 })).subsidyClaims;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await program(CLAIMS, { filter: { city: cityB }, first: 1, after: first.pageInfo.endCursor }))
      .subsidyClaims;
    expect(next.edges[0].node.id).not.toBe(first.edges[0].node.id);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it('once claims are paid, a version reaching back into their quarter is refused', async () => {
    const ids = (await claimsOf({ city: cityB })).edges.map((e) => e.node.id);
    await program(APPROVE, { ids });
    await program(PAY, { ids, on: '2025-01-10' });
    assertGqlError(await as('program', APPROVE, { ids }), { code: 'CONFLICT', reason: 'SUBSIDY_CLAIM_TRANSITION' });
    assertGqlError(
      await as('program', CREATE_RULE, {
        input: rule(cityB, { kind: 'INTEREST_PAID_SHARE', effectiveFrom: '2024-07-01' }),
      }),
      { code: 'CONFLICT', reason: 'SUBSIDY_PERIOD_DECIDED', field: 'input.effectiveFrom' },
    );
  });
});

describe('1-year LPR table', () => {
  it('holds the published history and takes new entries once', async () => {
    const rates = (await program('{ loanPrimeRates { effectiveFrom rate } }', {})).loanPrimeRates;
    expect(rates).toEqual(
      expect.arrayContaining([
        { effectiveFrom: '2022-08-22', rate: '0.0365' },
        { effectiveFrom: '2023-06-20', rate: '0.0355' },
        { effectiveFrom: '2023-08-21', rate: '0.0345' },
        { effectiveFrom: '2024-07-22', rate: '0.0335' },
        { effectiveFrom: '2024-10-21', rate: '0.0310' },
        { effectiveFrom: '2025-05-20', rate: '0.0300' },
      ]),
    );
    // The first LPR after the August 2019 reform: harmless to the figures above (2022 on).
    const input = { effectiveFrom: '2019-08-20', rate: '0.0425' };
    expect((await program(SET_LPR, { input })).setLoanPrimeRate).toEqual(input);
    expect((await program(SET_LPR, { input })).setLoanPrimeRate).toEqual(input);
    assertGqlError(await as('program', SET_LPR, { input: { ...input, rate: '0.0431' } }), {
      code: 'CONFLICT',
      reason: 'LPR_EXISTS',
      field: 'input.effectiveFrom',
    });
    assertGqlError(await as('bank', SET_LPR, { input }), { code: 'FORBIDDEN' });
    assertGqlError(await as('program', SET_LPR, { input: { ...input, rate: '-0.01' } }), {
      code: 'BAD_USER_INPUT',
      field: 'input.rate',
    });
  });
});
