/**
 * Calendar dates as ISO 8601 `YYYY-MM-DD` strings. IP terms are counted in calendar
 * days at the issuing office, so there is deliberately no time of day and no time
 * zone: a `Date` would shift the day for users west of UTC.
 */

/** A string in `YYYY-MM-DD` form naming a real day of the proleptic Gregorian calendar, years 0001..9999. */
export type IsoDate = string;

/** Raised when a date string or an argument to a date helper is unusable. */
export class IsoDateError extends Error {
  override readonly name = 'IsoDateError';
  constructor(
    readonly code: 'INVALID_DATE' | 'INVALID_ARGUMENT' | 'OUT_OF_RANGE',
    message: string,
  ) {
    super(message);
  }
}

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parse(s: string): CalendarDate | null {
  const match = ISO_DATE_PATTERN.exec(s);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function parseOrThrow(s: string, label: string): CalendarDate {
  const parsed = typeof s === 'string' ? parse(s) : null;
  if (!parsed) throw new IsoDateError('INVALID_DATE', `${label} is not a valid YYYY-MM-DD date: ${String(s)}`);
  return parsed;
}

function format({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Day number relative to 1970-01-01, by H. Hinnant's days_from_civil. Pure integer
 * arithmetic rather than `Date.UTC`, which maps years 0..99 onto 1900..1999.
 */
function dayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * True when `s` is exactly `YYYY-MM-DD` (zero-padded) and names a real day,
 * e.g. false for `2023-02-29`, `2023-13-01` and `2023-1-1`.
 */
export function isValidIsoDate(s: string): boolean {
  return typeof s === 'string' && parse(s) !== null;
}

/**
 * Throws unless `s` is a valid ISO date; `label` names the value in the message.
 *
 * @throws IsoDateError with code `INVALID_DATE`.
 */
export function assertIsoDate(s: string, label = 'date'): void {
  parseOrThrow(s, label);
}

/**
 * Same month and day `years` later (or earlier when negative). 29 February lands on
 * 28 February in a non-leap target year: the term must not run into March.
 *
 * @throws IsoDateError `INVALID_DATE` for a bad date, `INVALID_ARGUMENT` for a
 *   non-integer `years`, `OUT_OF_RANGE` when the result leaves years 0001..9999.
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  const parsed = parseOrThrow(date, 'date');
  if (!Number.isSafeInteger(years)) {
    throw new IsoDateError('INVALID_ARGUMENT', `years must be an integer, got ${years}`);
  }
  const year = parsed.year + years;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new IsoDateError('OUT_OF_RANGE', `${date} plus ${years} years is outside 0001..9999`);
  }
  return format({ year, month: parsed.month, day: Math.min(parsed.day, daysInMonth(year, parsed.month)) });
}

/**
 * Orders two dates: negative when `a` is earlier, 0 when equal, positive when later
 * (always -1, 0 or 1).
 *
 * @throws IsoDateError `INVALID_DATE`.
 */
export function compareIsoDate(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const diff = dayNumber(parseOrThrow(a, 'a')) - dayNumber(parseOrThrow(b, 'b'));
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/**
 * Whole days from `from` to `to`; negative when `to` is earlier.
 *
 * @throws IsoDateError `INVALID_DATE`.
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(parseOrThrow(to, 'to')) - dayNumber(parseOrThrow(from, 'from'));
}

/**
 * Years from `from` to `to` as days / 365.25, rounded to 2 decimals (negative when
 * `to` is earlier). A display measure of remaining life, not a money amount.
 * Computed as days * 400 / 1461 in integers: the numerator is even and the divisor
 * odd, so no value is ever exactly half a cent of a year and the rounding mode
 * cannot matter.
 *
 * @throws IsoDateError `INVALID_DATE`.
 */
export function yearsBetween(from: IsoDate, to: IsoDate): number {
  const days = daysBetween(from, to);
  const hundredths = Math.floor((Math.abs(days) * 800 + 1461) / 2922);
  // Avoid -0 for a gap of a day or so in the past.
  if (hundredths === 0) return 0;
  return (days < 0 ? -hundredths : hundredths) / 100;
}
