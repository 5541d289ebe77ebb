import fc from 'fast-check';
import {
  IsoDateError,
  addYears,
  assertIsoDate,
  compareIsoDate,
  daysBetween,
  isValidIsoDate,
  yearsBetween,
} from './iso-date.js';

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

function expectIsoDateError(fn: () => unknown, code: IsoDateError['code']): void {
  const error = thrownBy(fn);
  expect(error).toBeInstanceOf(IsoDateError);
  expect((error as IsoDateError).code).toBe(code);
}

/** Valid dates, built independently of the code under test via Date in UTC. */
const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('isValidIsoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2023-12-31', '0001-01-01', '9999-12-31', '2023-04-30'])('accepts %s', (s) => {
    expect(isValidIsoDate(s)).toBe(true);
  });

  it.each([
    '2023-02-29', // not a leap year
    '1900-02-29', // century not divisible by 400
    '2023-13-01',
    '2023-00-10',
    '2023-04-31',
    '2023-01-00',
    '2023-1-1',
    '2023-01-1',
    '23-01-01',
    '0000-01-01',
    '2023-01-01T00:00:00Z',
    ' 2023-01-01',
    '2023/01/01',
    '',
  ])('rejects %j', (s) => {
    expect(isValidIsoDate(s)).toBe(false);
  });

  it('agrees with Date for every day in range', () => {
    fc.assert(
      fc.property(isoDate, (s) => {
        expect(isValidIsoDate(s)).toBe(true);
      }),
    );
  });
});

describe('assertIsoDate', () => {
  it('passes a valid date and throws INVALID_DATE otherwise', () => {
    expect(() => assertIsoDate('2024-02-29')).not.toThrow();
    expectIsoDateError(() => assertIsoDate('2023-02-29'), 'INVALID_DATE');
  });
});

describe('addYears', () => {
  it.each([
    ['2015-03-10', 20, '2035-03-10'],
    ['2016-02-29', 20, '2036-02-29'], // leap to leap
    ['2020-02-29', 10, '2030-02-28'], // leap to non-leap clamps to 28 Feb
    ['2020-02-29', -1, '2019-02-28'],
    ['2021-12-31', 1, '2022-12-31'],
    ['2021-06-01', 0, '2021-06-01'],
    ['9989-01-01', 10, '9999-01-01'],
  ])('%s + %i years = %s', (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });

  it.each([
    ['2023-02-29', 1, 'INVALID_DATE'],
    ['2023-01-01', 1.5, 'INVALID_ARGUMENT'],
    ['2023-01-01', Number.NaN, 'INVALID_ARGUMENT'],
    ['9999-01-01', 1, 'OUT_OF_RANGE'],
    ['0001-01-01', -1, 'OUT_OF_RANGE'],
  ] as const)('%s + %s throws %s', (date, years, code) => {
    expectIsoDateError(() => addYears(date, years), code);
  });

  it('matches Date arithmetic except for the 29 February clamp', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -50, max: 50 }), (date, years) => {
        const d = new Date(`${date}T00:00:00Z`);
        d.setUTCFullYear(d.getUTCFullYear() + years);
        const viaDate = d.toISOString().slice(0, 10);
        // Date rolls 29 Feb into 1 March; addYears clamps to 28 Feb instead.
        const expected =
          date.endsWith('-02-29') && viaDate.endsWith('-03-01') ? `${viaDate.slice(0, 4)}-02-28` : viaDate;
        expect(addYears(date, years)).toBe(expected);
      }),
    );
  });
});

describe('compareIsoDate', () => {
  it.each([
    ['2021-05-31', '2021-06-01', -1],
    ['2021-06-01', '2021-06-01', 0],
    ['2022-01-01', '2021-12-31', 1],
  ] as const)('compare(%s, %s) = %i', (a, b, expected) => {
    expect(compareIsoDate(a, b)).toBe(expected);
  });

  it('throws INVALID_DATE for a malformed operand', () => {
    expectIsoDateError(() => compareIsoDate('2021-6-1', '2021-06-01'), 'INVALID_DATE');
    expectIsoDateError(() => compareIsoDate('2021-06-01', '2021-02-30'), 'INVALID_DATE');
  });

  it('agrees with string order and with daysBetween sign', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        const expected = a < b ? -1 : a > b ? 1 : 0;
        expect(compareIsoDate(a, b)).toBe(expected);
        expect(Math.sign(daysBetween(b, a))).toBe(expected);
      }),
    );
  });
});

describe('daysBetween', () => {
  it.each([
    ['2024-01-01', '2024-01-01', 0],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2024-01-01', -366],
    ['1970-01-01', '2000-01-01', 10957],
    ['0001-01-01', '0101-01-01', 36524], // years below 100 are not shifted like Date.UTC does
  ])('%s -> %s = %i days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it('agrees with UTC milliseconds for modern dates', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (from, to) => {
        const expected = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
        expect(daysBetween(from, to)).toBe(expected);
      }),
    );
  });

  it('throws INVALID_DATE for a malformed date', () => {
    expectIsoDateError(() => daysBetween('2024-01-01', '2024-01-32'), 'INVALID_DATE');
  });
});

describe('yearsBetween', () => {
  it.each([
    ['2024-01-01', '2024-01-01', 0],
    ['2015-03-10', '2035-03-10', 20], // 7305 days = 20 * 365.25 exactly
    ['2024-01-01', '2025-01-01', 1], // 366 / 365.25 = 1.00205
    ['2023-01-01', '2024-01-01', 1], // 365 / 365.25 = 0.99932
    ['2024-01-01', '2024-07-01', 0.5], // 182 / 365.25 = 0.49829 -> 0.50
    ['2024-01-01', '2024-01-03', 0.01], // 2 / 365.25 = 0.00548 -> 0.01
    ['2024-01-02', '2024-01-01', 0], // -0.00274 rounds to 0, not -0
    ['2025-01-01', '2024-01-01', -1],
    ['2024-01-01', '2034-04-15', 10.29], // 3757 / 365.25 = 10.2861
  ])('%s -> %s = %d years', (from, to, expected) => {
    expect(Object.is(yearsBetween(from, to), expected)).toBe(true);
  });
});
