import { addYears, assertIsoDate, compareIsoDate, daysBetween, yearsBetween, type IsoDate } from './iso-date.js';

/**
 * Legal terms of Chinese IP rights: Patent Law art. 42 (as amended with effect from
 * 2021-06-01) and Trademark Law arts. 39-40. Patent term compensation for examination
 * or drug-approval delays (art. 42(2)-(3)) is granted case by case and is not modelled;
 * such extensions have to be recorded as an explicit expiry elsewhere.
 */

/** Kind of IP right; the string values are stored, so they must not change. */
export enum IpKind {
  INVENTION = 'INVENTION',
  UTILITY_MODEL = 'UTILITY_MODEL',
  DESIGN = 'DESIGN',
  TRADEMARK = 'TRADEMARK',
}

/** Registry-side legal status of an IP right; the string values are stored. */
export enum IpLegalStatus {
  PENDING = 'PENDING',
  GRANTED = 'GRANTED',
  /** Annual fee unpaid but still inside the six-month late-payment period. */
  FEE_GRACE = 'FEE_GRACE',
  LAPSED = 'LAPSED',
  INVALIDATED = 'INVALIDATED',
  EXPIRED = 'EXPIRED',
}

/** Designs filed on or after this day (the fourth Patent Law amendment) get 15 years instead of 10. */
export const DESIGN_FIFTEEN_YEAR_TERM_FROM: IsoDate = '2021-06-01';

/** Trademark registration and each renewal last this many years. */
export const TRADEMARK_TERM_YEARS = 10;

/** Raised for dates that are malformed or contradict each other. */
export class IpTermError extends Error {
  override readonly name = 'IpTermError';
  constructor(
    readonly code: 'INVALID_DATE' | 'UNKNOWN_KIND' | 'GRANT_BEFORE_FILING' | 'RENEWAL_BEFORE_EXPIRY' | 'NOT_RENEWABLE',
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function requireDate(value: IsoDate, field: string): void {
  try {
    assertIsoDate(value, field);
  } catch {
    throw new IpTermError('INVALID_DATE', field, `${field} is not a valid YYYY-MM-DD date: ${String(value)}`);
  }
}

/**
 * Length of the legal term in years. Patent terms run from the filing date; the
 * trademark term runs from registration, but its length does not depend on it.
 *
 * @throws IpTermError `INVALID_DATE` when `filingDate` is not a valid ISO date,
 *   `UNKNOWN_KIND` for a value outside {@link IpKind}.
 */
export function legalTermYears(kind: IpKind, filingDate: IsoDate): number {
  requireDate(filingDate, 'filingDate');
  switch (kind) {
    case IpKind.INVENTION:
      return 20;
    case IpKind.UTILITY_MODEL:
      return 10;
    case IpKind.DESIGN:
      // The amendment has no retroactive effect: earlier designs keep 10 years.
      return compareIsoDate(filingDate, DESIGN_FIFTEEN_YEAR_TERM_FROM) >= 0 ? 15 : 10;
    case IpKind.TRADEMARK:
      return TRADEMARK_TERM_YEARS;
    default: {
      // Kinds arrive from storage and imports, so an unknown one is possible at runtime.
      const unknown: never = kind;
      throw new IpTermError('UNKNOWN_KIND', 'kind', `unknown IP kind: ${String(unknown)}`);
    }
  }
}

/** Dates needed to place the end of an IP right's term. */
export interface ExpiryInput {
  kind: IpKind;
  filingDate: IsoDate;
  /** Patent grant or trademark registration date. */
  grantDate?: IsoDate | null;
  /** Trademarks only: end of the latest renewal period. */
  renewedUntil?: IsoDate | null;
}

/**
 * The expiry date: the first day on which the right is no longer in force, i.e. the
 * anniversary of the start date after the term (filing 2015-03-10, invention ->
 * 2035-03-10; the last day of protection is 2035-03-09). A 29 February start falls
 * on 28 February in a non-leap expiry year.
 *
 * Patents: filing date + term, whether or not granted yet. Trademarks: registration
 * date + 10 years, or `renewedUntil` when renewed; `null` while not registered,
 * because an application has no term yet.
 *
 * @throws IpTermError `INVALID_DATE`, `UNKNOWN_KIND`, `GRANT_BEFORE_FILING`, `NOT_RENEWABLE` (a
 *   renewal on a patent) or `RENEWAL_BEFORE_EXPIRY` (a renewal ending before the
 *   first registration period does).
 */
export function computeExpiryDate(input: ExpiryInput): IsoDate | null {
  const { kind, filingDate, grantDate, renewedUntil } = input;
  requireDate(filingDate, 'filingDate');
  if (grantDate != null) {
    requireDate(grantDate, 'grantDate');
    if (compareIsoDate(grantDate, filingDate) < 0) {
      throw new IpTermError('GRANT_BEFORE_FILING', 'grantDate', `grant ${grantDate} precedes filing ${filingDate}`);
    }
  }
  if (renewedUntil != null) requireDate(renewedUntil, 'renewedUntil');

  if (kind !== IpKind.TRADEMARK) {
    if (renewedUntil != null) {
      throw new IpTermError('NOT_RENEWABLE', 'renewedUntil', `a ${kind} patent cannot be renewed`);
    }
    return addYears(filingDate, legalTermYears(kind, filingDate));
  }

  if (grantDate == null) return null;
  const firstPeriodEnd = addYears(grantDate, TRADEMARK_TERM_YEARS);
  if (renewedUntil == null) return firstPeriodEnd;
  if (compareIsoDate(renewedUntil, firstPeriodEnd) < 0) {
    throw new IpTermError(
      'RENEWAL_BEFORE_EXPIRY',
      'renewedUntil',
      `renewal end ${renewedUntil} precedes the first registration period end ${firstPeriodEnd}`,
    );
  }
  return renewedUntil;
}

/**
 * The status to act on as of a day: a right recorded as in force (GRANTED or
 * FEE_GRACE) is EXPIRED from its expiry date on, because registries often update the
 * stored status late. Other statuses, and rights without an expiry, are returned as is.
 *
 * @throws IpTermError `INVALID_DATE`.
 */
export function effectiveLegalStatus(status: IpLegalStatus, expiryDate: IsoDate | null, asOf: IsoDate): IpLegalStatus {
  requireDate(asOf, 'asOf');
  if (expiryDate == null) return status;
  requireDate(expiryDate, 'expiryDate');
  const inForce = status === IpLegalStatus.GRANTED || status === IpLegalStatus.FEE_GRACE;
  return inForce && compareIsoDate(asOf, expiryDate) >= 0 ? IpLegalStatus.EXPIRED : status;
}

/**
 * Whether a pledge may be registered on a right with this (effective) status. Only
 * GRANTED: the patent office refuses pledge registration while annual fees are unpaid,
 * even inside the grace period, so FEE_GRACE is not pledgeable.
 */
export function isPledgeable(status: IpLegalStatus): boolean {
  return status === IpLegalStatus.GRANTED;
}

/**
 * Whole days of protection left as of `asOf` (the expiry day itself is not in force);
 * 0 once expired.
 *
 * @throws IpTermError `INVALID_DATE`.
 */
export function remainingLifeDays(expiryDate: IsoDate, asOf: IsoDate): number {
  requireDate(expiryDate, 'expiryDate');
  requireDate(asOf, 'asOf');
  return Math.max(0, daysBetween(asOf, expiryDate));
}

/**
 * Remaining protection in years (days / 365.25, 2 decimals), 0 once expired; the
 * legal-term input of the valuation income period.
 *
 * @throws IpTermError `INVALID_DATE`.
 */
export function remainingLifeYears(expiryDate: IsoDate, asOf: IsoDate): number {
  requireDate(expiryDate, 'expiryDate');
  requireDate(asOf, 'asOf');
  return Math.max(0, yearsBetween(asOf, expiryDate));
}
