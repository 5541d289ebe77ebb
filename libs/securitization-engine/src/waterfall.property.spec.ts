import fc from 'fast-check';
import { Decimal } from '@app/money';
import {
  projectPool,
  type Amortisation,
  type PoolProjectionInput,
  type ProjectionPeriod,
  type TrancheClass,
} from '@app/securitization-engine';

const ZERO = new Decimal(0);
const cents = (min: number, max: number) => fc.integer({ min, max }).map((c) => new Decimal(c).div(100).toFixed(2));
const rate = (maxBasisPoints: number) =>
  fc.integer({ min: 0, max: maxBasisPoints }).map((bp) => new Decimal(bp).div(10000).toFixed());

const loan = fc.record({
  principal: cents(100, 50_000_000),
  annualRate: rate(2500),
  remainingTermMonths: fc.integer({ min: 1, max: 36 }),
  amortisation: fc.constantFrom<Amortisation>('ANNUITY', 'EQUAL_PRINCIPAL', 'BULLET'),
});

/** Tranche sizes as shares (in basis points) of the pool, in class order; their sum may reach 100 %. */
const structure = fc
  .array(
    fc.tuple(fc.constantFrom<TrancheClass>('SENIOR', 'MEZZANINE', 'SUBORDINATED'), fc.integer({ min: 0, max: 6000 })),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((tranches) => tranches.sort((a, b) => order(a[0]) - order(b[0])));

function order(c: TrancheClass): number {
  return c === 'SENIOR' ? 0 : c === 'MEZZANINE' ? 1 : 2;
}

const scenario = fc
  .record({
    loans: fc.array(loan, { minLength: 1, maxLength: 6 }),
    cdr: rate(10000),
    cpr: rate(10000),
    severity: rate(10000),
    lag: fc.integer({ min: 0, max: 6 }),
    structure,
    coupons: fc.array(rate(3000), { minLength: 4, maxLength: 4 }),
    feeRate: rate(300),
    fixedFee: cents(0, 100_000),
    reserve: fc.option(
      fc.record({
        initial: cents(0, 1_000_000),
        amount: cents(0, 1_000_000),
        share: rate(2000),
        byShare: fc.boolean(),
      }),
    ),
    guarantorCap: fc.option(cents(0, 1_000_000)),
    triggers: fc.option(
      fc
        .tuple(fc.integer({ min: 100, max: 200 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }))
        .map(([trap50, gap1, gap2]) => ({
          trap50Below: new Decimal(trap50).div(100).toFixed(),
          trap100Below: new Decimal(trap50 - gap1).div(100).toFixed(),
          rapidAmortisationBelow: new Decimal(trap50 - gap1 - gap2).div(100).toFixed(),
        })),
    ),
  })
  .map((s): PoolProjectionInput => {
    const pool = s.loans.reduce((sum, l) => sum.plus(l.principal), ZERO);
    let left = pool;
    const tranches = s.structure.map(([trancheClass, bp], i) => {
      const size = Decimal.min(left, pool.times(bp).div(10000).toDecimalPlaces(2, Decimal.ROUND_DOWN));
      left = left.minus(size);
      return { name: `T${i}`, trancheClass, size: size.toFixed(2), coupon: s.coupons[i] ?? '0', priority: i + 1 };
    });
    return {
      loans: s.loans,
      assumptions: {
        annualDefaultRate: s.cdr,
        annualPrepaymentRate: s.cpr,
        lossSeverity: s.severity,
        recoveryLagPeriods: s.lag,
      },
      tranches,
      fees: { annualRateOnPool: s.feeRate, fixedPerPeriod: s.fixedFee },
      ...(s.reserve === null
        ? {}
        : {
            reserve: s.reserve.byShare
              ? { initialAmount: s.reserve.initial, targetShareOfNotes: s.reserve.share }
              : { initialAmount: s.reserve.initial, targetAmount: s.reserve.amount },
          }),
      ...(s.guarantorCap === null ? {} : { guarantor: { cap: s.guarantorCap } }),
      ...(s.triggers === null ? {} : { triggers: s.triggers }),
    };
  });

function sources(p: ProjectionPeriod): Decimal {
  return p.collections.plus(p.reserveRelease).plus(p.reserveDraw).plus(p.guarantorDraw);
}

function uses(p: ProjectionPeriod): Decimal {
  const tranches = p.tranches.reduce((s, t) => s.plus(t.interestPaid).plus(t.principalPaid), ZERO);
  return p.feesPaid.plus(tranches).plus(p.reserveTopUp).plus(p.residual);
}

const isCents = (d: Decimal): boolean => d.decimalPlaces() <= 2;

describe('projectPool properties (random pools, assumptions and structures)', () => {
  it('conserves cash to the cent in every period and never drives a balance negative', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const result = projectPool(input);
        // Problems are collected and asserted once: an expect per amount would dominate the run time.
        const problems: string[] = [];
        for (const p of result.periods) {
          if (!uses(p).eq(sources(p)))
            problems.push(`period ${p.period}: ${uses(p).toFixed()} paid out of ${sources(p).toFixed()}`);
          const amounts = [
            p.collections,
            p.feesPaid,
            p.reserveRelease,
            p.reserveDraw,
            p.reserveTopUp,
            p.reserveBalance,
            p.guarantorDraw,
            p.trappedCash,
            p.residual,
            p.poolBalanceEnd,
            ...p.tranches.flatMap((t) => [t.interestPaid, t.principalPaid, t.balance, t.interestShortfall]),
          ];
          amounts.forEach((a, k) => {
            if (a.lt(0) || !isCents(a)) problems.push(`period ${p.period}: amount #${k} is ${a.toFixed()}`);
          });
          for (const t of p.tranches) {
            if (t.interestPaid.gt(t.interestDue)) problems.push(`period ${p.period}: ${t.name} overpaid interest`);
          }
        }
        expect(problems).toEqual([]);
        // Every tranche is either repaid or written down, and the pool's balance is fully accounted for.
        for (const t of result.tranches) {
          expect(t.totalPrincipal.plus(t.writeDown).toFixed(2)).toBe(t.size.toFixed(2));
        }
        const last = result.periods[result.periods.length - 1]!;
        expect(last.reserveBalance.toFixed(2)).toBe('0.00');
        expect(last.poolBalanceEnd.toFixed(2)).toBe('0.00');
        const principalIn = result.periods.reduce(
          (s, p) => s.plus(p.scheduledPrincipal).plus(p.prepayments).plus(p.defaults),
          ZERO,
        );
        expect(principalIn.toFixed(2)).toBe(result.initialPoolBalance.toFixed(2));
        const recovered = result.periods.reduce((s, p) => s.plus(p.recoveries), ZERO);
        expect(recovered.plus(result.totals.losses).toFixed(2)).toBe(result.totals.defaults.toFixed(2));
        // The guarantor never pays beyond its cap.
        const cap = input.guarantor === undefined ? ZERO : new Decimal(input.guarantor.cap);
        expect(result.totals.guarantorDraw.lte(cap)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps rapid amortisation once entered', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const states = projectPool(input).periods.map((p) => p.triggerState);
        const first = states.indexOf('RAPID_AMORTISATION');
        if (first >= 0) expect(states.slice(first).every((s) => s === 'RAPID_AMORTISATION')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
