import { performance } from 'node:perf_hooks';
import { Decimal } from '@app/money';
import { monthlyRate, projectPool, type Amortisation, type PoolProjectionInput } from '@app/securitization-engine';
import { gitCommit, isMain, log, median, numberFlag, printJson, printTable, round, runBench } from './common.js';

/**
 * Securitisation pool projection: `projectPool` against a minimal loop over the same arithmetic.
 *
 * A seeded pool of `--loans` loans (principal 100,000.00-10,000,000.00, rate 3-8 %, term 12-`--periods`
 * months, a third each annuity / equal principal / bullet) under CDR 2 %, CPR 5 %, severity 40 %,
 * recovery lag 6, projected over `--periods` months with three tranches (70 / 10 / 5 %), fees,
 * a 1 %-of-notes reserve and a guarantor.
 *
 * The minimal loop takes the same input objects, converts each loan's strings to Decimal, derives
 * MDR and SMM the same way, and per period and loan does exactly the engine's per-loan Decimal
 * arithmetic (default, interest, scheduled principal by amortisation with the annuity factor
 * carried from period to period, prepayment, closing balance, each rounded half-even to cents)
 * and sums the five pool figures per period. It does no validation, no waterfall, no recovery
 * queue and builds no result rows: the ratio is the cost of everything projectPool does beyond
 * stepping the loans. Warm-up on a small pool, then `--runs` interleaved runs each; medians;
 * ratio engine / minimal (goal <= 2x).
 *
 * node dist/bench/securitization-projection.js [--loans 10000] [--periods 120] [--runs 3] [--seed 42]
 */

/** mulberry32: a small seeded PRNG, so every run projects the same pool. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: Amortisation[] = ['ANNUITY', 'EQUAL_PRINCIPAL', 'BULLET'];

export function benchPool(loans: number, periods: number, seed: number): PoolProjectionInput {
  const random = prng(seed);
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const pool = Array.from({ length: loans }, () => ({
    principal: new Decimal(int(10_000_000, 1_000_000_000)).div(100).toFixed(2),
    annualRate: new Decimal(int(300, 800)).div(10000).toFixed(),
    remainingTermMonths: int(Math.min(12, periods), periods),
    amortisation: KINDS[int(0, 2)] as Amortisation,
  }));
  const balance = pool.reduce((s, l) => s.plus(l.principal), new Decimal(0));
  const share = (p: string): string => balance.times(p).toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed(2);
  return {
    loans: pool,
    assumptions: {
      annualDefaultRate: '0.02',
      annualPrepaymentRate: '0.05',
      lossSeverity: '0.4',
      recoveryLagPeriods: 6,
    },
    tranches: [
      { name: 'A', trancheClass: 'SENIOR', size: share('0.70'), coupon: '0.035', priority: 1 },
      { name: 'B', trancheClass: 'MEZZANINE', size: share('0.10'), coupon: '0.05', priority: 2 },
      { name: 'C', trancheClass: 'SUBORDINATED', size: share('0.05'), coupon: '0.08', priority: 3 },
    ],
    fees: { annualRateOnPool: '0.005', fixedPerPeriod: '5000.00' },
    reserve: { initialAmount: share('0.01'), targetShareOfNotes: '0.01' },
    guarantor: { cap: share('0.02') },
    periods,
  };
}

/** The minimal loop described above; returns total collections so the work cannot be skipped. */
export function minimalLoop(input: PoolProjectionInput, periods: number): Decimal {
  const ONE = new Decimal(1);
  const mdr = monthlyRate(new Decimal(input.assumptions.annualDefaultRate));
  const smm = monthlyRate(new Decimal(input.assumptions.annualPrepaymentRate));
  const balance = input.loans.map((l) => new Decimal(l.principal));
  const rate = input.loans.map((l) => new Decimal(l.annualRate).div(12));
  const onePlus = rate.map((r) => ONE.plus(r));
  const remaining = input.loans.map((l) => l.remainingTermMonths);
  const kind = input.loans.map((l) => l.amortisation);
  const growth = input.loans.map((l, i) =>
    l.amortisation === 'ANNUITY' ? (onePlus[i] as Decimal).pow(l.remainingTermMonths) : ONE,
  );
  let collected = new Decimal(0);
  for (let period = 1; period <= periods; period++) {
    let interestSum = new Decimal(0);
    let scheduledSum = new Decimal(0);
    let prepaySum = new Decimal(0);
    let defaultSum = new Decimal(0);
    let balanceSum = new Decimal(0);
    for (let i = 0; i < balance.length; i++) {
      const n = remaining[i] as number;
      if (n === 0) continue;
      const r = rate[i] as Decimal;
      const defaulted = (balance[i] as Decimal).times(mdr).toDecimalPlaces(2);
      const b = (balance[i] as Decimal).minus(defaulted);
      const interest = b.times(r).toDecimalPlaces(2);
      let scheduled = new Decimal(0);
      if (n === 1) scheduled = b;
      else if (kind[i] === 'ANNUITY') {
        const v = growth[i] as Decimal;
        const instalment = r.isZero() ? b.div(n) : b.times(r).times(v).div(v.minus(1));
        scheduled = Decimal.min(b, Decimal.max(0, instalment.toDecimalPlaces(2).minus(interest)));
        growth[i] = v.div(onePlus[i] as Decimal);
      } else if (kind[i] === 'EQUAL_PRINCIPAL') scheduled = b.div(n).toDecimalPlaces(2);
      const prepaid = b.minus(scheduled).times(smm).toDecimalPlaces(2);
      const closing = b.minus(scheduled).minus(prepaid);
      balance[i] = closing;
      remaining[i] = closing.isZero() ? 0 : n - 1;
      interestSum = interestSum.plus(interest);
      scheduledSum = scheduledSum.plus(scheduled);
      prepaySum = prepaySum.plus(prepaid);
      defaultSum = defaultSum.plus(defaulted);
      balanceSum = balanceSum.plus(closing);
    }
    collected = collected.plus(interestSum).plus(scheduledSum).plus(prepaySum);
    if (balanceSum.isNegative() || defaultSum.isNegative()) throw new Error('negative pool figure');
  }
  return collected;
}

function timed<T>(fn: () => T): { seconds: number; value: T } {
  const started = performance.now();
  const value = fn();
  return { seconds: (performance.now() - started) / 1000, value };
}

// Synchronous work wrapped in a promise for runBench / run-all.
export function runSecuritizationProjectionBench(): Promise<void> {
  const loans = numberFlag('loans', 10000, 1, 1_000_000);
  const periods = numberFlag('periods', 120, 1, 600);
  const runs = numberFlag('runs', 3, 1, 20);
  const seed = numberFlag('seed', 42, 0, 2 ** 31);
  const input = benchPool(loans, periods, seed);

  const warm = benchPool(Math.min(loans, 200), Math.min(periods, 24), seed + 1);
  projectPool(warm);
  minimalLoop(warm, warm.periods ?? 24);

  const engine: number[] = [];
  const minimal: number[] = [];
  let checksum = '';
  for (let run = 1; run <= runs; run++) {
    const e = timed(() => projectPool(input));
    const m = timed(() => minimalLoop(input, periods));
    // Both must have stepped the same loans: scheduled collections before recoveries agree.
    const engineCollected = e.value.periods.reduce(
      (s, p) => s.plus(p.scheduledInterest).plus(p.scheduledPrincipal).plus(p.prepayments),
      new Decimal(0),
    );
    if (!engineCollected.eq(m.value))
      throw new Error(`engine ${engineCollected.toFixed()} != minimal ${m.value.toFixed()}`);
    checksum = m.value.toFixed(2);
    engine.push(e.seconds);
    minimal.push(m.seconds);
    log(`run ${run}: projectPool ${round(e.seconds, 3)} s, minimal loop ${round(m.seconds, 3)} s`);
  }
  const engineSeconds = median(engine);
  const minimalSeconds = median(minimal);
  const ratio = round(engineSeconds / minimalSeconds, 2);
  const loanPeriods = loans * periods;
  printTable(
    `Securitisation projection (${loans} loans, ${periods} periods, median of ${runs})`,
    ['case', 'seconds', 'loan-periods/s', 'ratio'],
    [
      ['projectPool', round(engineSeconds, 3), round(loanPeriods / engineSeconds), ratio],
      ['minimal loop', round(minimalSeconds, 3), round(loanPeriods / minimalSeconds), 1],
    ],
  );
  printJson('securitization-projection', {
    commit: gitCommit(),
    loans,
    periods,
    runs,
    seed,
    collections: checksum,
    engineSeconds: round(engineSeconds, 3),
    minimalSeconds: round(minimalSeconds, 3),
    engineOverMinimal: ratio,
    goal: 2,
  });
  return Promise.resolve();
}

if (isMain(import.meta.url)) runBench(runSecuritizationProjectionBench);
