import { jest } from '@jest/globals';
import {
  arrangerOf,
  assertGqlData,
  assertGqlError,
  e2eEnv,
  gql,
  poolableLoan,
  programPledgeParties,
  registerBankUser,
  registrySql,
  shiftDate,
  todayInChina,
  tokenFor,
  uniqueSuffix,
  type PledgeParties,
  type TestBank,
} from '@app/testing';

jest.setTimeout(240_000);

const env = e2eEnv();
const today = todayInChina();
const suffix = uniqueSuffix();
const cityA = `E2E-PoolA-${suffix}`;
const cityB = `E2E-PoolB-${suffix}`;

const POOL_FIELDS = `id name currency arrangerPartyId status requirePledgeRegistered requirePatentLifeCoversTerm
  requireNotInDefault requireObligorNotCreditListed requireNotInAnotherPool maxObligorShare maxIndustryShare maxCityShare
  candidates { id kind loanId receivableId status reasons }`;
const ANALYTICS = `analytics { count balance weightedAverageRate weightedAverageRemainingMonths ltv
  weightedAverageRemainingPatentYears byObligor { key balance share } byIndustry { key balance share }
  byCity { key balance share } assets { id title latestValuation { id version } } }`;
const CREATE = `mutation($input: CreateSecuritizationPoolInput!, $key: String) {
  createSecuritizationPool(input: $input, idempotencyKey: $key) { ${POOL_FIELDS} } }`;
const ADD = `mutation($poolId: ID!, $loanId: ID!, $key: String) {
  addLoanToPool(poolId: $poolId, loanId: $loanId, idempotencyKey: $key) { id kind loanId status reasons } }`;
const LIMITS = `mutation($input: SetSecuritizationPoolLimitsInput!) {
  setSecuritizationPoolLimits(input: $input) { ${POOL_FIELDS} } }`;
const REMOVE = `mutation($id: ID!) { removePoolCandidate(candidateId: $id) { id candidates { id } } }`;
const POOL = `query($id: ID!) { securitizationPool(id: $id) { ${POOL_FIELDS} ${ANALYTICS} } }`;
const VALUE = `mutation($input: CreateValuationInput!) { createValuation(input: $input) { id version } }`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const as = (token: string, query: string, variables: Record<string, unknown> = {}) =>
  gql<Json>(env.gatewayUrl, query, variables, { token });

/** The spec's bank's pools (other specs create pools of their own banks in parallel). */
async function poolCount(): Promise<number> {
  const [row] = await registrySql<{ n: number }>(
    'SELECT count(*)::int AS n FROM securitization_pool WHERE arranger_party_id = $1',
    [bank.partyId],
  );
  return row?.n ?? 0;
}

async function candidateRows(loanId: string): Promise<{ pool_id: string; status: string }[]> {
  return registrySql('SELECT pool_id, status FROM pool_candidate WHERE loan_id = $1', [loanId]);
}

/** A loan of the bank to a fresh SME of `city` (or another of `parties`' SME), its asset expiring `expiryDays` from today. */
const loan = (
  bank: TestBank,
  city: string,
  ipc: string,
  principal: string,
  annualRate: string,
  termMonths: number,
  appraisedValue: string,
  expiryDays: number,
  parties?: PledgeParties,
) => poolableLoan(bank, { city, ipc, principal, annualRate, termMonths, appraisedValue, expiryDays, parties });

let bank: TestBank;
let arranger: string;
let poolId: string;
let first: Awaited<ReturnType<typeof loan>>;
let second: Awaited<ReturnType<typeof loan>>;

beforeAll(async () => {
  bank = await registerBankUser();
  arranger = await arrangerOf(bank);
  // 1,000.00 at 10 % for 3 months (industry H, city A), 3,000.00 at 6 % for 12 months (industry G, city B);
  // the assets expire 4 and 8 years (1461 and 2922 days) from today.
  first = await loan(bank, cityA, 'H01L27/11', '1000.00', '0.10', 3, '4000.00', 1461);
  second = await loan(bank, cityB, 'G06F16/00', '3000.00', '0.06', 12, '6000.00', 2922);
});

describe('creating a pool', () => {
  it('refuses bad limits naming the field, writes nothing, and lets only arrangers create', async () => {
    const before = await poolCount();
    for (const [field, value] of [
      ['maxObligorShare', '-0.1'],
      ['maxIndustryShare', '1.5'],
      ['maxCityShare', '0'],
    ] as const) {
      assertGqlError(await as(arranger, CREATE, { input: { name: 'Bad', [field]: value } }), {
        code: 'BAD_USER_INPUT',
        field: `input.${field}`,
      });
    }
    assertGqlError(await as(bank.token, CREATE, { input: { name: 'No arranger' } }), { code: 'FORBIDDEN' });
    const sme = await tokenFor('sme');
    assertGqlError(await as(sme, CREATE, { input: { name: 'SME' } }), { code: 'FORBIDDEN' });
    expect(await poolCount()).toBe(before);
  });

  it('creates a DRAFT pool with every criterion on by default, idempotently', async () => {
    const key = `pool-${suffix}`;
    const created = assertGqlData(
      await as(arranger, CREATE, { input: { name: 'Pool 1' }, key }),
    ).createSecuritizationPool;
    expect(created).toMatchObject({
      name: 'Pool 1',
      currency: 'CNY',
      arrangerPartyId: bank.partyId,
      status: 'DRAFT',
      requirePledgeRegistered: true,
      requirePatentLifeCoversTerm: true,
      requireNotInDefault: true,
      requireObligorNotCreditListed: true,
      requireNotInAnotherPool: true,
      maxObligorShare: null,
      candidates: [],
    });
    const again = assertGqlData(
      await as(arranger, CREATE, { input: { name: 'Pool 1' }, key }),
    ).createSecuritizationPool;
    expect(again.id).toBe(created.id);
    poolId = created.id;
  });
});

describe('candidates', () => {
  it('includes eligible loans and computes exact analytics with the federated assets', async () => {
    for (const l of [first, second]) {
      expect(assertGqlData(await as(arranger, ADD, { poolId, loanId: l.loanId })).addLoanToPool).toMatchObject({
        kind: 'LOAN',
        loanId: l.loanId,
        status: 'INCLUDED',
        reasons: [],
      });
    }
    const audited = await registrySql<{ action: string; subject_type: string }>(
      'SELECT action, subject_type FROM audit_event WHERE asset_id = $1 AND subject_type = $2',
      [first.assetId, 'POOL_CANDIDATE'],
    );
    expect(audited).toEqual([{ action: 'POOL_CANDIDATE_INCLUDED', subject_type: 'POOL_CANDIDATE' }]);
    const valuation = assertGqlData(
      await as(await tokenFor('bank'), VALUE, {
        input: {
          assetId: first.assetId,
          assumptions: {
            economicLifeYears: 5,
            taxRate: '0.25',
            discountRate: '0.1',
            reliefFromRoyalty: {
              projection: { baseRevenue: '1000000', growthRate: '0.03', years: 5 },
              royaltyRate: '0.04',
            },
          },
        },
      }),
    ).createValuation;

    const pool = assertGqlData(await as(await tokenFor('program'), POOL, { id: poolId })).securitizationPool;
    const a = pool.analytics;
    expect({ ...a, byObligor: undefined, byIndustry: undefined, byCity: undefined, assets: undefined }).toEqual({
      count: 2,
      balance: '4000.00',
      // (1000 x 0.10 + 3000 x 0.06) / 4000; (1000 x 3 + 3000 x 12) / 4000; 4000 / (4000 + 6000); (4 + 3 x 8) / 4
      weightedAverageRate: '0.07000000',
      weightedAverageRemainingMonths: '9.75',
      ltv: '0.4000',
      weightedAverageRemainingPatentYears: '7.00',
      byObligor: undefined,
      byIndustry: undefined,
      byCity: undefined,
      assets: undefined,
    });
    expect(a.byObligor).toEqual([
      { key: second.parties.sme.party.id, balance: '3000.00', share: '0.75000000' },
      { key: first.parties.sme.party.id, balance: '1000.00', share: '0.25000000' },
    ]);
    expect((a.byIndustry as Json[]).map((c) => [c.key, c.share])).toEqual([
      ['G', '0.75000000'],
      ['H', '0.25000000'],
    ]);
    expect((a.byCity as Json[]).map((c) => [c.key, c.share])).toEqual([
      [cityB, '0.75000000'],
      [cityA, '0.25000000'],
    ]);
    const assets = new Map((a.assets as Json[]).map((x) => [x.id, x]));
    expect([...assets.keys()].sort()).toEqual([first.assetId, second.assetId].sort());
    expect(assets.get(first.assetId).latestValuation).toEqual({ id: valuation.id, version: 1 });
    expect(assets.get(second.assetId).latestValuation).toBeNull();
  });

  it('rejects an ineligible loan with every reason at once, and counts it nowhere', async () => {
    const bad = await loan(bank, cityA, 'H01L27/11', '500.00', '0.08', 6, '2000.00', 30);
    await registrySql('UPDATE loan SET defaulted_on = disbursed_on WHERE id = $1', [bad.loanId]);
    assertGqlData(
      await as(
        await tokenFor('registrar'),
        'mutation($input: AddCreditListEntryInput!) { addCreditListEntry(input: $input) { id } }',
        {
          input: {
            creditCode: bad.parties.sme.party.creditCode,
            entityName: bad.parties.sme.party.name,
            conduct: 'FALSE_MATERIALS',
            issuingAuthority: 'E2E IP office',
            listedOn: today,
          },
        },
      ),
    );
    const rejected = assertGqlData(await as(arranger, ADD, { poolId, loanId: bad.loanId })).addLoanToPool;
    expect(rejected).toMatchObject({
      status: 'REJECTED',
      reasons: ['PATENT_LIFE_SHORTER_THAN_TERM', 'IN_DEFAULT', 'OBLIGOR_CREDIT_LISTED'],
    });
    const pool = assertGqlData(await as(arranger, POOL, { id: poolId })).securitizationPool;
    expect(pool.analytics.count).toBe(2);
    expect((pool.candidates as Json[]).find((c) => c.loanId === bad.loanId)).toMatchObject({ status: 'REJECTED' });
    // A rejected candidate can be taken out; it never counted.
    const rejectedId = (pool.candidates as Json[]).find((c) => c.loanId === bad.loanId).id as string;
    const removed = assertGqlData(await as(arranger, REMOVE, { id: rejectedId })).removePoolCandidate;
    expect((removed.candidates as Json[]).map((c) => c.id)).not.toContain(rejectedId);
  });

  it('rejects a loan already in another pool (IN_ANOTHER_POOL), and the database refuses a second inclusion', async () => {
    const other = assertGqlData(await as(arranger, CREATE, { input: { name: 'Pool 2' } })).createSecuritizationPool;
    const rejected = assertGqlData(await as(arranger, ADD, { poolId: other.id, loanId: first.loanId })).addLoanToPool;
    expect(rejected).toMatchObject({ status: 'REJECTED', reasons: ['IN_ANOTHER_POOL'] });
    const third = assertGqlData(await as(arranger, CREATE, { input: { name: 'Pool 3' } })).createSecuritizationPool;
    await expect(
      registrySql(`INSERT INTO pool_candidate (pool_id, kind, loan_id, status) VALUES ($1, 'LOAN', $2, 'INCLUDED')`, [
        third.id,
        first.loanId,
      ]),
    ).rejects.toThrow(/uq_pool_candidate_included_loan/);
    expect((await candidateRows(first.loanId)).filter((r) => r.status === 'INCLUDED')).toEqual([
      { pool_id: poolId, status: 'INCLUDED' },
    ]);
  });

  it("lists pools with each pool's own candidates and analytics (batched for the whole list)", async () => {
    const LIST = `query { securitizationPools { id candidates { id status } ${ANALYTICS} } }`;
    const pools = assertGqlData(await as(arranger, LIST)).securitizationPools as Json[];
    expect(pools.length).toBeGreaterThanOrEqual(3);
    for (const listed of pools) {
      const single = assertGqlData(await as(arranger, POOL, { id: listed.id })).securitizationPool;
      expect(listed.analytics).toEqual(single.analytics);
      expect((listed.candidates as Json[]).length).toBe(
        (await registrySql('SELECT 1 FROM pool_candidate WHERE pool_id = $1', [listed.id])).length,
      );
    }
    expect(pools.find((p) => p.id === poolId)?.analytics.count).toBeGreaterThan(0);
  });

  it('refuses a concentration breach (CONFLICT naming limit, key and share) and writes nothing', async () => {
    // Obligor shares 0.75 / 0.25: a 0.8 limit holds, a 0.5 city limit would not.
    assertGqlError(await as(arranger, LIMITS, { input: { poolId, maxCityShare: '0.5' } }), {
      code: 'CONFLICT',
      reason: 'CONCENTRATION_LIMIT_EXCEEDED',
    });
    const set = assertGqlData(
      await as(arranger, LIMITS, { input: { poolId, maxObligorShare: '0.8' } }),
    ).setSecuritizationPoolLimits;
    expect([set.maxObligorShare, set.maxCityShare]).toEqual(['0.8', null]);

    // 2,000.00 more to the second obligor: 5000 / 6000 = 0.83333333 > 0.8.
    const more = await loan(bank, cityB, 'G06F16/00', '2000.00', '0.06', 12, '5000.00', 2922, second.parties);
    const response = await as(arranger, ADD, { poolId, loanId: more.loanId });
    assertGqlError(response, { code: 'CONFLICT', reason: 'CONCENTRATION_LIMIT_EXCEEDED' });
    expect(response.body.errors?.[0]?.extensions?.details).toEqual({
      breaches: [{ limit: 'SINGLE_OBLIGOR', key: second.parties.sme.party.id, share: '0.83333333', max: '0.8' }],
    });
    expect(await candidateRows(more.loanId)).toEqual([]);
  });

  it('refuses a removal that would leave the pool over a limit', async () => {
    const pool = assertGqlData(await as(arranger, POOL, { id: poolId })).securitizationPool;
    const firstCandidate = (pool.candidates as Json[]).find((c) => c.loanId === first.loanId);
    assertGqlError(await as(arranger, REMOVE, { id: firstCandidate.id }), {
      code: 'CONFLICT',
      reason: 'CONCENTRATION_LIMIT_EXCEEDED',
    });
    expect(await candidateRows(first.loanId)).toContainEqual({ pool_id: poolId, status: 'INCLUDED' });
  });
});

describe('royalty receivables', () => {
  const RECORD = `mutation($input: RecordRoyaltyReceivableInput!) {
    recordRoyaltyReceivable(input: $input) { id licensorPartyId assetId outstandingAmount annualRate maturityDate } }`;
  const ADD_RECEIVABLE = `mutation($poolId: ID!, $id: ID!) {
    addRoyaltyReceivableToPool(poolId: $poolId, receivableId: $id) { kind receivableId status reasons } }`;

  it('refuses a rate outside [0, 1] or a non-positive amount naming the field, then pools a valid one', async () => {
    const parties = await programPledgeParties(cityA, null, 'A61K31/00', bank);
    const input = {
      licensorPartyId: parties.sme.party.id,
      licenseeName: 'E2E Licensee Ltd.',
      assetId: parties.assetId,
      outstandingAmount: '400.00',
      annualRate: '0.05',
      maturityDate: shiftDate(today, 365),
    };
    const [before] = await registrySql<{ n: number }>('SELECT count(*)::int AS n FROM royalty_receivable');
    for (const [field, value] of [
      ['annualRate', '1.01'],
      ['annualRate', '-0.01'],
      ['outstandingAmount', '-5'],
    ] as const) {
      assertGqlError(await as(arranger, RECORD, { input: { ...input, [field]: value } }), {
        code: 'BAD_USER_INPUT',
        field: `input.${field}`,
      });
    }
    const [after] = await registrySql<{ n: number }>('SELECT count(*)::int AS n FROM royalty_receivable');
    expect(after?.n).toBe(before?.n);

    const receivable = assertGqlData(await as(arranger, RECORD, { input })).recordRoyaltyReceivable;
    expect(receivable).toMatchObject({ outstandingAmount: '400.00', annualRate: '0.05' });
    const fresh = assertGqlData(await as(arranger, CREATE, { input: { name: 'Royalties' } })).createSecuritizationPool;
    expect(
      assertGqlData(await as(arranger, ADD_RECEIVABLE, { poolId: fresh.id, id: receivable.id }))
        .addRoyaltyReceivableToPool,
    ).toEqual({ kind: 'ROYALTY_RECEIVABLE', receivableId: receivable.id, status: 'INCLUDED', reasons: [] });
    const a = assertGqlData(await as(arranger, POOL, { id: fresh.id })).securitizationPool.analytics;
    // No pledge behind a receivable: no LTV; 12 months to maturity; industry A from the licensed asset.
    expect([a.balance, a.weightedAverageRate, a.weightedAverageRemainingMonths, a.ltv, a.byIndustry[0].key]).toEqual([
      '400.00',
      '0.05000000',
      '12.00',
      null,
      'A',
    ]);
  });
});

describe('access', () => {
  it('hides a pool from another bank and refuses changes by anyone but its arrangers', async () => {
    const otherArranger = await arrangerOf(await registerBankUser());
    assertGqlError(await as(otherArranger, POOL, { id: poolId }), { code: 'NOT_FOUND', reason: 'POOL_NOT_FOUND' });
    assertGqlError(await as(await tokenFor('bank'), ADD, { poolId, loanId: second.loanId }), {
      code: 'NOT_FOUND',
      reason: 'POOL_NOT_FOUND',
    });
    assertGqlError(await as(bank.token, POOL, { id: poolId }), { code: 'FORBIDDEN' });
    assertGqlError(await as(bank.token, ADD, { poolId, loanId: second.loanId }), { code: 'FORBIDDEN' });
    assertGqlError(await as(await tokenFor('sme'), POOL, { id: poolId }), { code: 'FORBIDDEN' });
    assertGqlError(await as(await tokenFor('program'), ADD, { poolId, loanId: second.loanId }), { code: 'FORBIDDEN' });
    expect(assertGqlData(await as(await tokenFor('admin'), POOL, { id: poolId })).securitizationPool.id).toBe(poolId);
  });
});
