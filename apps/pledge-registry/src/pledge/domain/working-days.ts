import { compareIsoDate, daysBetween, isValidIsoDate, type IsoDate } from '@registry/ip-asset/domain/iso-date.js';

/**
 * Working-day arithmetic for the registrar's examination deadline. The calendar is
 * data, because Chinese public holidays are announced each year by the State Council
 * and move weekend days around: a holiday week is usually paid for by "make-up"
 * working Saturdays or Sundays (调休), which must count as working days.
 */

/** Day of the week as in `Date#getUTCDay`: 0 = Sunday .. 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface WorkingCalendar {
  /** Regular non-working days of the week, e.g. `[6, 0]` for Saturday and Sunday. */
  weekendDays: readonly Weekday[];
  /** Public holidays: non-working even when they fall on a weekday. */
  holidays: readonly IsoDate[];
  /** Make-up working days: weekend days that are working days this time. */
  workingWeekendDays: readonly IsoDate[];
}

/** Saturday and Sunday off, no holidays: a baseline for tests and unconfigured environments. */
export const PLAIN_WEEK_CALENDAR: WorkingCalendar = { weekendDays: [6, 0], holidays: [], workingWeekendDays: [] };

/** Working days the registrar has for an examination, per filing channel ("verify": configurable). */
export interface ExaminationPolicy {
  onlineWorkingDays: number;
  paperWorkingDays: number;
}

/** 2 working days for online filings, 5 otherwise (2021 patent pledge registration measures). */
export const DEFAULT_EXAMINATION_POLICY: ExaminationPolicy = { onlineWorkingDays: 2, paperWorkingDays: 5 };

/** Raised for malformed dates, a negative or fractional day count, or a contradictory calendar. */
export class WorkingDaysError extends Error {
  override readonly name = 'WorkingDaysError';
  constructor(
    readonly code: 'INVALID_DATE' | 'INVALID_ARGUMENT' | 'INVALID_CALENDAR',
    message: string,
  ) {
    super(message);
  }
}

/** A calendar with no working day in this many consecutive days is treated as broken. */
const MAX_SCAN_DAYS = 366 * 10;
const EPOCH: IsoDate = '1970-01-01';
/** 1970-01-01 was a Thursday. */
const EPOCH_WEEKDAY = 4;

function requireDate(value: IsoDate, label: string): void {
  if (!isValidIsoDate(value))
    throw new WorkingDaysError('INVALID_DATE', `${label} is not a valid YYYY-MM-DD date: ${String(value)}`);
}

/** Day of the week of an ISO date (0 = Sunday). */
export function weekdayOf(date: IsoDate): Weekday {
  requireDate(date, 'date');
  return ((((daysBetween(EPOCH, date) + EPOCH_WEEKDAY) % 7) + 7) % 7) as Weekday;
}

/** The next calendar day. */
function nextDay(date: IsoDate): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const monthLength = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  let year = y;
  let month = m;
  let day = d + 1;
  if (day > monthLength) {
    day = 1;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  if (year > 9999) throw new WorkingDaysError('INVALID_ARGUMENT', `no day after ${date} in years 0001..9999`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

interface CompiledCalendar {
  weekend: ReadonlySet<number>;
  holidays: ReadonlySet<IsoDate>;
  workingWeekendDays: ReadonlySet<IsoDate>;
}

/**
 * Checks and indexes a calendar.
 *
 * @throws WorkingDaysError `INVALID_CALENDAR` for a weekday outside 0..6, a malformed
 *   date, a date listed both as holiday and as make-up working day, or a make-up day
 *   that is not a weekend day.
 */
function compile(calendar: WorkingCalendar): CompiledCalendar {
  for (const day of calendar.weekendDays) {
    if (!Number.isInteger(day) || day < 0 || day > 6)
      throw new WorkingDaysError('INVALID_CALENDAR', `weekend day ${String(day)} is not 0..6`);
  }
  const weekend = new Set<number>(calendar.weekendDays);
  for (const date of [...calendar.holidays, ...calendar.workingWeekendDays]) {
    if (!isValidIsoDate(date))
      throw new WorkingDaysError('INVALID_CALENDAR', `calendar date is not a valid YYYY-MM-DD date: ${String(date)}`);
  }
  const holidays = new Set(calendar.holidays);
  for (const date of calendar.workingWeekendDays) {
    if (holidays.has(date))
      throw new WorkingDaysError('INVALID_CALENDAR', `${date} is listed both as holiday and as make-up working day`);
    if (!weekend.has(weekdayOf(date)))
      throw new WorkingDaysError('INVALID_CALENDAR', `make-up working day ${date} is not a weekend day`);
  }
  return { weekend, holidays, workingWeekendDays: new Set(calendar.workingWeekendDays) };
}

function isWorking(date: IsoDate, calendar: CompiledCalendar): boolean {
  if (calendar.holidays.has(date)) return false;
  if (calendar.workingWeekendDays.has(date)) return true;
  return !calendar.weekend.has(weekdayOf(date));
}

/**
 * Whether `date` is a working day: holidays are not, make-up days are, otherwise the
 * day of the week decides.
 *
 * @throws WorkingDaysError `INVALID_DATE`, `INVALID_CALENDAR`.
 */
export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar): boolean {
  requireDate(date, 'date');
  return isWorking(date, compile(calendar));
}

/**
 * The `n`-th working day after `date`; counting starts the next day, so the starting day
 * itself never counts, whether or not it is a working day (a filing on a Friday with
 * n = 2 is due on Tuesday). `n = 0` returns `date` unchanged.
 *
 * @throws WorkingDaysError `INVALID_DATE`, `INVALID_ARGUMENT` (n not a non-negative
 *   integer), `INVALID_CALENDAR` (also when no working day occurs for ten years).
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: WorkingCalendar): IsoDate {
  requireDate(date, 'date');
  if (!Number.isSafeInteger(n) || n < 0)
    throw new WorkingDaysError('INVALID_ARGUMENT', `n must be a non-negative integer, got ${n}`);
  const compiled = compile(calendar);
  let current = date;
  let remaining = n;
  let sinceLastWorking = 0;
  while (remaining > 0) {
    current = nextDay(current);
    if (isWorking(current, compiled)) {
      remaining -= 1;
      sinceLastWorking = 0;
    } else if (++sinceLastWorking > MAX_SCAN_DAYS) {
      throw new WorkingDaysError('INVALID_CALENDAR', `no working day within ${MAX_SCAN_DAYS} days after ${date}`);
    }
  }
  return current;
}

/**
 * Last day on which the registrar may decide: `policy.onlineWorkingDays` working days
 * after submission for online filings, `policy.paperWorkingDays` otherwise.
 *
 * @throws WorkingDaysError as {@link addWorkingDays}.
 */
export function examinationDeadline(
  submittedOn: IsoDate,
  online: boolean,
  calendar: WorkingCalendar,
  policy: ExaminationPolicy = DEFAULT_EXAMINATION_POLICY,
): IsoDate {
  return addWorkingDays(submittedOn, online ? policy.onlineWorkingDays : policy.paperWorkingDays, calendar);
}

/**
 * True once `today` is past the deadline; the deadline day itself is still in time.
 *
 * @throws WorkingDaysError `INVALID_DATE`.
 */
export function isOverdue(deadline: IsoDate, today: IsoDate): boolean {
  requireDate(deadline, 'deadline');
  requireDate(today, 'today');
  return compareIsoDate(today, deadline) > 0;
}
