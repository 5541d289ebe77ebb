import { Decimal } from '@app/money';
import { assertIsoDate, compareIsoDate, type IsoDate } from '@registry/ip-asset/domain/iso-date.js';

/**
 * Marketplace rules as plain functions: effective (time-dependent) statuses, offer term
 * checks, the valuation snapshot and due-date arithmetic. No Nest or TypeORM here.
 */

export enum ListingStatus {
  OPEN = 'OPEN',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
  ACCEPTED = 'ACCEPTED',
}

export enum ListingVisibility {
  PUBLIC = 'PUBLIC',
  INVITED = 'INVITED',
}

export enum OfferStatus {
  OPEN = 'OPEN',
  WITHDRAWN = 'WITHDRAWN',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  ACCEPTED = 'ACCEPTED',
}

export enum RepaymentMethod {
  ANNUITY = 'ANNUITY',
  EQUAL_PRINCIPAL = 'EQUAL_PRINCIPAL',
  INTEREST_ONLY_BULLET = 'INTEREST_ONLY_BULLET',
  FLAT = 'FLAT',
}

/** A listing takes offers through its `expiresOn` day (registry calendar) and is EXPIRED after it. */
export function effectiveListingStatus(
  status: ListingStatus,
  expiresOn: IsoDate | null,
  today: IsoDate,
): ListingStatus {
  if (status !== ListingStatus.OPEN || expiresOn === null) return status;
  return compareIsoDate(expiresOn, today) < 0 ? ListingStatus.EXPIRED : status;
}

/** An offer can be accepted until the instant `expiresAt`, not at or after it. */
export function effectiveOfferStatus(status: OfferStatus, expiresAt: Date, now: Date): OfferStatus {
  if (status !== OfferStatus.OPEN) return status;
  return expiresAt.getTime() <= now.getTime() ? OfferStatus.EXPIRED : status;
}

/** An asset's latest valuation as the valuation subgraph reports it. */
export interface LatestValuation {
  amount: Decimal;
  currency: string;
  valuedAt: Date;
}

export interface ValuationSnapshot {
  total: Decimal;
  currency: string;
  /** The oldest valuation summed. */
  valuedAt: Date;
}

/**
 * The listing's valuation total: the sum of every asset's latest valuation. Null when any
 * asset has none, or when they are in different currencies (no conversion is guessed).
 */
export function valuationSnapshot(latest: readonly (LatestValuation | null)[]): ValuationSnapshot | null {
  const first = latest[0];
  if (first === undefined || first === null) return null;
  let total = new Decimal(0);
  let valuedAt = first.valuedAt;
  for (const v of latest) {
    if (v === null || v.currency !== first.currency) return null;
    total = total.plus(v.amount);
    if (v.valuedAt.getTime() < valuedAt.getTime()) valuedAt = v.valuedAt;
  }
  return { total, currency: first.currency, valuedAt };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Same day `months` later; a day the target month lacks becomes its last day
 * (31 January + 1 month = 28 or 29 February), so a term never runs into the next month.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isSafeInteger(months) || months < 0) throw new RangeError(`months must be a whole number >= 0`);
  assertIsoDate(date, 'date');
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
