import { jest } from '@jest/globals';
import { Decimal } from '@app/money';
import { projectPool, type PoolProjectionInput } from '@app/securitization-engine';
import {
  arrangerOf,
  assertGqlData,
  assertGqlError,
  e2eEnv,
  gql,
  poolableLoan,
  registerBankUser,
  registrySql,
  tokenFor,
  uniqueSuffix,
  type TestBank,
} from '@app/testing';

jest.setTimeout(240_000);

const env = e2eEnv();
const suffix = uniqueSuffix();

const CREATE = `mutation($input: CreateSecuritizationPoolInput!) { createSecuritizationPool(input: $input) { id targetBalance } }`;
const ADD = `mutation($poolId: ID!, $loanId: ID!) { addLoanToPool(poolId: $poolId, loanId: $loanId) { id status } }`;
const REMOVE = `mutation($id: ID!) { removePoolCandidate(candidateId: $id) { id } }`;
const STRUCTURE_FIELDS = `structure { tranches { name trancheClass size coupon priority } noteTotal feeAnnualRateOnPool
  feeFixedPerPeriod reserveInitialAmount reserveTargetAmount reserveTargetShareOfNotes guarantorName guarantorCap
  trap50Below trap100Below rapidAmortisationBelow cumulativeLossRapidAbove }`;
const SET = `mutation($input: SetSecuritizationPoolStructureInput!, $key: String) {
  setSecuritizationPoolStructure(input: $input, idempotencyKey: $key) { id ${STRUCTURE_FIELDS} } }`;
const POOL = `query($id: ID!) { securitizationPool(id: $id) { id ${STRUCTURE_FIELDS} } }`;
const PROJECT = `query($poolId: ID!, $assumptions: ProjectionAssumptionsInput!) {
  securitizationPoolProjection(poolId: $poolId, assumptions: $assumptions) {
    poolId asOf loanCount initialPoolBalance noteTotal overcollateralisation
    totals { collections defaults losses feesPaid guarantorDraw residual }
    tranches { name trancheClass size totalInterest totalPrincipal writeDown interestLoss weightedAverageLifeYears
      annualYield cashFlows }
    periods { period triggerState coverageRatio poolBalanceStart scheduledInterest scheduledPrincipal prepayments
      recoveries collections defaults losses poolBalanceEnd feesDue feesPaid excessSpread reserveRelease reserveDraw
      reserveTopUp reserveBalance guarantorDraw trappedCash principalDeficiency residual
      tranches { name interestDue interestPaid interestShortfall principalPaid balance } } } }`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const as = (token: string, query: string, variables: Record<string, unknown> = {}) =>
  gql<Json>(env.gatewayUrl, query, variables, { token });

const TRANCHES = [
  { name: 'A', trancheClass: 'SENIOR', size: '6000.00', coupon: '0.03', priority: 1 },
  { name: 'B', trancheClass: 'MEZZANINE', size: '1000.00', coupon: '0.05', priority: 2 },
  { name: 'C', trancheClass: 'SUBORDINATED', size: '2500.00', coupon: '0.08', priority: 3 },
];
const STRUCTURE = {
  tranches: TRANCHES,
  fees: { annualRateOnPool: '0.005', fixedPerPeriod: '5.00' },
  reserve: { initialAmount: '200.00', targetShareOfNotes: '0.02' },
  guarantor: { name: 'Suzhou Credit Guarantee', cap: '300.00' },
};
// Coverage at closing: 10,000 of loans over 7,000 of senior and mezzanine notes = 1.43x, above
// the first trigger (1.40x); the subordinated note takes the first losses.
// The pool's two loans as the engine sees them on the day they are disbursed (all instalments unpaid).
const LOANS: PoolProjectionInput['loans'] = [
  { principal: '6000.00', annualRate: '0.08', remainingTermMonths: 12, amortisation: 'ANNUITY' },
  { principal: '4000.00', annualRate: '0.06', remainingTermMonths: 6, amortisation: 'EQUAL_PRINCIPAL' },
];

let bank: TestBank;
let arranger: string;
let poolId: string;
let emptyPoolId: string;
let candidateIds: string[];

async function trancheRows(id: string): Promise<number> {
  const [row] = await registrySql<{ n: number }>('SELECT count(*)::int AS n FROM pool_tranche WHERE pool_id = $1', [
    id,
  ]);
  return row?.n ?? 0;
}

beforeAll(async () => {
  bank = await registerBankUser();
  arranger = await arrangerOf(bank);
  const first = await poolableLoan(bank, {
    city: `E2E-StructA-${suffix}`,
    ipc: 'H01L27/11',
    principal: '6000.00',
    annualRate: '0.08',
    termMonths: 12,
    repaymentMethod: 'ANNUITY',
    appraisedValue: '15000.00',
    expiryDays: 2922,
  });
  const second = await poolableLoan(bank, {
    city: `E2E-StructB-${suffix}`,
    ipc: 'G06F16/00',
    principal: '4000.00',
    annualRate: '0.06',
    termMonths: 6,
    appraisedValue: '9000.00',
    expiryDays: 2922,
  });
  // Ramp-up: 35 % per obligor of a pool aimed at 20,000. Without the target the first loan
  // alone would be 100 % of the pool; with it, 30 %.
  const noTarget = assertGqlData(
    await as(arranger, CREATE, { input: { name: `No target ${suffix}`, maxObligorShare: '0.35' } }),
  ).createSecuritizationPool.id as string;
  assertGqlError(await as(arranger, ADD, { poolId: noTarget, loanId: first.loanId }), {
    code: 'CONFLICT',
    reason: 'CONCENTRATION_LIMIT_EXCEEDED',
  });
  const pool = assertGqlData(
    await as(arranger, CREATE, {
      input: { name: `Structured ${suffix}`, maxObligorShare: '0.35', targetBalance: '20000.00' },
    }),
  ).createSecuritizationPool;
  expect(pool.targetBalance).toBe('20000.00');
  poolId = pool.id as string;
  candidateIds = [];
  for (const loanId of [first.loanId, second.loanId]) {
    const added = assertGqlData(await as(arranger, ADD, { poolId, loanId })).addLoanToPool;
    expect(added.status).toBe('INCLUDED');
    candidateIds.push(added.id as string);
  }
  emptyPoolId = noTarget;
});

describe('pool structure', () => {
  it('refuses bad structures naming the field, and writes nothing', async () => {
    const tranche = (k: number, change: Record<string, unknown>) =>
      TRANCHES.map((t, i) => (i === k ? { ...t, ...change } : t));
    const cases: [string, Record<string, unknown>, string, string?][] = [
      ['negative size', { tranches: tranche(0, { size: '-1.00' }) }, 'input.tranches.0.size'],
      ['coupon above 1', { tranches: tranche(1, { coupon: '1.5' }) }, 'input.tranches.1.coupon'],
      ['negative coupon', { tranches: tranche(2, { coupon: '-0.01' }) }, 'input.tranches.2.coupon'],
      [
        'tranches above the pool',
        { tranches: tranche(2, { size: '3000.01' }) },
        'input.tranches',
        'TRANCHES_EXCEED_POOL',
      ],
      ['senior after mezzanine', { tranches: tranche(0, { priority: 4 }) }, 'input.tranches.0.priority'],
      ['duplicate name', { tranches: tranche(1, { name: 'A' }) }, 'input.tranches.1.name'],
      [
        'both reserve targets',
        { reserve: { initialAmount: '0', targetAmount: '1', targetShareOfNotes: '0.1' } },
        'input.reserve',
      ],
      ['negative reserve', { reserve: { initialAmount: '-5', targetAmount: '1' } }, 'input.reserve.initialAmount'],
      ['negative guarantor cap', { guarantor: { name: 'G', cap: '-1' } }, 'input.guarantor.cap'],
      ['fee rate above 1', { fees: { annualRateOnPool: '2' } }, 'input.fees.annualRateOnPool'],
      [
        'triggers out of order',
        { triggers: { trap50Below: '1.3', trap100Below: '1.35' } },
        'input.triggers.trap100Below',
      ],
    ];
    for (const [, change, field, reason] of cases) {
      const response = await as(arranger, SET, { input: { poolId, ...STRUCTURE, ...change } });
      assertGqlError(response, { code: 'BAD_USER_INPUT', field, ...(reason === undefined ? {} : { reason }) });
    }
    assertGqlError(await as(arranger, SET, { input: { poolId: emptyPoolId, ...STRUCTURE } }), {
      code: 'CONFLICT',
      reason: 'POOL_EMPTY',
    });
    assertGqlError(await as(bank.token, SET, { input: { poolId, ...STRUCTURE } }), { code: 'FORBIDDEN' });
    const otherArranger = await arrangerOf(await registerBankUser());
    assertGqlError(await as(otherArranger, SET, { input: { poolId, ...STRUCTURE } }), { code: 'NOT_FOUND' });
    expect(await trancheRows(poolId)).toBe(0);
    expect(assertGqlData(await as(arranger, POOL, { id: poolId })).securitizationPool.structure).toBeNull();
  });

  it('stores the structure (the engine defaults shown for the triggers), idempotently', async () => {
    const key = `structure-${suffix}`;
    const set = assertGqlData(
      await as(arranger, SET, { input: { poolId, ...STRUCTURE }, key }),
    ).setSecuritizationPoolStructure;
    expect(set.structure).toEqual({
      tranches: TRANCHES.map((t) => ({ ...t, size: t.size })),
      noteTotal: '9500.00',
      feeAnnualRateOnPool: '0.005',
      feeFixedPerPeriod: '5.00',
      reserveInitialAmount: '200.00',
      reserveTargetAmount: null,
      reserveTargetShareOfNotes: '0.02',
      guarantorName: 'Suzhou Credit Guarantee',
      guarantorCap: '300.00',
      trap50Below: '1.4',
      trap100Below: '1.3',
      rapidAmortisationBelow: '1.2',
      cumulativeLossRapidAbove: '0.1',
    });
    const again = assertGqlData(await as(arranger, SET, { input: { poolId, ...STRUCTURE }, key }));
    expect(again.setSecuritizationPoolStructure.structure).toEqual(set.structure);
    assertGqlError(
      await as(arranger, SET, { input: { poolId, ...STRUCTURE, fees: { annualRateOnPool: '0.01' } }, key }),
      { code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' },
    );
    expect(await trancheRows(poolId)).toBe(3);
  });

  it('refuses a removal that would leave the notes above the pool, keeping the candidate', async () => {
    assertGqlError(await as(arranger, REMOVE, { id: candidateIds[1] }), {
      code: 'CONFLICT',
      reason: 'TRANCHES_EXCEED_POOL',
    });
    const [row] = await registrySql<{ n: number }>('SELECT count(*)::int AS n FROM pool_candidate WHERE id = $1', [
      candidateIds[1],
    ]);
    expect(row?.n).toBe(1);
  });
});

type Period = Record<string, string | number | null> & { tranches: Record<string, string>[] };
interface TrancheResult {
  name: string;
  size: string;
  totalInterest: string;
  totalPrincipal: string;
  writeDown: string;
  interestLoss: string;
  weightedAverageLifeYears: string | null;
  annualYield: string | null;
  cashFlows: string[];
}
interface Projection {
  poolId: string;
  totals: Record<string, string>;
  tranches: TrancheResult[];
  periods: Period[];
}

async function projection(token: string, assumptions: Record<string, unknown>): Promise<Projection> {
  return assertGqlData(await as(token, PROJECT, { poolId, assumptions })).securitizationPoolProjection as Projection;
}

const trancheNamed = (p: Projection, name: string): TrancheResult => p.tranches.find((t) => t.name === name)!;

/** collections + reserve release and draw + guarantor = fees + interest + principal + top-up + residual, to the cent. */
function expectCashConserved(periods: Period[]): void {
  for (const p of periods) {
    const d = (k: string) => new Decimal(p[k] as string);
    const paid = p.tranches.reduce(
      (s, t) => s.plus(t['interestPaid'] as string).plus(t['principalPaid'] as string),
      new Decimal(0),
    );
    const sources = d('collections').plus(d('reserveRelease')).plus(d('reserveDraw')).plus(d('guarantorDraw'));
    const uses = d('feesPaid').plus(paid).plus(d('reserveTopUp')).plus(d('residual'));
    expect(`${p['period']}: ${sources.toFixed(2)}`).toBe(`${p['period']}: ${uses.toFixed(2)}`);
  }
}

/** The engine run in the test on the same loans and structure: the API must return exactly its figures. */
function engineProjection(assumptions: PoolProjectionInput['assumptions']) {
  return projectPool({
    loans: LOANS,
    assumptions,
    tranches: TRANCHES.map((t) => ({ ...t, trancheClass: t.trancheClass as 'SENIOR' })),
    fees: STRUCTURE.fees,
    reserve: STRUCTURE.reserve,
    guarantor: { cap: STRUCTURE.guarantor.cap },
  });
}

describe('projection', () => {
  it('refuses bad assumptions naming the field, and a pool without a structure', async () => {
    const base = {
      annualDefaultRate: '0.02',
      annualPrepaymentRate: '0.05',
      lossSeverity: '0.4',
      recoveryLagPeriods: 3,
    };
    for (const [change, field] of [
      [{ lossSeverity: '1.5' }, 'assumptions.lossSeverity'],
      [{ annualDefaultRate: '-0.1' }, 'assumptions.annualDefaultRate'],
      [{ recoveryLagPeriods: -1 }, 'assumptions.recoveryLagPeriods'],
      [{ periods: 0 }, 'assumptions.periods'],
    ] as const) {
      assertGqlError(await as(arranger, PROJECT, { poolId, assumptions: { ...base, ...change } }), {
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    assertGqlError(await as(arranger, PROJECT, { poolId: emptyPoolId, assumptions: base }), {
      code: 'CONFLICT',
      reason: 'STRUCTURE_NOT_SET',
    });
    assertGqlError(await as(await tokenFor('sme'), PROJECT, { poolId, assumptions: base }), { code: 'FORBIDDEN' });
  });

  it('without defaults repays every note in full, conserves cash, and equals the engine to the cent', async () => {
    const assumptions = { annualDefaultRate: '0', annualPrepaymentRate: '0', lossSeverity: '0', recoveryLagPeriods: 0 };
    const got = await projection(arranger, assumptions);
    expect(got).toMatchObject({
      poolId,
      loanCount: 2,
      initialPoolBalance: '10000.00',
      noteTotal: '9500.00',
      overcollateralisation: '500.00',
    });
    expect(got.periods).toHaveLength(12);
    for (const t of got.tranches) {
      expect([t.name, t.totalPrincipal, t.writeDown, t.interestLoss]).toEqual([t.name, t.size, '0.00', '0.00']);
    }
    const wal = (name: string) => Number(trancheNamed(got, name).weightedAverageLifeYears);
    expect(wal('A')).toBeLessThan(wal('B'));
    expect(got.periods.every((p) => p['triggerState'] === 'NORMAL')).toBe(true);
    expectCashConserved(got.periods);

    const engine = engineProjection(assumptions);
    expect(got.totals['residual']).toBe(engine.totals.residual.toFixed(2));
    expect(got.tranches.map((t) => [t.name, t.totalInterest, t.annualYield])).toEqual(
      engine.tranches.map((t) => [t.name, t.totalInterest.toFixed(2), t.annualYield?.toFixed(8) ?? null]),
    );
    expect(got.periods.map((p) => [p['collections'], p['reserveBalance'], p['residual']])).toEqual(
      engine.periods.map((p) => [p.collections.toFixed(2), p.reserveBalance.toFixed(2), p.residual.toFixed(2)]),
    );
  });

  it('under heavy defaults trips the triggers, writes the subordinated note down, and still conserves cash', async () => {
    const assumptions = {
      annualDefaultRate: '0.6',
      annualPrepaymentRate: '0.1',
      lossSeverity: '0.9',
      recoveryLagPeriods: 2,
    };
    const program = await tokenFor('program');
    const got = await projection(program, assumptions);
    expect(got.periods.some((p) => p['triggerState'] !== 'NORMAL')).toBe(true);
    expect(new Decimal(got.totals['losses']!).gt(0)).toBe(true);
    expect(new Decimal(trancheNamed(got, 'C').writeDown).gt(0)).toBe(true);
    expectCashConserved(got.periods);
    const engine = engineProjection(assumptions);
    expect(got.periods.map((p) => [p['triggerState'], p['coverageRatio'], p['losses'], p['excessSpread']])).toEqual(
      engine.periods.map((p) => {
        const rated = p.tranches.filter((t) => t.name !== 'C').reduce((s, t) => s.plus(t.interestPaid), new Decimal(0));
        return [
          p.triggerState,
          p.coverageRatio?.toFixed(6) ?? null,
          p.losses.toFixed(2),
          p.scheduledInterest.minus(p.feesPaid).minus(rated).toFixed(2),
        ];
      }),
    );
    expect(got.tranches.map((t) => [t.writeDown, t.cashFlows])).toEqual(
      engine.tranches.map((t) => [t.writeDown.toFixed(2), t.cashFlows.map((c) => c.toFixed(2))]),
    );
  });
});
