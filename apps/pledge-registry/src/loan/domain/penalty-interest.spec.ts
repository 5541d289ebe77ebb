import fc from 'fast-check';
import { Decimal } from '@app/money';
import { daysBetween } from '@registry/ip-asset/domain/iso-date.js';
import {
  accruedPenalty,
  overduePrincipalDays,
  penaltyAnnualRate,
  penaltyYearDays,
  type PenaltyInstalment,
  type PrincipalPayment,
} from '@registry/loan/domain/penalty-interest.js';
import { DayCountConvention } from '@registry/loan/domain/repayment-schedule.js';

const d = (v: string | number): Decimal => new Decimal(v);

/** 12 % a year with the default markup 0.5: 18 % a year on a 360-day basis = 0.05 % a day. */
const TERMS = { annualRate: d('0.18'), dayCount: DayCountConvention.MONTHLY_30_360 };

const instalment = (number: number, dueDate: string, principal: string | number = 400): PenaltyInstalment => ({
  number,
  dueDate,
  principalDue: d(principal),
});
const pay = (number: number, on: string, amount: string | number): PrincipalPayment => ({
  number,
  on,
  amount: d(amount),
});

describe('penaltyAnnualRate', () => {
  it.each([
    ['0.12', '0.5', '0.18'],
    ['0.0435', '0.5', '0.06525'],
    ['0.049', '0', '0.049'],
    ['0', '0.5', '0'],
    // Stored as a contract term to 8 places, half-even: 0.12345678 x 1.333333 = 0.16460899...
    ['0.12345678', '0.333333', '0.16460900'],
  ])('%s x (1 + %s) = %s', (rate, markup, expected) => {
    expect(penaltyAnnualRate(d(rate), d(markup)).equals(d(expected))).toBe(true);
  });

  it('refuses negative rates', () => {
    expect(() => penaltyAnnualRate(d('-0.01'), d('0.5'))).toThrow(RangeError);
    expect(() => penaltyAnnualRate(d('0.1'), d('-0.5'))).toThrow(RangeError);
  });
});

describe('penaltyYearDays', () => {
  it.each([
    [DayCountConvention.MONTHLY_30_360, 360],
    [DayCountConvention.ACTUAL_360, 360],
    [DayCountConvention.ACTUAL_365, 365],
  ])('%s -> %i', (dayCount, days) => {
    expect(penaltyYearDays(dayCount)).toBe(days);
  });
});

describe('accruedPenalty', () => {
  const one = [instalment(1, '2026-02-15')];

  it.each<[string, PenaltyInstalment[], PrincipalPayment[], string, string]>([
    ['nothing before the due date', one, [], '2026-02-10', '0.00'],
    ['nothing on the due date itself', one, [], '2026-02-15', '0.00'],
    ['400 overdue for 20 days at 18 % / 360', one, [], '2026-03-07', '4.00'],
    ['paid on the due date: never overdue', one, [pay(1, '2026-02-15', 400)], '2026-03-07', '0.00'],
    ['paid early: never overdue', one, [pay(1, '2026-01-20', 400)], '2026-03-07', '0.00'],
    ['paid late in full: accrues until the payment day', one, [pay(1, '2026-02-25', 400)], '2026-03-07', '2.00'],
    // 400 for 10 days, then 300 for 10 days: 7,000 principal-days x 0.18 / 360.
    ['a partial late payment lowers the base from its day', one, [pay(1, '2026-02-25', 100)], '2026-03-07', '3.50'],
    // 100 paid by the due date never fell overdue: 300 for 20 days.
    ['part paid by the due date', one, [pay(1, '2026-02-01', 100)], '2026-03-07', '3.00'],
    ['a payment on or after asOf is not looked at', one, [pay(1, '2026-03-07', 400)], '2026-03-07', '4.00'],
    [
      'each instalment from its own due date',
      [instalment(1, '2026-02-15'), instalment(2, '2026-03-15'), instalment(3, '2026-04-15')],
      [],
      '2026-03-25',
      // 400 x 38 days + 400 x 10 days = 19,200 principal-days.
      '9.60',
    ],
  ])('%s', (_name, instalments, payments, asOf, expected) => {
    expect(accruedPenalty(instalments, payments, TERMS, asOf, 2).toFixed(2)).toBe(expected);
  });

  it('divides by 365 under ACTUAL_365', () => {
    const terms = { annualRate: d('0.073'), dayCount: DayCountConvention.ACTUAL_365 };
    // 1,000 x 0.073 x 5 / 365 = 1.00 exactly.
    expect(accruedPenalty([instalment(1, '2026-02-15', 1000)], [], terms, '2026-02-20', 2).toFixed(2)).toBe('1.00');
  });

  it.each([
    // 1.00 x 0.18 x 10 / 360 = 0.005: a tie goes to the even cent.
    ['1.00', '0.00'],
    // 3.00 x 0.18 x 10 / 360 = 0.015.
    ['3.00', '0.02'],
  ])('rounds a half-way total half-even (%s overdue 10 days -> %s)', (principal, expected) => {
    expect(accruedPenalty([instalment(1, '2026-02-15', principal)], [], TERMS, '2026-02-25', 2).toFixed(2)).toBe(
      expected,
    );
  });
});

describe('penalty properties', () => {
  const cents = fc.integer({ min: 0, max: 50_000_000 }).map((c) => d(c).dividedBy(100));
  // A date in 2026 from a day offset (0..364).
  const dayOf = (offset: number): string => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
  const schedule = fc.array(fc.record({ principal: cents, dueOffset: fc.integer({ min: 0, max: 300 }) }), {
    minLength: 1,
    maxLength: 8,
  });
  const paymentsFor = (count: number): fc.Arbitrary<{ index: number; offset: number; share: number }[]> =>
    fc.array(
      fc.record({
        index: fc.integer({ min: 0, max: count - 1 }),
        offset: fc.integer({ min: 0, max: 364 }),
        share: fc.integer({ min: 0, max: 100 }),
      }),
      { maxLength: 10 },
    );
  const rate = fc.integer({ min: 0, max: 3_000_000 }).map((r) => d(r).dividedBy(10_000_000));
  const dayCount = fc.constantFrom(...Object.values(DayCountConvention));

  /** Instalments and payments that never pay more than an instalment's principal. */
  const loans = schedule.chain((rows) =>
    paymentsFor(rows.length).map((raw) => {
      const instalments = rows.map((r, i) => instalment(i + 1, dayOf(r.dueOffset), r.principal.toString()));
      const left = instalments.map((i) => i.principalDue);
      const payments: PrincipalPayment[] = [];
      for (const p of raw) {
        const amount = (left[p.index] as Decimal).times(p.share).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_DOWN);
        left[p.index] = (left[p.index] as Decimal).minus(amount);
        payments.push(pay(p.index + 1, dayOf(p.offset), amount.toString()));
      }
      return { instalments, payments };
    }),
  );

  it('is never negative, never decreases with time, and is the exact accrual rounded once', () => {
    fc.assert(
      fc.property(loans, rate, dayCount, fc.integer({ min: 0, max: 363 }), (loan, annualRate, dc, offset) => {
        const terms = { annualRate, dayCount: dc };
        const earlier = accruedPenalty(loan.instalments, loan.payments, terms, dayOf(offset), 2);
        const later = accruedPenalty(loan.instalments, loan.payments, terms, dayOf(offset + 1), 2);
        expect(earlier.gte(0)).toBe(true);
        expect(later.gte(earlier)).toBe(true);
        const exact = overduePrincipalDays(loan.instalments, loan.payments, dayOf(offset + 1))
          .times(annualRate)
          .dividedBy(penaltyYearDays(dc));
        expect(later.minus(exact).abs().lte('0.005')).toBe(true);
      }),
    );
  });

  it('without payments, is every instalment x its days overdue', () => {
    fc.assert(
      fc.property(schedule, fc.integer({ min: 0, max: 364 }), (rows, offset) => {
        const instalments = rows.map((r, i) => instalment(i + 1, dayOf(r.dueOffset), r.principal.toString()));
        const asOf = dayOf(offset);
        const expected = instalments.reduce(
          (sum, i) => sum.plus(i.principalDue.times(Math.max(0, daysBetween(i.dueDate, asOf)))),
          d(0),
        );
        expect(overduePrincipalDays(instalments, [], asOf).equals(expected)).toBe(true);
      }),
    );
  });

  it('a payment split in two on the same day changes nothing; paying a day earlier never costs more', () => {
    fc.assert(
      fc.property(loans, fc.integer({ min: 0, max: 364 }), (loan, offset) => {
        const asOf = dayOf(offset);
        const base = overduePrincipalDays(loan.instalments, loan.payments, asOf);
        const split = loan.payments.flatMap((p) => {
          const half = p.amount.dividedBy(2).toDecimalPlaces(2, Decimal.ROUND_DOWN);
          return [pay(p.number, p.on, half.toString()), pay(p.number, p.on, p.amount.minus(half).toString())];
        });
        expect(overduePrincipalDays(loan.instalments, split, asOf).equals(base)).toBe(true);
        const earlier = loan.payments.map((p) =>
          p.on === dayOf(0) ? p : pay(p.number, dayOf(daysBetween(dayOf(0), p.on) - 1), p.amount.toString()),
        );
        expect(overduePrincipalDays(loan.instalments, earlier, asOf).lte(base)).toBe(true);
      }),
    );
  });
});
