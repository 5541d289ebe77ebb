import fc from 'fast-check';
import {
  DESIGN_FIFTEEN_YEAR_TERM_FROM,
  IpKind,
  IpLegalStatus,
  IpTermError,
  computeExpiryDate,
  effectiveLegalStatus,
  isPledgeable,
  legalTermYears,
  remainingLifeDays,
  remainingLifeYears,
  type ExpiryInput,
} from './ip-term.js';

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

function expectIpTermError(fn: () => unknown, code: IpTermError['code'], field: string): void {
  const error = thrownBy(fn);
  expect(error).toBeInstanceOf(IpTermError);
  expect((error as IpTermError).code).toBe(code);
  expect((error as IpTermError).field).toBe(field);
}

const isoDate = fc
  .date({ min: new Date('1985-04-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('IpKind and IpLegalStatus', () => {
  it('use their names as stored string values', () => {
    expect(Object.values(IpKind)).toEqual(['INVENTION', 'UTILITY_MODEL', 'DESIGN', 'TRADEMARK']);
    expect(Object.values(IpLegalStatus)).toEqual([
      'PENDING',
      'GRANTED',
      'FEE_GRACE',
      'LAPSED',
      'INVALIDATED',
      'EXPIRED',
    ]);
  });
});

describe('legalTermYears', () => {
  it.each([
    [IpKind.INVENTION, '2015-03-10', 20],
    [IpKind.UTILITY_MODEL, '2015-03-10', 10],
    [IpKind.DESIGN, '2021-05-31', 10], // last day of the old law
    [IpKind.DESIGN, DESIGN_FIFTEEN_YEAR_TERM_FROM, 15],
    [IpKind.DESIGN, '2021-06-02', 15],
    [IpKind.DESIGN, '2010-01-01', 10],
    [IpKind.TRADEMARK, '2015-03-10', 10],
  ])('%s filed %s -> %i years', (kind, filingDate, years) => {
    expect(legalTermYears(kind, filingDate)).toBe(years);
  });

  it('rejects an invalid filing date with INVALID_DATE', () => {
    expectIpTermError(() => legalTermYears(IpKind.INVENTION, '2021-02-29'), 'INVALID_DATE', 'filingDate');
  });

  it('rejects a kind outside the enum with UNKNOWN_KIND', () => {
    expectIpTermError(() => legalTermYears('SOFTWARE' as IpKind, '2021-01-01'), 'UNKNOWN_KIND', 'kind');
  });
});

describe('computeExpiryDate', () => {
  it.each<[string, ExpiryInput, string | null]>([
    ['invention: filing + 20', { kind: IpKind.INVENTION, filingDate: '2015-03-10' }, '2035-03-10'],
    [
      'invention: grant date does not move the term',
      { kind: IpKind.INVENTION, filingDate: '2015-03-10', grantDate: '2018-07-01' },
      '2035-03-10',
    ],
    ['utility model: filing + 10', { kind: IpKind.UTILITY_MODEL, filingDate: '2019-11-30' }, '2029-11-30'],
    ['design before 2021-06-01: + 10', { kind: IpKind.DESIGN, filingDate: '2021-05-31' }, '2031-05-31'],
    ['design on 2021-06-01: + 15', { kind: IpKind.DESIGN, filingDate: '2021-06-01' }, '2036-06-01'],
    ['leap day to leap year', { kind: IpKind.INVENTION, filingDate: '2016-02-29' }, '2036-02-29'],
    [
      'leap day to non-leap year clamps to 28 Feb',
      { kind: IpKind.UTILITY_MODEL, filingDate: '2020-02-29' },
      '2030-02-28',
    ],
    ['leap day design (15 years)', { kind: IpKind.DESIGN, filingDate: '2024-02-29' }, '2039-02-28'],
    [
      'trademark: registration + 10',
      { kind: IpKind.TRADEMARK, filingDate: '2014-05-20', grantDate: '2015-08-07' },
      '2025-08-07',
    ],
    ['trademark not yet registered', { kind: IpKind.TRADEMARK, filingDate: '2024-05-20' }, null],
    ['trademark with null grant', { kind: IpKind.TRADEMARK, filingDate: '2024-05-20', grantDate: null }, null],
    [
      'trademark renewal wins',
      { kind: IpKind.TRADEMARK, filingDate: '2004-05-20', grantDate: '2005-08-07', renewedUntil: '2025-08-06' },
      '2025-08-06',
    ],
    [
      'trademark renewal equal to first period end',
      { kind: IpKind.TRADEMARK, filingDate: '2004-05-20', grantDate: '2005-08-07', renewedUntil: '2015-08-07' },
      '2015-08-07',
    ],
    [
      'trademark registered on 29 Feb',
      { kind: IpKind.TRADEMARK, filingDate: '2011-01-04', grantDate: '2012-02-29' },
      '2022-02-28',
    ],
  ])('%s', (_label, input, expected) => {
    expect(computeExpiryDate(input)).toBe(expected);
  });

  it.each<[string, ExpiryInput, IpTermError['code'], string]>([
    ['bad filing date', { kind: IpKind.INVENTION, filingDate: '2015-3-10' }, 'INVALID_DATE', 'filingDate'],
    [
      'bad grant date',
      { kind: IpKind.TRADEMARK, filingDate: '2015-03-10', grantDate: '2015-13-01' },
      'INVALID_DATE',
      'grantDate',
    ],
    [
      'bad renewal date',
      { kind: IpKind.TRADEMARK, filingDate: '2015-03-10', grantDate: '2016-01-01', renewedUntil: '2026-02-30' },
      'INVALID_DATE',
      'renewedUntil',
    ],
    [
      'grant before filing',
      { kind: IpKind.INVENTION, filingDate: '2015-03-10', grantDate: '2015-03-09' },
      'GRANT_BEFORE_FILING',
      'grantDate',
    ],
    [
      'renewal ending before the first period',
      { kind: IpKind.TRADEMARK, filingDate: '2004-05-20', grantDate: '2005-08-07', renewedUntil: '2015-08-06' },
      'RENEWAL_BEFORE_EXPIRY',
      'renewedUntil',
    ],
    [
      'renewal on a patent',
      { kind: IpKind.INVENTION, filingDate: '2015-03-10', renewedUntil: '2045-03-10' },
      'NOT_RENEWABLE',
      'renewedUntil',
    ],
  ])('rejects %s', (_label, input, code, field) => {
    expectIpTermError(() => computeExpiryDate(input), code, field);
  });

  it('patent expiry is the same day and month, term years later', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.constantFrom(IpKind.INVENTION, IpKind.UTILITY_MODEL, IpKind.DESIGN),
        (filingDate, kind) => {
          const expiry = computeExpiryDate({ kind, filingDate });
          expect(expiry).not.toBeNull();
          const years = Number(expiry?.slice(0, 4)) - Number(filingDate.slice(0, 4));
          expect(years).toBe(legalTermYears(kind, filingDate));
          const sameMonthDay = expiry?.slice(5) === filingDate.slice(5);
          const clampedLeapDay = filingDate.slice(5) === '02-29' && expiry?.slice(5) === '02-28';
          expect(sameMonthDay || clampedLeapDay).toBe(true);
        },
      ),
    );
  });
});

describe('effectiveLegalStatus', () => {
  const expiry = '2035-03-10';
  it.each([
    [IpLegalStatus.GRANTED, '2035-03-09', IpLegalStatus.GRANTED],
    [IpLegalStatus.GRANTED, '2035-03-10', IpLegalStatus.EXPIRED],
    [IpLegalStatus.GRANTED, '2040-01-01', IpLegalStatus.EXPIRED],
    [IpLegalStatus.FEE_GRACE, '2035-03-09', IpLegalStatus.FEE_GRACE],
    [IpLegalStatus.FEE_GRACE, '2035-03-10', IpLegalStatus.EXPIRED],
    [IpLegalStatus.PENDING, '2035-03-10', IpLegalStatus.PENDING],
    [IpLegalStatus.LAPSED, '2036-01-01', IpLegalStatus.LAPSED],
    [IpLegalStatus.INVALIDATED, '2036-01-01', IpLegalStatus.INVALIDATED],
    [IpLegalStatus.EXPIRED, '2030-01-01', IpLegalStatus.EXPIRED],
  ])('%s as of %s -> %s', (status, asOf, expected) => {
    expect(effectiveLegalStatus(status, expiry, asOf)).toBe(expected);
  });

  it('keeps the status when there is no expiry (unregistered trademark)', () => {
    expect(effectiveLegalStatus(IpLegalStatus.GRANTED, null, '2099-01-01')).toBe(IpLegalStatus.GRANTED);
  });

  it.each([
    ['2035-3-10', '2030-01-01', 'expiryDate'],
    ['2035-03-10', '2030-02-30', 'asOf'],
  ])('rejects expiry %j / asOf %j with INVALID_DATE on %s', (expiryDate, asOf, field) => {
    expectIpTermError(() => effectiveLegalStatus(IpLegalStatus.GRANTED, expiryDate, asOf), 'INVALID_DATE', field);
  });
});

describe('isPledgeable', () => {
  it.each([
    [IpLegalStatus.GRANTED, true],
    [IpLegalStatus.FEE_GRACE, false],
    [IpLegalStatus.PENDING, false],
    [IpLegalStatus.LAPSED, false],
    [IpLegalStatus.INVALIDATED, false],
    [IpLegalStatus.EXPIRED, false],
  ])('%s -> %s', (status, expected) => {
    expect(isPledgeable(status)).toBe(expected);
  });
});

describe('remaining life', () => {
  it.each([
    ['2035-03-10', '2015-03-10', 7305, 20],
    ['2035-03-10', '2035-03-09', 1, 0],
    ['2035-03-10', '2035-03-10', 0, 0],
    ['2035-03-10', '2036-01-01', 0, 0],
    ['2035-03-10', '2025-06-30', 3540, 9.69], // 3540 / 365.25 = 9.692
  ])('expiry %s as of %s -> %i days, %d years', (expiryDate, asOf, days, years) => {
    expect(remainingLifeDays(expiryDate, asOf)).toBe(days);
    expect(Object.is(remainingLifeYears(expiryDate, asOf), years)).toBe(true);
  });

  it.each([
    ['2035-02-29', '2025-01-01', 'expiryDate'],
    ['2035-03-01', '2025/01/01', 'asOf'],
  ])('rejects expiry %j / asOf %j with INVALID_DATE on %s', (expiryDate, asOf, field) => {
    expectIpTermError(() => remainingLifeDays(expiryDate, asOf), 'INVALID_DATE', field);
    expectIpTermError(() => remainingLifeYears(expiryDate, asOf), 'INVALID_DATE', field);
  });
});
