import { Decimal } from '@app/money';
import type { Amortisation, ParsedLoan } from './securitization-input.js';

/** What the pool produced in one period; every figure is a sum of per-loan amounts rounded to cents. */
export interface PoolPeriodFlows {
  scheduledInterest: Decimal;
  scheduledPrincipal: Decimal;
  prepayments: Decimal;
  defaults: Decimal;
  poolBalanceEnd: Decimal;
}

const ZERO = new Decimal(0);
const ONE = new Decimal(1);
const TWELFTH = ONE.div(12);

/** Monthly rate equivalent to an annual rate of incidence: 1 - (1 - annual)^(1/12). */
export function monthlyRate(annual: Decimal): Decimal {
  return ONE.minus(ONE.minus(annual).pow(TWELFTH));
}

/**
 * The pool's loans as parallel arrays, stepped one period at a time. Per loan and period:
 *   default     = round(balance x MDR)
 *   balance'    = balance - default
 *   interest    = round(balance' x r)                 (r = annual rate / 12)
 *   scheduled   = annuity: round(balance' x r x v / (v - 1)) - interest, v = (1 + r)^n;
 *                 equal principal: round(balance' / n); bullet: 0; the last instalment clears balance'
 *   prepayment  = round((balance' - scheduled) x SMM)
 *   balance''   = balance' - scheduled - prepayment
 * (round = half-even to cents). The annuity is re-amortised on the surviving balance each
 * period, so defaults and prepayments lower the instalment rather than the term.
 */
export class LoanPool {
  private readonly balance: Decimal[];
  private readonly rate: Decimal[];
  private readonly growth: Decimal[];
  private readonly onePlusRate: Decimal[];
  private readonly remaining: number[];
  private readonly kind: Amortisation[];

  constructor(
    loans: readonly ParsedLoan[],
    private readonly mdr: Decimal,
    private readonly smm: Decimal,
  ) {
    this.balance = loans.map((l) => l.principal);
    this.rate = loans.map((l) => l.annualRate.div(12));
    this.onePlusRate = this.rate.map((r) => ONE.plus(r));
    this.remaining = loans.map((l) => l.remainingTermMonths);
    this.kind = loans.map((l) => l.amortisation);
    this.growth = loans.map((l, i) =>
      l.amortisation === 'ANNUITY' ? (this.onePlusRate[i] as Decimal).pow(l.remainingTermMonths) : ONE,
    );
  }

  /** Advances every loan by one period. */
  step(): PoolPeriodFlows {
    let interestSum = ZERO;
    let scheduledSum = ZERO;
    let prepaySum = ZERO;
    let defaultSum = ZERO;
    let balanceSum = ZERO;
    const { mdr, smm } = this;
    for (let i = 0; i < this.balance.length; i++) {
      const n = this.remaining[i] as number;
      if (n === 0) continue;
      const opening = this.balance[i] as Decimal;
      const rate = this.rate[i] as Decimal;
      const defaulted = opening.times(mdr).toDecimalPlaces(2);
      const b = opening.minus(defaulted);
      const interest = b.times(rate).toDecimalPlaces(2);
      let scheduled: Decimal;
      if (n === 1) scheduled = b;
      else {
        switch (this.kind[i] as Amortisation) {
          case 'ANNUITY': {
            const v = this.growth[i] as Decimal;
            const instalment = rate.isZero() ? b.div(n) : b.times(rate).times(v).div(v.minus(1));
            scheduled = Decimal.min(b, Decimal.max(ZERO, instalment.toDecimalPlaces(2).minus(interest)));
            this.growth[i] = v.div(this.onePlusRate[i] as Decimal);
            break;
          }
          case 'EQUAL_PRINCIPAL':
            scheduled = b.div(n).toDecimalPlaces(2);
            break;
          case 'BULLET':
            scheduled = ZERO;
            break;
        }
      }
      const prepaid = b.minus(scheduled).times(smm).toDecimalPlaces(2);
      const closing = b.minus(scheduled).minus(prepaid);
      this.balance[i] = closing;
      this.remaining[i] = closing.isZero() ? 0 : n - 1;
      interestSum = interestSum.plus(interest);
      scheduledSum = scheduledSum.plus(scheduled);
      prepaySum = prepaySum.plus(prepaid);
      defaultSum = defaultSum.plus(defaulted);
      balanceSum = balanceSum.plus(closing);
    }
    return {
      scheduledInterest: interestSum,
      scheduledPrincipal: scheduledSum,
      prepayments: prepaySum,
      defaults: defaultSum,
      poolBalanceEnd: balanceSum,
    };
  }
}
