import type { IsoDate } from '@registry/ip-asset/domain/iso-date.js';

/** A calendar quarter, the period claims are computed for; dates are half-open [start, end). */
export interface SubsidyPeriod {
  year: number;
  quarter: number;
  start: IsoDate;
  end: IsoDate;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The quarter's first day and the next quarter's first day. */
export function quarterPeriod(year: number, quarter: number): SubsidyPeriod {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new RangeError(`year ${year} is outside 2000..2100`);
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new RangeError(`quarter ${quarter} is not 1..4`);
  const start = `${year}-${pad(quarter * 3 - 2)}-01`;
  const end = quarter === 4 ? `${year + 1}-01-01` : `${year}-${pad(quarter * 3 + 1)}-01`;
  return { year, quarter, start, end };
}

/** Whether the date is the first day of a calendar quarter (rule versions start and end there). */
export function isQuarterStart(date: IsoDate): boolean {
  return /^\d{4}-(01|04|07|10)-01$/.test(date);
}

/** The quarter a date falls in. */
export function quarterOf(date: IsoDate): SubsidyPeriod {
  return quarterPeriod(Number(date.slice(0, 4)), Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1);
}
