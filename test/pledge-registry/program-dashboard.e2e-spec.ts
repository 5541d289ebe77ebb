import { jest } from '@jest/globals';
import {
  assertGqlData,
  assertGqlError,
  createAsset,
  e2eEnv,
  gql,
  ownedBy,
  programPledgeParties,
  registeredPledge,
  registerBankUser,
  registrySql,
  sql,
  todayInChina,
  tokenFor,
  uniqueSuffix,
  type PledgeParties,
  type TestBank,
} from '@app/testing';
import {
  NAIVE_CELLS_SQL,
  NAIVE_CITY_QUARTER_SQL,
  NAIVE_ENTERPRISES_SQL,
  NAIVE_LOAN_CELLS_SQL,
  ROLLUP_CELLS_SQL,
  ROLLUP_CITY_QUARTER_SQL,
  ROLLUP_ENTERPRISES_SQL,
  ROLLUP_LOAN_CELLS_SQL,
} from '@app/program-volume';

jest.setTimeout(120_000);

const env = e2eEnv();
const DASHBOARD = `query($city: String!, $year: Int!, $district: String) {
  programDashboard(city: $city, year: $year, district: $district) {
    city district year quarters { quarter registrations amount } total { registrations amount }
    previousYearTotal { registrations amount } byLender { key registrations amount }
    byIpcSection { key registrations amount } bySizeBand { key registrations amount } underTenMillionShare
    underTenMillionShareBasis registrationsUnderTenMillionShare loans { total { loans amount } }
    firstTime { registrations amount } enterprisesServed elapsedFraction projection { registrations amount }
    growth projectedGrowth growthTarget growthOnTrack target { id targetAmount targetRegistrations targetEnterprises }
    amountAttainment registrationsAttainment enterprisesAttainment track } }`;
const SET_TARGET = `mutation($input: ProgramTargetInput!, $key: String) {
  setProgramTarget(input: $input, idempotencyKey: $key) {
    id city district year targetAmount targetRegistrations targetEnterprises } }`;
const REVOKE = `mutation($id: ID!) { revokePledgeRegistration(id: $id, note: "registered in error") { status } }`;

const today = todayInChina();
const year = Number(today.slice(0, 4));
const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
const city = `E2E-Program-${uniqueSuffix()}`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function dashboard(variables: Record<string, unknown>, who: 'program' | 'admin' = 'program'): Promise<Json> {
  const res = await gql(env.gatewayUrl, DASHBOARD, { city, year, ...variables }, { token: await tokenFor(who) });
  return assertGqlData(res).programDashboard;
}

async function equalPaths(district: string | null): Promise<void> {
  const params = [city, [year - 1, year], district, null];
  expect(await registrySql(ROLLUP_CELLS_SQL, params)).toEqual(await registrySql(NAIVE_CELLS_SQL, params));
  expect(await registrySql(ROLLUP_ENTERPRISES_SQL, params)).toEqual(await registrySql(NAIVE_ENTERPRISES_SQL, params));
  expect(await registrySql(ROLLUP_LOAN_CELLS_SQL, params)).toEqual(await registrySql(NAIVE_LOAN_CELLS_SQL, params));
  // The all-city report, restricted to this spec's city (other specs register in parallel).
  const mine = (rows: { city: string }[]): { city: string }[] => rows.filter((r) => r.city === city);
  expect(mine(await registrySql(ROLLUP_CITY_QUARTER_SQL, [year]))).toEqual(
    mine(await registrySql(NAIVE_CITY_QUARTER_SQL, [year])),
  );
}

describe('city program dashboard', () => {
  let north: PledgeParties;
  let south: PledgeParties;
  let northFirst: string;
  let northBig: string;
  let southPledge: string;
  let bankTwo: TestBank;

  beforeAll(async () => {
    const bankOne = await registerBankUser();
    [north, south] = await Promise.all([
      programPledgeParties(city, 'North', 'G06F16/00', bankOne),
      programPledgeParties(city, 'South', 'A61K9/00', bankOne),
    ]);
    bankTwo = await registerBankUser();
    const second = await createAsset({ owners: ownedBy(north.sme.party), ipcClasses: ['H01M10/00'] });
    [northFirst, southPledge] = await Promise.all([
      registeredPledge(north, { securedClaim: { type: 'LOAN', amount: '5000000.00', currency: 'CNY' } }),
      registeredPledge(south, { securedClaim: { type: 'LOAN', amount: '3000000.00', currency: 'CNY' } }),
    ]);
    northBig = await registeredPledge(
      { ...north, bank: bankTwo, assetId: second.id },
      { securedClaim: { type: 'LOAN', amount: '12000000.00', currency: 'CNY' } },
    );
  });

  it('shows the registered volume by quarter, lender, IPC section, size band and first-time pledgers', async () => {
    const d = await dashboard({});
    expect(d.total).toEqual({ registrations: 3, amount: '20000000.00' });
    expect(d.quarters).toHaveLength(4);
    for (const q of d.quarters) {
      expect(q).toEqual(
        q.quarter === quarter
          ? { quarter, registrations: 3, amount: '20000000.00' }
          : { quarter: q.quarter, registrations: 0, amount: '0.00' },
      );
    }
    expect(d.byLender).toEqual([
      { key: bankTwo.partyId, registrations: 1, amount: '12000000.00' },
      { key: south.bank.partyId, registrations: 2, amount: '8000000.00' },
    ]);
    expect(d.byIpcSection).toEqual([
      { key: 'H', registrations: 1, amount: '12000000.00' },
      { key: 'G', registrations: 1, amount: '5000000.00' },
      { key: 'A', registrations: 1, amount: '3000000.00' },
    ]);
    expect(d.bySizeBand).toEqual([
      { key: 'OVER_10M', registrations: 1, amount: '12000000.00' },
      { key: 'UNDER_10M', registrations: 2, amount: '8000000.00' },
    ]);
    expect(d.underTenMillionShare).toBe('0.6667');
    // No loan disbursed yet: the policy share stands on the registrations' secured amount.
    expect(d.underTenMillionShareBasis).toBe('SECURED_AMOUNT');
    expect(d.registrationsUnderTenMillionShare).toBe('0.6667');
    expect(d.loans.total).toEqual({ loans: 0, amount: '0.00' });
    // Both north pledges were registered today: the earlier pledge id is the first-time one.
    const northFirstTime = northFirst < northBig ? '5000000.00' : '12000000.00';
    const firstAmount = (Number(northFirstTime) + 3000000).toFixed(2);
    expect(d.firstTime).toEqual({ registrations: 2, amount: firstAmount });
    expect(d.enterprisesServed).toBe(2);
    expect(d.previousYearTotal).toEqual({ registrations: 0, amount: '0.00' });
    expect(d.growth).toBeNull();
    expect(d.growthTarget).toBe('0.2');
    expect(d.track).toBe('NO_TARGET');
    expect(Number(d.elapsedFraction)).toBeGreaterThan(0);
    expect(d.projection.registrations).toBeGreaterThanOrEqual(3);

    const northOnly = await dashboard({ district: 'North' });
    expect(northOnly.total).toEqual({ registrations: 2, amount: '17000000.00' });
    expect(northOnly.enterprisesServed).toBe(1);
    await equalPaths(null);
    await equalPaths('North');
  });

  it('sets a target (upsert, whole city = no district) and measures attainment against it', async () => {
    const input = { city, year, targetAmount: '40000000', targetRegistrations: 10, targetEnterprises: 5 };
    const token = await tokenFor('program');
    const first = assertGqlData(await gql(env.gatewayUrl, SET_TARGET, { input }, { token })).setProgramTarget;
    const again = assertGqlData(
      await gql(
        env.gatewayUrl,
        SET_TARGET,
        { input: { ...input, targetRegistrations: 4 } },
        { token: await tokenFor('admin') },
      ),
    ).setProgramTarget;
    expect(again).toEqual({ ...first, targetRegistrations: 4 });
    expect(first).toMatchObject({ district: null, targetAmount: '40000000.00' });
    expect(await sql('SELECT 1 FROM registry.program_target WHERE city = $1', [city])).toHaveLength(1);

    const d = await dashboard({}, 'admin');
    expect(d.target).toEqual({
      id: first.id,
      targetAmount: '40000000.00',
      targetRegistrations: 4,
      targetEnterprises: 5,
    });
    expect(d.amountAttainment).toBe('0.5');
    expect(d.registrationsAttainment).toBe('0.75');
    expect(d.enterprisesAttainment).toBe('0.4');
    const projected = Number(d.projection.amount) >= 40_000_000 && d.projection.registrations >= 4;
    expect(d.track).toBe(projected ? 'ON_TRACK' : 'AT_RISK');
  });

  it('reflects a new registration at once and a revocation takes it out again', async () => {
    const south2 = await createAsset({ owners: ownedBy(south.sme.party), ipcClasses: ['G06N3/00'] });
    const id = await registeredPledge(
      { ...south, assetId: south2.id },
      { securedClaim: { type: 'LOAN', amount: '1000000.50', currency: 'CNY' } },
    );
    const after = await dashboard({ district: 'South' });
    expect(after.total).toEqual({ registrations: 2, amount: '4000000.50' });
    expect(after.enterprisesServed).toBe(1);
    await equalPaths(null);

    const registrar = await tokenFor('registrar');
    // Revoking the south pledgor's first registration makes its later one the first-time one.
    assertGqlData(await gql(env.gatewayUrl, REVOKE, { id: southPledge }, { token: registrar }));
    const revoked = await dashboard({ district: 'South' });
    expect(revoked.total).toEqual({ registrations: 1, amount: '1000000.50' });
    expect(revoked.firstTime).toEqual({ registrations: 1, amount: '1000000.50' });
    expect(revoked.enterprisesServed).toBe(1);
    await equalPaths(null);

    assertGqlData(await gql(env.gatewayUrl, REVOKE, { id }, { token: registrar }));
    const none = await dashboard({ district: 'South' });
    expect(none.total).toEqual({ registrations: 0, amount: '0.00' });
    expect(none.enterprisesServed).toBe(0);
    expect(none.byLender).toEqual([]);
    await equalPaths(null);
    await equalPaths('South');
  });

  it('keeps a deregistered (repaid) pledge in the volume of its year', async () => {
    const DEREGISTER = `mutation($id: ID!) { deregisterPledge(id: $id, reason: REPAID) { status } }`;
    const before = await dashboard({ district: 'North' });
    const res = await gql(env.gatewayUrl, DEREGISTER, { id: northFirst }, { token: await tokenFor('registrar') });
    expect(assertGqlData(res).deregisterPledge.status).toBe('DEREGISTERED');
    const after = await dashboard({ district: 'North' });
    expect(after.total).toEqual(before.total);
    expect(after.firstTime).toEqual(before.firstTime);
    await equalPaths('North');
  });

  it.each(['sme', 'bank', 'registrar'] as const)('refuses %s users: aggregates are for program staff', async (who) => {
    const token = await tokenFor(who);
    assertGqlError(await gql(env.gatewayUrl, DASHBOARD, { city, year }, { token }), { code: 'FORBIDDEN' });
    const input = { city, year: 2001, targetAmount: '1', targetRegistrations: 1, targetEnterprises: 1 };
    assertGqlError(await gql(env.gatewayUrl, SET_TARGET, { input }, { token }), { code: 'FORBIDDEN' });
    expect(await sql('SELECT 1 FROM registry.program_target WHERE city = $1 AND year = 2001', [city])).toHaveLength(0);
  });

  it.each([
    ['targetAmount', { targetAmount: '-1' }],
    ['targetRegistrations', { targetRegistrations: -1 }],
    ['targetEnterprises', { targetEnterprises: -5 }],
  ])('refuses a negative %s, naming the field, and writes nothing', async (field, bad) => {
    const input = {
      city,
      district: 'Bad',
      year,
      targetAmount: '1',
      targetRegistrations: 1,
      targetEnterprises: 1,
      ...bad,
    };
    const res = await gql(env.gatewayUrl, SET_TARGET, { input }, { token: await tokenFor('program') });
    assertGqlError(res, { code: 'BAD_USER_INPUT', field: `input.${field}` });
    expect(
      await sql("SELECT 1 FROM registry.program_target WHERE city = $1 AND district = 'Bad'", [city]),
    ).toHaveLength(0);
  });
});
