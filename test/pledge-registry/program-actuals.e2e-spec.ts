import { jest } from '@jest/globals';
import {
  activeLoan,
  applyForLoan,
  assertGqlData,
  assertGqlError,
  createAsset,
  e2eEnv,
  gql,
  loanCall,
  loanInput,
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
  NAIVE_AREAS_SQL,
  NAIVE_CELLS_SQL,
  NAIVE_ENTERPRISES_SQL,
  NAIVE_LOAN_AREAS_SQL,
  NAIVE_LOAN_CELLS_SQL,
  NAIVE_LOAN_CITY_QUARTER_SQL,
  ROLLUP_AREAS_SQL,
  ROLLUP_CELLS_SQL,
  ROLLUP_ENTERPRISES_SQL,
  ROLLUP_LOAN_AREAS_SQL,
  ROLLUP_LOAN_CELLS_SQL,
  ROLLUP_LOAN_CITY_QUARTER_SQL,
} from '@app/program-volume';

/** City program actuals by park, and disbursed loans next to registered pledges. */

jest.setTimeout(120_000);

const env = e2eEnv();
const DASHBOARD = `query($city: String!, $year: Int!, $district: String, $park: String) {
  programDashboard(city: $city, year: $year, district: $district, park: $park) {
    city district park total { registrations amount } enterprisesServed bySizeBand { key registrations }
    underTenMillionShare underTenMillionShareBasis registrationsUnderTenMillionShare
    loans { quarters { quarter loans amount } total { loans amount } previousYearTotal { loans amount }
            byLender { key loans amount } bySizeBand { key loans amount } underTenMillionShare underTenMillionAmountShare }
    byDistrict { district park registrations amount loans loanAmount }
    byPark { district park registrations amount loans loanAmount }
    target { id park targetAmount } amountAttainment } }`;
const SET_TARGET = `mutation($input: ProgramTargetInput!) {
  setProgramTarget(input: $input) { id city district park year targetAmount } }`;

const today = todayInChina();
const year = Number(today.slice(0, 4));
const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
const city = `E2E-Actuals-${uniqueSuffix()}`;
const PARK = 'Hi-Tech Park';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function dashboard(variables: Record<string, unknown>): Promise<Json> {
  const res = await gql(env.gatewayUrl, DASHBOARD, { city, year, ...variables }, { token: await tokenFor('program') });
  return assertGqlData(res).programDashboard;
}

/** Rollup == naive for the scope: registrations, enterprises served, loans; and the loan city x quarter report. */
async function equalPaths(district: string | null, park: string | null): Promise<void> {
  const params = [city, [year - 1, year], district, park];
  expect(await registrySql(ROLLUP_CELLS_SQL, params)).toEqual(await registrySql(NAIVE_CELLS_SQL, params));
  expect(await registrySql(ROLLUP_ENTERPRISES_SQL, params)).toEqual(await registrySql(NAIVE_ENTERPRISES_SQL, params));
  expect(await registrySql(ROLLUP_LOAN_CELLS_SQL, params)).toEqual(await registrySql(NAIVE_LOAN_CELLS_SQL, params));
  const yearParams = [city, [year], district, park];
  expect(await registrySql(ROLLUP_AREAS_SQL, yearParams)).toEqual(await registrySql(NAIVE_AREAS_SQL, yearParams));
  expect(await registrySql(ROLLUP_LOAN_AREAS_SQL, yearParams)).toEqual(
    await registrySql(NAIVE_LOAN_AREAS_SQL, yearParams),
  );
  const mine = (rows: { city: string }[]): { city: string }[] => rows.filter((r) => r.city === city);
  expect(mine(await registrySql(ROLLUP_LOAN_CITY_QUARTER_SQL, [year]))).toEqual(
    mine(await registrySql(NAIVE_LOAN_CITY_QUARTER_SQL, [year])),
  );
}

async function everyScopeEqual(): Promise<void> {
  for (const [district, park] of [
    [null, null],
    ['East', null],
    ['East', PARK],
    ['East', ''],
    ['West', PARK],
  ] as const) {
    await equalPaths(district, park);
  }
}

describe('city program actuals: parks and loans', () => {
  let inPark: PledgeParties;
  let east: PledgeParties;
  let westPark: PledgeParties;
  let bankTwo: TestBank;
  let inParkPledge: string;
  let eastPledge: string;
  let westPledge: string;

  beforeAll(async () => {
    const bankOne = await registerBankUser();
    bankTwo = await registerBankUser();
    // The same park name in two districts: a park is keyed within its district.
    [inPark, east, westPark] = await Promise.all([
      programPledgeParties(city, 'East', 'G06F16/00', bankOne, PARK),
      programPledgeParties(city, 'East', 'A61K9/00', bankOne),
      programPledgeParties(city, 'West', 'H01M10/00', bankTwo, PARK),
    ]);
    [inParkPledge, eastPledge, westPledge] = await Promise.all([
      registeredPledge(inPark, { securedClaim: { type: 'LOAN', amount: '5000000.00', currency: 'CNY' } }),
      registeredPledge(east, { securedClaim: { type: 'LOAN', amount: '3000000.00', currency: 'CNY' } }),
      registeredPledge(westPark, { securedClaim: { type: 'LOAN', amount: '12000000.00', currency: 'CNY' } }),
    ]);
  });

  it("attributes registrations to the pledgor's park within its district", async () => {
    const park = await dashboard({ district: 'East', park: PARK });
    expect(park).toMatchObject({
      city,
      district: 'East',
      park: PARK,
      total: { registrations: 1, amount: '5000000.00' },
      enterprisesServed: 1,
    });
    const west = await dashboard({ district: 'West', park: `  ${PARK} ` });
    expect(west).toMatchObject({ park: PARK, total: { registrations: 1, amount: '12000000.00' } });
    const district = await dashboard({ district: 'East' });
    expect(district).toMatchObject({ park: null, total: { registrations: 2, amount: '8000000.00' } });
    expect(district.enterprisesServed).toBe(2);
    const whole = await dashboard({});
    expect(whole.total).toEqual({ registrations: 3, amount: '20000000.00' });
    // By district (a district sums its parks and the enterprises outside them), and by park within districts.
    const area = (district: string, park: string | null, registrations: number, amount: string) => ({
      district,
      park,
      registrations,
      amount,
      loans: 0,
      loanAmount: '0.00',
    });
    expect(whole.byDistrict).toEqual([area('West', null, 1, '12000000.00'), area('East', null, 2, '8000000.00')]);
    expect(whole.byPark).toEqual([area('West', PARK, 1, '12000000.00'), area('East', PARK, 1, '5000000.00')]);
    expect(district.byDistrict).toEqual([area('East', null, 2, '8000000.00')]);
    expect(district.byPark).toEqual([area('East', PARK, 1, '5000000.00')]);
    await everyScopeEqual();
  });

  it('refuses a park without a district (a park lies in one), naming the argument', async () => {
    const res = await gql(env.gatewayUrl, DASHBOARD, { city, year, park: PARK }, { token: await tokenFor('program') });
    assertGqlError(res, { code: 'BAD_USER_INPUT', field: 'park' });
  });

  it('sets targets per park next to the district and the city; a park target needs a district', async () => {
    const token = await tokenFor('program');
    const set = async (input: Record<string, unknown>): Promise<Json> =>
      gql(
        env.gatewayUrl,
        SET_TARGET,
        { input: { city, year, targetRegistrations: 2, targetEnterprises: 2, ...input } },
        { token },
      );
    const park = assertGqlData(await set({ district: 'East', park: PARK, targetAmount: '10000000' })).setProgramTarget;
    const again = assertGqlData(await set({ district: 'East', park: PARK, targetAmount: '20000000' })).setProgramTarget;
    const district = assertGqlData(await set({ district: 'East', targetAmount: '16000000' })).setProgramTarget;
    expect(again).toEqual({ ...park, targetAmount: '20000000.00' });
    expect(park).toMatchObject({ district: 'East', park: PARK });
    expect(district).toMatchObject({ district: 'East', park: null });
    expect(district.id).not.toBe(park.id);

    const parkView = await dashboard({ district: 'East', park: PARK });
    expect(parkView.target).toEqual({ id: park.id, park: PARK, targetAmount: '20000000.00' });
    expect(parkView.amountAttainment).toBe('0.25');
    const districtView = await dashboard({ district: 'East' });
    expect(districtView.target).toEqual({ id: district.id, park: null, targetAmount: '16000000.00' });
    expect(districtView.amountAttainment).toBe('0.5');

    assertGqlError(await set({ park: 'Lonely Park', targetAmount: '1' }), {
      code: 'BAD_USER_INPUT',
      field: 'input.park',
    });
    expect(
      await sql("SELECT 1 FROM registry.program_target WHERE city = $1 AND park = 'Lonely Park'", [city]),
    ).toHaveLength(0);
    // The database holds the same rules: one target per scope (NULL park counts as one value), park needs district.
    const insert = `INSERT INTO registry.program_target (city, district, park, year, target_amount, target_registrations,
                      target_enterprises) VALUES ($1, $2, $3, $4, 1, 1, 1)`;
    await expect(sql(insert, [city, 'East', null, year])).rejects.toThrow(/uq_program_target_scope_year/);
    await expect(sql(insert, [city, null, 'Lonely Park', year + 1])).rejects.toThrow(
      /ck_program_target_park_in_district/,
    );
  });

  it('counts loans when disbursed, by quarter, lender and principal band, in the disbursing transaction', async () => {
    const before = await dashboard({});
    expect(before.loans.total).toEqual({ loans: 0, amount: '0.00' });
    expect(before.underTenMillionShareBasis).toBe('SECURED_AMOUNT');

    const small = await activeLoan(inPark.bank.token, inParkPledge, { principal: '4000000.00' });
    const afterOne = await dashboard({ district: 'East', park: PARK });
    expect(afterOne.loans.total).toEqual({ loans: 1, amount: '4000000.00' });
    expect((afterOne.loans.quarters as { quarter: number }[]).find((q) => q.quarter === quarter)).toEqual({
      quarter,
      loans: 1,
      amount: '4000000.00',
    });
    expect(afterOne.underTenMillionShareBasis).toBe('LOAN_PRINCIPAL');
    expect(afterOne.byPark).toEqual([
      { district: 'East', park: PARK, registrations: 1, amount: '5000000.00', loans: 1, loanAmount: '4000000.00' },
    ]);

    await activeLoan(bankTwo.token, westPledge, { principal: '11000000.00' });
    // Applied and approved, not disbursed: not in the volume.
    const applied = assertGqlData(
      await applyForLoan(east.bank.token, loanInput(eastPledge, { principal: '2000000.00' })),
    ).applyForLoan.id as string;
    assertGqlData(
      await loanCall(east.bank.token, 'mutation($id: ID!) { approveLoan(id: $id) { id } }', { id: applied }),
    );

    const whole = await dashboard({});
    expect(whole.loans.total).toEqual({ loans: 2, amount: '15000000.00' });
    expect(whole.loans.byLender).toEqual([
      { key: bankTwo.partyId, loans: 1, amount: '11000000.00' },
      { key: inPark.bank.partyId, loans: 1, amount: '4000000.00' },
    ]);
    expect(whole.loans.bySizeBand).toEqual([
      { key: 'OVER_10M', loans: 1, amount: '11000000.00' },
      { key: 'UNDER_10M', loans: 1, amount: '4000000.00' },
    ]);
    expect(whole.loans.underTenMillionShare).toBe('0.5');
    expect(whole.loans.underTenMillionAmountShare).toBe('0.2667');
    expect(whole.loans.previousYearTotal).toEqual({ loans: 0, amount: '0.00' });
    // The policy share moves to the loans' principal; the registrations' figure stays, named as such.
    expect(whole.underTenMillionShareBasis).toBe('LOAN_PRINCIPAL');
    expect(whole.underTenMillionShare).toBe('0.5');
    expect(whole.registrationsUnderTenMillionShare).toBe('0.6667');
    expect((await dashboard({ district: 'East' })).loans.total).toEqual({ loans: 1, amount: '4000000.00' });
    await everyScopeEqual();

    // Closing the loan (repaid, written off, rescheduled) leaves its disbursement in the volume.
    await sql(
      `UPDATE registry.loan SET status = 'CLOSED', close_reason = 'REPAID', closed_on = disbursed_on,
              outstanding_principal = 0 WHERE id = $1`,
      [small],
    );
    expect((await dashboard({})).loans.total).toEqual({ loans: 2, amount: '15000000.00' });
    await everyScopeEqual();
  });

  it('counts concurrent disbursements in one park once each', async () => {
    const before = (await dashboard({ district: 'East', park: PARK })).loans.total;
    const assets = await Promise.all([1, 2].map(() => createAsset({ owners: ownedBy(inPark.sme.party) })));
    const pledges = await Promise.all(
      assets.map((a) =>
        registeredPledge(
          { ...inPark, assetId: a.id },
          { securedClaim: { type: 'LOAN', amount: '2000000.00', currency: 'CNY' } },
        ),
      ),
    );
    await Promise.all(pledges.map((id) => activeLoan(inPark.bank.token, id, { principal: '1000000.25' })));
    const after = (await dashboard({ district: 'East', park: PARK })).loans.total;
    expect(after.loans).toBe(before.loans + 2);
    expect(after.amount).toBe((Number(before.amount) + 2000000.5).toFixed(2));
    await everyScopeEqual();
  });

  it('does not count a rescheduled successor again: the financing was disbursed once', async () => {
    const before = (await dashboard({ district: 'East' })).loans.total;
    const asset = await createAsset({ owners: ownedBy(east.sme.party) });
    const pledgeId = await registeredPledge(
      { ...east, assetId: asset.id },
      { securedClaim: { type: 'LOAN', amount: '2000000.00', currency: 'CNY' } },
    );
    const original = await activeLoan(east.bank.token, pledgeId, { principal: '1000000.00' });
    const RESCHEDULE = `mutation($id: ID!, $input: RescheduleLoanInput!) {
      rescheduleLoan(id: $id, input: $input) { id status rescheduledFromLoanId } }`;
    const input = { annualRate: '0.05', termMonths: 24, repaymentMethod: 'ANNUITY', capitalizeUnpaidInterest: true };
    const successor = assertGqlData(
      await loanCall(east.bank.token, RESCHEDULE, { id: original, input }),
    ).rescheduleLoan;
    expect(successor).toMatchObject({ status: 'ACTIVE', rescheduledFromLoanId: original });

    const after = (await dashboard({ district: 'East' })).loans.total;
    expect(after.loans).toBe(before.loans + 1);
    expect(after.amount).toBe((Number(before.amount) + 1000000).toFixed(2));
    expect(
      await registrySql(
        'SELECT loan_id FROM loan_volume_fact f JOIN loan l ON l.id = f.loan_id WHERE l.pledge_id = $1',
        [pledgeId],
      ),
    ).toEqual([{ loan_id: original }]);
    await everyScopeEqual();
  });
});
