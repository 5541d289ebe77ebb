import { Decimal } from '@app/money';
import { compareIsoDate, daysBetween, type IsoDate } from '@registry/ip-asset/domain/iso-date.js';

/** What a rule subsidises; stored values. */
export enum SubsidyKind {
  /** A share of the interest the outstanding principal would bear at the 1-year LPR. */
  INTEREST_LPR_SHARE = 'INTEREST_LPR_SHARE',
  /** A share of the interest the borrower actually paid in the period. */
  INTEREST_PAID_SHARE = 'INTEREST_PAID_SHARE',
  /** A share of the appraisal fee the bank reported for the loan. */
  APPRAISAL_FEE = 'APPRAISAL_FEE',
  /** A share of the insurance premium the bank reported for the loan. */
  INSURANCE_PREMIUM = 'INSURANCE_PREMIUM',
}

/** Days in the year of the LPR-share day count (decision 51: actual days / 360, as Chinese loan interest). */
export const LPR_DAY_BASIS = 360;

/** A rate in force from a day until the next entry (the 1-year LPR table). */
export interface RateFrom {
  from: IsoDate;
  rate: Decimal;
}

/** A run of days with one outstanding balance and one LPR. */
export interface LprSegment {
  from: IsoDate;
  /** Exclusive. */
  to: IsoDate;
  days: number;
  balance: Decimal;
  lpr: Decimal;
}

export interface LprBaseInput {
  period: { start: IsoDate; end: IsoDate };
  disbursedOn: IsoDate;
  /** The day the loan ended (repaid, written off, ...); no day from then on counts. */
  closedOn: IsoDate | null;
  principal: Decimal;
  /** Principal repaid, by the day it was received. */
  principalRepaid: readonly { on: IsoDate; amount: Decimal }[];
  lprs: readonly RateFrom[];
}

export type LprBase =
  | { ok: true; base: Decimal; segments: LprSegment[] }
  | { ok: false; missingLprOn: IsoDate; base?: undefined; segments?: undefined };

const ZERO = new Decimal(0);
const later = (a: IsoDate, b: IsoDate): IsoDate => (compareIsoDate(a, b) >= 0 ? a : b);
const earlier = (a: IsoDate, b: IsoDate): IsoDate => (compareIsoDate(a, b) <= 0 ? a : b);

/** Rounds an amount to cents, half-even (the house rounding). */
export function cents(amount: Decimal): Decimal {
  return amount.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN);
}

/**
 * Interest at the 1-year LPR on the principal outstanding on each day of the period the
 * loan was out: sum of balance x LPR x days / 360, rounded to cents once at the end. A
 * repayment received on a day lowers the balance from that day on (interest runs from
 * disbursement to the day before repayment); the disbursement day counts, the closing day
 * does not. Each day takes the LPR in force that day. A day with a balance but no LPR in
 * force is reported, not guessed.
 */
export function lprInterestBase(input: LprBaseInput): LprBase {
  const from = later(input.period.start, input.disbursedOn);
  const to = input.closedOn === null ? input.period.end : earlier(input.period.end, input.closedOn);
  if (compareIsoDate(from, to) >= 0) return { ok: true, base: ZERO, segments: [] };
  const repaid = [...input.principalRepaid].sort((a, b) => compareIsoDate(a.on, b.on));
  const lprs = [...input.lprs].sort((a, b) => compareIsoDate(a.from, b.from));
  const cuts = new Set<IsoDate>([from, to]);
  for (const r of repaid) if (compareIsoDate(r.on, from) > 0 && compareIsoDate(r.on, to) < 0) cuts.add(r.on);
  for (const l of lprs) if (compareIsoDate(l.from, from) > 0 && compareIsoDate(l.from, to) < 0) cuts.add(l.from);
  const points = [...cuts].sort(compareIsoDate);
  const segments: LprSegment[] = [];
  let sum = ZERO;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as IsoDate;
    const end = points[i + 1] as IsoDate;
    const balance = repaid
      .filter((r) => compareIsoDate(r.on, start) <= 0)
      .reduce((left, r) => left.minus(r.amount), input.principal);
    if (!balance.gt(0)) continue;
    const lpr = lprs.filter((l) => compareIsoDate(l.from, start) <= 0).at(-1);
    if (lpr === undefined) return { ok: false, missingLprOn: start };
    const days = daysBetween(start, end);
    segments.push({ from: start, to: end, days, balance, lpr: lpr.rate });
    sum = sum.plus(balance.times(lpr.rate).times(days));
  }
  return { ok: true, base: cents(sum.div(LPR_DAY_BASIS)), segments };
}

/** Interest actually paid in the period: the repayments' interest received in [start, end). */
export function interestPaidBase(
  period: { start: IsoDate; end: IsoDate },
  repayments: readonly { on: IsoDate; interest: Decimal }[],
): Decimal {
  return cents(
    repayments
      .filter((r) => compareIsoDate(r.on, period.start) >= 0 && compareIsoDate(r.on, period.end) < 0)
      .reduce((sum, r) => sum.plus(r.interest), ZERO),
  );
}

/** The share a loan gets: the uplifted one when the loan is insured or guaranteed and the rule has one. */
export function shareFor(
  rule: { share: Decimal; upliftedShare: Decimal | null },
  facts: { insured: boolean; guaranteed: boolean } | null,
): Decimal {
  const uplifted = facts !== null && (facts.insured || facts.guaranteed);
  return uplifted && rule.upliftedShare !== null ? rule.upliftedShare : rule.share;
}

/** The claim before caps: base x share, rounded to cents half-even. */
export function claimAmount(base: Decimal, share: Decimal): Decimal {
  return cents(base.times(share));
}

/** One firm's claims of one kind in one period, in the order the caps are given out. */
export interface ClaimToCap {
  computed: Decimal;
  /** What the loan's other claims of the kind in the year already took (capped amounts). */
  loanUsed: Decimal;
}

export interface CapLimits {
  firmCap: Decimal;
  /** What the firm's other claims of the kind in the year already took (capped amounts). */
  firmUsed: Decimal;
  loanCap: Decimal | null;
}

export interface CappedClaim {
  capped: Decimal;
  /** Which cap cut the claim and what was left of it, or null when it was paid in full. */
  note: string | null;
}

const money = (d: Decimal): string => d.toFixed(2);

/**
 * Gives out what is left of the firm's yearly cap (and each loan's yearly cap) to the
 * claims in order: each gets min(computed, loan left, firm left). So every capped amount is
 * between 0 and its computed amount, and the firm's year never exceeds its cap.
 */
export function allocateCaps(claims: readonly ClaimToCap[], limits: CapLimits): CappedClaim[] {
  let firmLeft = Decimal.max(ZERO, limits.firmCap.minus(limits.firmUsed));
  return claims.map((claim) => {
    const loanLeft = limits.loanCap === null ? null : Decimal.max(ZERO, limits.loanCap.minus(claim.loanUsed));
    let capped = Decimal.min(claim.computed, firmLeft);
    let note: string | null = null;
    if (loanLeft !== null && loanLeft.lt(capped)) {
      capped = loanLeft;
      note = `per-loan cap ${money(limits.loanCap as Decimal)} a year, ${money(loanLeft)} left`;
    } else if (capped.lt(claim.computed)) {
      note = `per-firm cap ${money(limits.firmCap)} a year, ${money(firmLeft)} left`;
    }
    firmLeft = firmLeft.minus(capped);
    return { capped, note };
  });
}
