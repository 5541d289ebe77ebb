import fc from 'fast-check';
import {
  DEFAULT_EXAMINATION_POLICY,
  PLAIN_WEEK_CALENDAR,
  WorkingDaysError,
  addWorkingDays,
  examinationDeadline,
  isOverdue,
  isWorkingDay,
  weekdayOf,
  type WorkingCalendar,
} from './working-days.js';

/**
 * Autumn 2024 as announced by the State Council: Mid-Autumn 15-17 Sep (make-up Saturday
 * 14 Sep), National Day 1-7 Oct (make-up Sunday 29 Sep and Saturday 12 Oct).
 */
const CHINA_AUTUMN_2024: WorkingCalendar = {
  weekendDays: [6, 0],
  holidays: [
    '2024-09-15',
    '2024-09-16',
    '2024-09-17',
    '2024-10-01',
    '2024-10-02',
    '2024-10-03',
    '2024-10-04',
    '2024-10-05',
    '2024-10-06',
    '2024-10-07',
  ],
  workingWeekendDays: ['2024-09-14', '2024-09-29', '2024-10-12'],
};

function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(WorkingDaysError);
    return (error as WorkingDaysError).code;
  }
  throw new Error('expected the call to throw');
}

/** Dates built independently of the code under test, via Date in UTC. */
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function utcWeekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('weekdayOf', () => {
  it.each([
    ['1970-01-01', 4],
    ['2024-09-14', 6],
    ['2024-09-29', 0],
    ['2024-10-01', 2],
    ['2000-02-29', 2],
    ['1969-12-31', 3],
  ])('%s -> %i', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it('agrees with Date#getUTCDay', () => {
    fc.assert(fc.property(isoDate, (date) => weekdayOf(date) === utcWeekday(date)));
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2024-09-13', true, 'ordinary Friday'],
    ['2024-09-14', true, 'make-up Saturday'],
    ['2024-09-15', false, 'holiday Sunday'],
    ['2024-09-16', false, 'holiday Monday'],
    ['2024-09-21', false, 'ordinary Saturday'],
    ['2024-09-29', true, 'make-up Sunday'],
    ['2024-10-04', false, 'holiday Friday'],
    ['2024-10-08', true, 'first day after the holiday week'],
    ['2024-10-12', true, 'make-up Saturday'],
    ['2024-10-13', false, 'ordinary Sunday'],
  ])('%s -> %s (%s)', (date, expected) => {
    expect(isWorkingDay(date, CHINA_AUTUMN_2024)).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2024-09-23', 0, PLAIN_WEEK_CALENDAR, '2024-09-23', 'zero days is the same day'],
    ['2024-09-23', 2, PLAIN_WEEK_CALENDAR, '2024-09-25', 'Monday + 2'],
    ['2024-09-27', 2, PLAIN_WEEK_CALENDAR, '2024-10-01', 'Friday + 2 skips the weekend'],
    ['2024-09-28', 1, PLAIN_WEEK_CALENDAR, '2024-09-30', 'from a Saturday the start day does not count'],
    ['2024-09-23', 5, PLAIN_WEEK_CALENDAR, '2024-09-30', 'Monday + 5 is the next Monday'],
    ['2024-12-31', 1, PLAIN_WEEK_CALENDAR, '2025-01-01', 'crosses the year end'],
    ['2024-02-28', 1, PLAIN_WEEK_CALENDAR, '2024-02-29', 'leap day'],
    ['2024-09-27', 2, CHINA_AUTUMN_2024, '2024-09-30', 'make-up Sunday 29 Sep counts'],
    ['2024-09-13', 2, CHINA_AUTUMN_2024, '2024-09-18', 'make-up Saturday, then the Mid-Autumn holiday'],
    ['2024-09-30', 2, CHINA_AUTUMN_2024, '2024-10-09', 'the National Day holiday week is skipped'],
    ['2024-09-30', 5, CHINA_AUTUMN_2024, '2024-10-12', 'ends on the make-up Saturday after the holiday week'],
    ['2024-10-03', 2, CHINA_AUTUMN_2024, '2024-10-09', 'filed during the holiday week'],
    ['2024-10-10', 2, CHINA_AUTUMN_2024, '2024-10-12', 'Thursday + 2 lands on a make-up Saturday'],
  ])('%s + %i -> %s (%s)', (date, n, calendar, expected) => {
    expect(addWorkingDays(date, n, calendar)).toBe(expected);
  });

  const BAD_WEEKDAY = { weekendDays: [7], holidays: [], workingWeekendDays: [] } as unknown as WorkingCalendar;
  it.each([
    ['malformed date', '2024-02-30', 1, PLAIN_WEEK_CALENDAR, 'INVALID_DATE'],
    ['negative n', '2024-09-23', -1, PLAIN_WEEK_CALENDAR, 'INVALID_ARGUMENT'],
    ['fractional n', '2024-09-23', 1.5, PLAIN_WEEK_CALENDAR, 'INVALID_ARGUMENT'],
    [
      'no working day ever',
      '2024-09-23',
      1,
      { weekendDays: [0, 1, 2, 3, 4, 5, 6], holidays: [], workingWeekendDays: [] },
      'INVALID_CALENDAR',
    ],
    ['weekday outside 0..6', '2024-09-23', 1, BAD_WEEKDAY, 'INVALID_CALENDAR'],
    [
      'malformed holiday',
      '2024-09-23',
      1,
      { weekendDays: [6, 0], holidays: ['2024-9-24'], workingWeekendDays: [] },
      'INVALID_CALENDAR',
    ],
    [
      'holiday and make-up day at once',
      '2024-09-23',
      1,
      { weekendDays: [6, 0], holidays: ['2024-09-28'], workingWeekendDays: ['2024-09-28'] },
      'INVALID_CALENDAR',
    ],
    [
      'make-up day on a weekday',
      '2024-09-23',
      1,
      { weekendDays: [6, 0], holidays: [], workingWeekendDays: ['2024-09-24'] },
      'INVALID_CALENDAR',
    ],
  ] as [string, string, number, WorkingCalendar, string][])(
    '%s: %s + %s is rejected',
    (_label, date, n, calendar, code) => {
      expect(errorCode(() => addWorkingDays(date, n, calendar))).toBe(code);
    },
  );

  it('without holidays, n working days is 7 calendar days per full week', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 20 }), (date, weeks) => {
        if (utcWeekday(date) === 0 || utcWeekday(date) === 6) return;
        expect(addWorkingDays(date, weeks * 5, PLAIN_WEEK_CALENDAR)).toBe(plusDays(date, weeks * 7));
      }),
    );
  });

  it('lands on a working day with exactly n working days after the start', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('2024-09-01', '2024-09-13', '2024-09-27', '2024-10-01', '2024-10-06'),
        fc.integer({ min: 1, max: 15 }),
        (date, n) => {
          const result = addWorkingDays(date, n, CHINA_AUTUMN_2024);
          expect(isWorkingDay(result, CHINA_AUTUMN_2024)).toBe(true);
          let counted = 0;
          for (let day = plusDays(date, 1); day <= result; day = plusDays(day, 1)) {
            if (isWorkingDay(day, CHINA_AUTUMN_2024)) counted += 1;
          }
          expect(counted).toBe(n);
        },
      ),
    );
  });
});

describe('examinationDeadline', () => {
  it('defaults to 2 working days online and 5 on paper', () => {
    expect(DEFAULT_EXAMINATION_POLICY).toEqual({ onlineWorkingDays: 2, paperWorkingDays: 5 });
  });

  it.each([
    ['2024-09-27', true, undefined, '2024-09-30'],
    ['2024-09-27', false, undefined, '2024-10-10'],
    ['2024-09-30', true, undefined, '2024-10-09'],
    ['2024-09-30', false, undefined, '2024-10-12'],
    ['2024-09-30', true, { onlineWorkingDays: 1, paperWorkingDays: 10 }, '2024-10-08'],
    ['2024-09-30', false, { onlineWorkingDays: 1, paperWorkingDays: 10 }, '2024-10-18'],
  ])('submitted %s, online %s, policy %j -> %s', (submittedOn, online, policy, expected) => {
    expect(examinationDeadline(submittedOn, online, CHINA_AUTUMN_2024, policy)).toBe(expected);
  });
});

describe('isOverdue', () => {
  it.each([
    ['2024-10-09', '2024-10-08', false],
    ['2024-10-09', '2024-10-09', false],
    ['2024-10-09', '2024-10-10', true],
    ['2024-10-09', '2025-01-01', true],
  ])('deadline %s, today %s -> %s', (deadline, today, expected) => {
    expect(isOverdue(deadline, today)).toBe(expected);
  });

  it('rejects a malformed date', () => {
    expect(errorCode(() => isOverdue('2024-10-9', '2024-10-10'))).toBe('INVALID_DATE');
  });
});
