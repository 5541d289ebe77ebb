import { Decimal } from '@app/money';
import { LoanPool, monthlyRate } from './pool-collections.js';
import { annualisedYield, weightedAverageLife } from './tranche-metrics.js';
import {
  parseProjectionInput,
  type ParsedProjectionInput,
  type ParsedTranche,
  type PoolProjectionInput,
} from './securitization-input.js';
import type { PoolProjection, ProjectionPeriod, TranchePeriod, TriggerState } from './projection-result.js';

const ZERO = new Decimal(0);
const HALF = new Decimal('0.5');

interface TrancheState {
  spec: ParsedTranche;
  monthlyCoupon: Decimal;
  balance: Decimal;
  carriedInterest: Decimal;
  row: TranchePeriod;
}

/** Mutable cash of one period: what is still available and what the reserve and guarantor hold. */
interface Cash {
  available: Decimal;
  reserve: Decimal;
  reserveDraw: Decimal;
  guarantorLeft: Decimal;
  guarantorDraw: Decimal;
}

function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((s, v) => s.plus(v), ZERO);
}

function take(cash: Cash, due: Decimal): Decimal {
  const paid = Decimal.min(cash.available, due);
  cash.available = cash.available.minus(paid);
  return paid;
}

/** Covers a shortfall from the reserve, then (for rated notes) from the guarantor within its cap. */
function cover(cash: Cash, shortfall: Decimal, guaranteed: boolean): Decimal {
  const fromReserve = Decimal.min(cash.reserve, shortfall);
  cash.reserve = cash.reserve.minus(fromReserve);
  cash.reserveDraw = cash.reserveDraw.plus(fromReserve);
  if (!guaranteed) return fromReserve;
  const fromGuarantor = Decimal.min(cash.guarantorLeft, shortfall.minus(fromReserve));
  cash.guarantorLeft = cash.guarantorLeft.minus(fromGuarantor);
  cash.guarantorDraw = cash.guarantorDraw.plus(fromGuarantor);
  return fromReserve.plus(fromGuarantor);
}

function payInterest(cash: Cash, t: TrancheState, fromSupport: boolean): void {
  const due = t.carriedInterest.plus(t.balance.times(t.monthlyCoupon).toDecimalPlaces(2));
  let paid = take(cash, due);
  if (fromSupport && paid.lt(due)) paid = paid.plus(cover(cash, due.minus(paid), true));
  t.carriedInterest = due.minus(paid);
  t.row.interestDue = due;
  t.row.interestPaid = paid;
  t.row.interestShortfall = t.carriedInterest;
}

function payPrincipal(cash: Cash, t: TrancheState, limit: Decimal): Decimal {
  const paid = take(cash, Decimal.min(t.balance, limit));
  t.balance = t.balance.minus(paid);
  t.row.principalPaid = t.row.principalPaid.plus(paid);
  t.row.balance = t.balance;
  return paid;
}

function triggerState(
  input: ParsedProjectionInput,
  previous: TriggerState,
  ratio: Decimal | null,
  cumulativeLoss: Decimal,
): TriggerState {
  const t = input.triggers;
  if (previous === 'RAPID_AMORTISATION') return previous;
  if (cumulativeLoss.gt(input.poolBalance.times(t.cumulativeLossRapidAbove))) return 'RAPID_AMORTISATION';
  if (ratio === null) return 'NORMAL';
  if (ratio.lt(t.rapidAmortisationBelow)) return 'RAPID_AMORTISATION';
  if (ratio.lt(t.trap100Below)) return 'TRAP_100';
  if (ratio.lt(t.trap50Below)) return 'TRAP_50';
  return 'NORMAL';
}

function reserveTarget(input: ParsedProjectionInput, notes: Decimal, state: TriggerState, last: boolean): Decimal {
  if (last || state === 'RAPID_AMORTISATION') return ZERO;
  const r = input.reserve;
  const target = r.targetAmount ?? notes.times(r.targetShareOfNotes ?? ZERO).toDecimalPlaces(2);
  return Decimal.min(target, notes);
}

/**
 * Projects a securitisation pool period by period (months) and runs the waterfall; see the
 * module documentation in index.ts for the allocation order, triggers and rounding.
 *
 * @throws SecuritizationInputError naming the offending field.
 */
export function projectPool(raw: PoolProjectionInput): PoolProjection {
  const input = parseProjectionInput(raw);
  const { assumptions } = input;
  const pool = new LoanPool(input.loans, monthlyRate(assumptions.cdr), monthlyRate(assumptions.cpr));
  const tranches: TrancheState[] = input.tranches.map((spec) => ({
    spec,
    monthlyCoupon: spec.coupon.div(12),
    balance: spec.size,
    carriedInterest: ZERO,
    row: emptyRow(spec.name, spec.size),
  }));
  const rated = tranches.filter((t) => t.spec.trancheClass !== 'SUBORDINATED');
  const subordinated = tranches.filter((t) => t.spec.trancheClass === 'SUBORDINATED');
  const recoveriesDue: Decimal[] = new Array<Decimal>(input.periods + assumptions.recoveryLag + 1).fill(ZERO);
  const monthlyFeeRate = input.fees.annualRateOnPool.div(12);
  const cashFlows = tranches.map(() => [] as Decimal[]);
  const principalFlows = tranches.map(() => [] as Decimal[]);
  const periods: ProjectionPeriod[] = [];

  let poolBalance = input.poolBalance;
  let reserve = input.reserve.initialAmount;
  let guarantorLeft = input.guarantorCap;
  let carriedFees = ZERO;
  let deficiency = ZERO;
  let cumulativeLoss = ZERO;
  let state: TriggerState = 'NORMAL';

  for (let period = 1; period <= input.periods; period++) {
    const last = period === input.periods;
    const ratedOpening = sum(rated.map((t) => t.balance));
    const notesOpening = ratedOpening.plus(sum(subordinated.map((t) => t.balance)));
    const ratio = ratedOpening.isZero() ? null : poolBalance.div(ratedOpening);
    state = triggerState(input, state, ratio, cumulativeLoss);
    for (const t of tranches) t.row = emptyRow(t.spec.name, t.balance);

    const flows = pool.step();
    const losses = flows.defaults.times(assumptions.lossSeverity).toDecimalPlaces(2);
    recoveriesDue[period + assumptions.recoveryLag] = (recoveriesDue[period + assumptions.recoveryLag] as Decimal).plus(
      flows.defaults.minus(losses),
    );
    const recoveries = recoveriesDue[period] as Decimal;
    cumulativeLoss = cumulativeLoss.plus(losses);
    const collections = flows.scheduledInterest.plus(flows.scheduledPrincipal).plus(flows.prepayments).plus(recoveries);
    const cash: Cash = { available: collections, reserve, reserveDraw: ZERO, guarantorLeft, guarantorDraw: ZERO };

    // 0. Reserve above its target (the target falls with the notes) is released into available funds.
    const target = reserveTarget(input, notesOpening, state, last);
    const reserveRelease = Decimal.max(ZERO, cash.reserve.minus(target));
    cash.reserve = cash.reserve.minus(reserveRelease);
    cash.available = cash.available.plus(reserveRelease);

    // 1. Senior fees (reserve covers a shortfall; the guarantor does not).
    const feesDue = carriedFees
      .plus(poolBalance.times(monthlyFeeRate).toDecimalPlaces(2))
      .plus(input.fees.fixedPerPeriod);
    let feesPaid = take(cash, feesDue);
    if (feesPaid.lt(feesDue)) feesPaid = feesPaid.plus(cover(cash, feesDue.minus(feesPaid), false));
    carriedFees = feesDue.minus(feesPaid);

    // 2-3. Senior, then mezzanine interest, supported by the reserve and the guarantor.
    for (const t of rated) payInterest(cash, t, true);

    let trappedCash = ZERO;
    let reserveTopUp = ZERO;
    if (state === 'RAPID_AMORTISATION') {
      // Everything left repays principal in priority order, then subordinated interest.
      for (const t of tranches) payPrincipal(cash, t, t.balance);
      for (const t of subordinated) payInterest(cash, t, false);
      deficiency = ZERO;
    } else {
      // 4-5. Principal due: the pool's decline (amortisation, prepayments, defaults) plus what
      // earlier periods could not pay, so the notes track the pool and excess spread absorbs losses.
      const decline = poolBalance.minus(flows.poolBalanceEnd);
      let principalDue = last ? notesOpening : Decimal.min(notesOpening, deficiency.plus(decline));
      for (const t of rated) principalDue = principalDue.minus(payPrincipal(cash, t, principalDue));
      // 6. Reserve top-up to its target.
      reserveTopUp = take(cash, Decimal.max(ZERO, target.minus(cash.reserve)));
      cash.reserve = cash.reserve.plus(reserveTopUp);
      // 7. Trap a share of the excess cash as extra senior / mezzanine principal.
      const share = state === 'TRAP_100' ? new Decimal(1) : state === 'TRAP_50' ? HALF : ZERO;
      const trapped = cash.available.times(share).toDecimalPlaces(2);
      for (const t of rated) trappedCash = trappedCash.plus(payPrincipal(cash, t, trapped.minus(trappedCash)));
      // 8-9. Subordinated interest and principal.
      for (const t of subordinated) payInterest(cash, t, false);
      for (const t of subordinated) principalDue = principalDue.minus(payPrincipal(cash, t, principalDue));
      deficiency = Decimal.min(principalDue, sum(tranches.map((t) => t.balance)));
    }

    tranches.forEach((t, i) => {
      t.row.balance = t.balance;
      (cashFlows[i] as Decimal[]).push(t.row.interestPaid.plus(t.row.principalPaid));
      (principalFlows[i] as Decimal[]).push(t.row.principalPaid);
    });
    periods.push({
      period,
      triggerState: state,
      coverageRatio: ratio === null ? null : ratio.toDecimalPlaces(6),
      poolBalanceStart: poolBalance,
      scheduledInterest: flows.scheduledInterest,
      scheduledPrincipal: flows.scheduledPrincipal,
      prepayments: flows.prepayments,
      recoveries,
      collections,
      defaults: flows.defaults,
      losses,
      poolBalanceEnd: flows.poolBalanceEnd,
      feesDue,
      feesPaid,
      tranches: tranches.map((t) => t.row),
      reserveRelease,
      reserveDraw: cash.reserveDraw,
      reserveTopUp,
      reserveBalance: cash.reserve,
      guarantorDraw: cash.guarantorDraw,
      trappedCash,
      principalDeficiency: deficiency,
      residual: cash.available,
    });
    poolBalance = flows.poolBalanceEnd;
    reserve = cash.reserve;
    guarantorLeft = cash.guarantorLeft;
  }

  return {
    initialPoolBalance: input.poolBalance,
    periods,
    tranches: tranches.map((t, i) => {
      const flows = cashFlows[i] as Decimal[];
      const principal = principalFlows[i] as Decimal[];
      const totalPrincipal = sum(principal);
      return {
        name: t.spec.name,
        trancheClass: t.spec.trancheClass,
        size: t.spec.size,
        totalInterest: sum(flows).minus(totalPrincipal),
        totalPrincipal,
        writeDown: t.balance,
        interestLoss: t.carriedInterest,
        weightedAverageLifeYears: weightedAverageLife(principal),
        annualYield: annualisedYield(t.spec.size, flows),
        cashFlows: flows,
      };
    }),
    totals: {
      collections: sum(periods.map((p) => p.collections)),
      defaults: sum(periods.map((p) => p.defaults)),
      losses: sum(periods.map((p) => p.losses)),
      feesPaid: sum(periods.map((p) => p.feesPaid)),
      guarantorDraw: sum(periods.map((p) => p.guarantorDraw)),
      residual: sum(periods.map((p) => p.residual)),
    },
  };
}

function emptyRow(name: string, balance: Decimal): TranchePeriod {
  return { name, interestDue: ZERO, interestPaid: ZERO, interestShortfall: ZERO, principalPaid: ZERO, balance };
}
