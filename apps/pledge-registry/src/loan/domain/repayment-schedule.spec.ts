import fc from 'fast-check';
import { Decimal, Money } from '@app/money';
import {
  DayCountConvention,
  RepaymentMethod,
  RoundingRule,
  ScheduleInputError,
  ScheduleInputProblem,
  levelInstalment,
  repaymentSchedule,
  type RepaymentScheduleInput,
  type ScheduleLine,
} from './repayment-schedule.js';

const { ANNUITY, EQUAL_PRINCIPAL, INTEREST_ONLY_BULLET, FLAT } = RepaymentMethod;
const { MONTHLY_30_360, ACTUAL_360, ACTUAL_365 } = DayCountConvention;

function input(
  overrides: Partial<Omit<RepaymentScheduleInput, 'principal' | 'annualRate'>> & {
    principal?: string;
    annualRate?: string;
  },
): RepaymentScheduleInput {
  const { principal = '1200.00', annualRate = '0.12', ...rest } = overrides;
  return {
    principal: Money.of(principal, 'CNY'),
    annualRate: new Decimal(annualRate),
    termMonths: 3,
    repaymentMethod: ANNUITY,
    dayCount: MONTHLY_30_360,
    disbursementDate: '2026-01-15',
    ...rest,
  };
}

/** Lines as [interest, principal, instalment, closing balance] with two decimals. */
const rows = (lines: readonly ScheduleLine[]): string[][] =>
  lines.map((l) => [l.interest, l.principal, l.instalment, l.closingBalance].map((m) => m.amount.toFixed(2)));

describe('repaymentSchedule: DOMAIN.md examples', () => {
  it('1,000,000 at 4.9 % over 20 years, equal instalments: 6,544.44 a month, first month 4,083.33 + 2,461.11', () => {
    const schedule = repaymentSchedule(
      input({ principal: '1000000.00', annualRate: '0.049', termMonths: 240, repaymentMethod: ANNUITY }),
    );
    expect(schedule.lines).toHaveLength(240);
    const [first] = schedule.lines;
    expect(first?.instalment.amount.toFixed(2)).toBe('6544.44');
    expect(first?.interest.amount.toFixed(2)).toBe('4083.33');
    expect(first?.principal.amount.toFixed(2)).toBe('2461.11');
    expect(first?.closingBalance.amount.toFixed(2)).toBe('997538.89');
    expect(schedule.lines.slice(0, -1).every((l) => l.instalment.amount.equals('6544.44'))).toBe(true);
    expect(schedule.totalPrincipal.amount.toFixed(2)).toBe('1000000.00');
    expect(schedule.lines.at(-1)?.closingBalance.isZero()).toBe(true);
  });

  it('a flat 30-day loan at 20 % a month (stated as 240 % a year) accrues exactly 200 per 1000 on a 360-day basis', () => {
    const schedule = repaymentSchedule(
      input({
        principal: '1000.00',
        annualRate: '2.40',
        termMonths: 1,
        repaymentMethod: FLAT,
        dayCount: ACTUAL_360,
        disbursementDate: '2026-04-01',
      }),
    );
    expect(schedule.lines.map((l) => [l.dueDate, l.days])).toEqual([['2026-05-01', 30]]);
    expect(rows(schedule.lines)).toEqual([['200.00', '1000.00', '1200.00', '0.00']]);
    expect(schedule.totalInterest.amount.toFixed(2)).toBe('200.00');
  });
});

describe('repaymentSchedule: hand-worked schedules (1,200.00 at 12 % over 3 months unless stated)', () => {
  it.each<[string, Parameters<typeof input>[0], string[][]]>([
    [
      // r = 1 %, A = 12 / (1 - 1.01^-3) = 408.0265 -> 408.03; the last clears 403.98 + 4.04
      'annuity, 30/360',
      { repaymentMethod: ANNUITY },
      [
        ['12.00', '396.03', '408.03', '803.97'],
        ['8.04', '399.99', '408.03', '403.98'],
        ['4.04', '403.98', '408.02', '0.00'],
      ],
    ],
    [
      // 31, 28, 31 days: 1200 x .12 x 31/365 = 12.2301; 804.20 x .12 x 28/365 = 7.4031; 403.57 x .12 x 31/365 = 4.1131
      'annuity, actual/365',
      { repaymentMethod: ANNUITY, dayCount: ACTUAL_365 },
      [
        ['12.23', '395.80', '408.03', '804.20'],
        ['7.40', '400.63', '408.03', '403.57'],
        ['4.11', '403.57', '407.68', '0.00'],
      ],
    ],
    [
      'equal principal, 30/360',
      { repaymentMethod: EQUAL_PRINCIPAL },
      [
        ['12.00', '400.00', '412.00', '800.00'],
        ['8.00', '400.00', '408.00', '400.00'],
        ['4.00', '400.00', '404.00', '0.00'],
      ],
    ],
    [
      // 1200 x .12 x 31/360 = 12.40; 800 x .12 x 28/360 = 7.4667; 400 x .12 x 31/360 = 4.1333
      'equal principal, actual/360',
      { repaymentMethod: EQUAL_PRINCIPAL, dayCount: ACTUAL_360 },
      [
        ['12.40', '400.00', '412.40', '800.00'],
        ['7.47', '400.00', '407.47', '400.00'],
        ['4.13', '400.00', '404.13', '0.00'],
      ],
    ],
    [
      'equal principal, 1,000.00 at 0 %: the leftover cent goes to the first part',
      { repaymentMethod: EQUAL_PRINCIPAL, principal: '1000.00', annualRate: '0' },
      [
        ['0.00', '333.34', '333.34', '666.66'],
        ['0.00', '333.33', '333.33', '333.33'],
        ['0.00', '333.33', '333.33', '0.00'],
      ],
    ],
    [
      'interest only with bullet, 30/360',
      { repaymentMethod: INTEREST_ONLY_BULLET },
      [
        ['12.00', '0.00', '12.00', '1200.00'],
        ['12.00', '0.00', '12.00', '1200.00'],
        ['12.00', '1200.00', '1212.00', '0.00'],
      ],
    ],
    [
      // 1200 x .12 x 31/365 = 12.2301; x 28/365 = 11.0466
      'interest only with bullet, actual/365',
      { repaymentMethod: INTEREST_ONLY_BULLET, dayCount: ACTUAL_365 },
      [
        ['12.23', '0.00', '12.23', '1200.00'],
        ['11.05', '0.00', '11.05', '1200.00'],
        ['12.23', '1200.00', '1212.23', '0.00'],
      ],
    ],
    [
      'flat, 30/360: interest on the original principal every month',
      { repaymentMethod: FLAT },
      [
        ['12.00', '400.00', '412.00', '800.00'],
        ['12.00', '400.00', '412.00', '400.00'],
        ['12.00', '400.00', '412.00', '0.00'],
      ],
    ],
    [
      'flat, 1,000.00 at 0 %: the last part absorbs the residue',
      { repaymentMethod: FLAT, principal: '1000.00', annualRate: '0' },
      [
        ['0.00', '333.33', '333.33', '666.67'],
        ['0.00', '333.33', '333.33', '333.34'],
        ['0.00', '333.34', '333.34', '0.00'],
      ],
    ],
    [
      'annuity at 0 %: principal / n, the last absorbs the residue',
      { repaymentMethod: ANNUITY, principal: '1000.00', annualRate: '0' },
      [
        ['0.00', '333.33', '333.33', '666.67'],
        ['0.00', '333.33', '333.33', '333.34'],
        ['0.00', '333.34', '333.34', '0.00'],
      ],
    ],
  ])('%s', (_name, overrides, expected) => {
    const schedule = repaymentSchedule(input(overrides));
    expect(rows(schedule.lines)).toEqual(expected);
  });

  it('annuity: a level rounded up that repays a small long loan early leaves a smaller payoff and zero after it', () => {
    const { lines } = repaymentSchedule(
      input({ principal: '1000.00', annualRate: '0.1408', termMonths: 378, repaymentMethod: ANNUITY }),
    );
    expect(
      lines.slice(-3).map((l) => [l.number, l.instalment.amount.toFixed(2), l.closingBalance.amount.toFixed(2)]),
    ).toEqual([
      [376, '11.88', '7.60'],
      [377, '7.69', '0.00'],
      [378, '0.00', '0.00'],
    ]);
  });

  it('due dates follow the first due date monthly, month ends clamped but not drifting', () => {
    const schedule = repaymentSchedule(
      input({ disbursementDate: '2025-12-31', termMonths: 4, dayCount: ACTUAL_365, repaymentMethod: EQUAL_PRINCIPAL }),
    );
    expect(schedule.lines.map((l) => [l.number, l.dueDate, l.days])).toEqual([
      [1, '2026-01-31', 31],
      [2, '2026-02-28', 28],
      [3, '2026-03-31', 31],
      [4, '2026-04-30', 30],
    ]);
  });

  it('an odd first period counts 30E/360 days under MONTHLY_30_360, then 30 a month', () => {
    const schedule = repaymentSchedule(
      input({ repaymentMethod: INTEREST_ONLY_BULLET, disbursementDate: '2026-01-10', firstDueDate: '2026-02-25' }),
    );
    expect(schedule.lines.map((l) => [l.dueDate, l.days, l.interest.amount.toFixed(2)])).toEqual([
      ['2026-02-25', 45, '18.00'],
      ['2026-03-25', 30, '12.00'],
      ['2026-04-25', 30, '12.00'],
    ]);
  });

  it.each([
    [RoundingRule.HALF_EVEN, '10.00'],
    [RoundingRule.HALF_UP, '10.01'],
  ])('rounds a half minor unit with the chosen rule (%s -> %s)', (rounding, expected) => {
    // 1,000.50 x 1 % = 10.005
    const schedule = repaymentSchedule(
      input({ principal: '1000.50', termMonths: 1, repaymentMethod: INTEREST_ONLY_BULLET, rounding }),
    );
    expect(schedule.lines[0]?.interest.amount.toFixed(2)).toBe(expected);
  });

  it('totals: instalments = principal + interest', () => {
    const schedule = repaymentSchedule(input({ repaymentMethod: ANNUITY }));
    expect(schedule.totalInterest.amount.toFixed(2)).toBe('24.08');
    expect(schedule.totalInstalments.amount.toFixed(2)).toBe('1224.08');
  });
});

describe('repaymentSchedule: bad input names the field and computes nothing', () => {
  it.each<[string, Parameters<typeof input>[0], ScheduleInputProblem, string]>([
    ['a negative rate', { annualRate: '-0.01' }, ScheduleInputProblem.RATE_OUT_OF_RANGE, 'annualRate'],
    ['a rate above 1,000 %', { annualRate: '10.01' }, ScheduleInputProblem.RATE_OUT_OF_RANGE, 'annualRate'],
    ['term 0', { termMonths: 0 }, ScheduleInputProblem.TERM_OUT_OF_RANGE, 'termMonths'],
    ['term 601', { termMonths: 601 }, ScheduleInputProblem.TERM_OUT_OF_RANGE, 'termMonths'],
    ['a fractional term', { termMonths: 1.5 }, ScheduleInputProblem.TERM_OUT_OF_RANGE, 'termMonths'],
    ['principal 0', { principal: '0' }, ScheduleInputProblem.PRINCIPAL_NOT_POSITIVE, 'principal'],
    ['a negative principal', { principal: '-5.00' }, ScheduleInputProblem.PRINCIPAL_NOT_POSITIVE, 'principal'],
    ['a principal below the cent', { principal: '10.005' }, ScheduleInputProblem.PRINCIPAL_TOO_PRECISE, 'principal'],
    [
      'an unknown method',
      { repaymentMethod: 'BALLOON' as RepaymentMethod },
      ScheduleInputProblem.UNKNOWN_METHOD,
      'repaymentMethod',
    ],
    [
      'an unknown convention',
      { dayCount: 'ACTUAL_366' as DayCountConvention },
      ScheduleInputProblem.UNKNOWN_DAY_COUNT,
      'dayCount',
    ],
    [
      'a date that does not exist',
      { disbursementDate: '2026-02-30' },
      ScheduleInputProblem.INVALID_DATE,
      'disbursementDate',
    ],
    [
      'a first due date on the disbursement date',
      { firstDueDate: '2026-01-15' },
      ScheduleInputProblem.FIRST_DUE_DATE_OUT_OF_RANGE,
      'firstDueDate',
    ],
    [
      'a first due date more than two months out',
      { firstDueDate: '2026-03-16' },
      ScheduleInputProblem.FIRST_DUE_DATE_OUT_OF_RANGE,
      'firstDueDate',
    ],
  ])('%s', (_name, overrides, problem, field) => {
    let thrown: unknown;
    try {
      repaymentSchedule(input(overrides));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ScheduleInputError);
    expect({ problem: (thrown as ScheduleInputError).problem, field: (thrown as ScheduleInputError).field }).toEqual({
      problem,
      field,
    });
  });
});

describe('repaymentSchedule: properties', () => {
  const scheduleInput = fc.record({
    // 1,000.00 .. 100,000,000.00 in cents: the amounts a pledge loan is made for.
    cents: fc.bigInt({ min: 100_000n, max: 10_000_000_000n }),
    // 0 .. 36 % a year in basis points
    rateBp: fc.integer({ min: 0, max: 3600 }),
    termMonths: fc.integer({ min: 1, max: 600 }),
    method: fc.constantFrom(ANNUITY, EQUAL_PRINCIPAL, INTEREST_ONLY_BULLET, FLAT),
    dayCount: fc.constantFrom(MONTHLY_30_360, ACTUAL_360, ACTUAL_365),
    disbursementDate: fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  });
  type Generated = typeof scheduleInput extends fc.Arbitrary<infer T> ? T : never;
  const build = (g: Generated): RepaymentScheduleInput => ({
    principal: Money.of(new Decimal(g.cents.toString()).dividedBy(100), 'CNY'),
    annualRate: new Decimal(g.rateBp).dividedBy(10_000),
    termMonths: g.termMonths,
    repaymentMethod: g.method,
    dayCount: g.dayCount,
    disbursementDate: g.disbursementDate,
  });
  const params = { numRuns: 200 };

  it('principal parts add up to the principal exactly; balances never go negative and end at 0; interest >= 0', () => {
    fc.assert(
      fc.property(scheduleInput, (g) => {
        const i = build(g);
        const { lines, totalPrincipal, totalInterest, totalInstalments } = repaymentSchedule(i);
        expect(lines).toHaveLength(i.termMonths);
        const sum = lines.reduce((s, l) => s.plus(l.principal), Money.zero('CNY'));
        expect(sum.equals(i.principal)).toBe(true);
        expect(totalPrincipal.equals(i.principal)).toBe(true);
        for (const l of lines) {
          expect(l.interest.isNegative() || l.principal.isNegative() || l.closingBalance.isNegative()).toBe(false);
          expect(l.instalment.equals(l.interest.plus(l.principal))).toBe(true);
          expect(l.closingBalance.equals(l.openingBalance.minus(l.principal))).toBe(true);
          expect(l.interest.amount.decimalPlaces()).toBeLessThanOrEqual(2);
        }
        expect(lines.at(-1)?.closingBalance.isZero()).toBe(true);
        expect(totalInstalments.equals(totalInterest.plus(i.principal))).toBe(true);
      }),
      params,
    );
  });

  it('equal principal: principal parts never increase, nor do instalments under MONTHLY_30_360', () => {
    fc.assert(
      fc.property(scheduleInput, (g) => {
        const i = { ...build(g), repaymentMethod: EQUAL_PRINCIPAL };
        const { lines } = repaymentSchedule(i);
        for (let k = 1; k < lines.length; k++) {
          const [previous, current] = [lines[k - 1] as ScheduleLine, lines[k] as ScheduleLine];
          expect(current.principal.compare(previous.principal)).toBeLessThanOrEqual(0);
          if (i.dayCount === MONTHLY_30_360)
            expect(current.instalment.compare(previous.instalment)).toBeLessThanOrEqual(0);
        }
      }),
      params,
    );
  });

  it('annuity: every instalment before the payoff is the level instalment (30/360), or at least the interest (actual days)', () => {
    fc.assert(
      fc.property(scheduleInput, (g) => {
        const i = { ...build(g), repaymentMethod: ANNUITY };
        const { lines } = repaymentSchedule(i);
        const level = levelInstalment(i.principal, i.annualRate, i.termMonths);
        // The payoff is the last line, or earlier when a level rounded up has repaid the loan early.
        const payoff = lines.findIndex((l) => l.closingBalance.isZero());
        lines.forEach((l, k) => {
          if (k < payoff) {
            // Under actual days a long month's interest can exceed the level instalment: interest only then.
            const expected = i.dayCount === MONTHLY_30_360 || l.interest.compare(level) <= 0 ? level : l.interest;
            expect(l.instalment.equals(expected)).toBe(true);
          } else if (k > payoff) {
            expect(l.instalment.isZero()).toBe(true);
          } else if (k < lines.length - 1) {
            expect(l.instalment.compare(level)).toBeLessThanOrEqual(0);
          }
        });
      }),
      params,
    );
  });
});
