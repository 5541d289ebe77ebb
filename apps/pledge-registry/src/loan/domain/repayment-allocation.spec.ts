import fc from 'fast-check';
import { Decimal } from '@app/money';
import {
  allocatePayment,
  amountOwed,
  applyAllocation,
  nextDue,
  outstandingPrincipal,
  overdueDays,
  type InstalmentState,
} from '@registry/loan/domain/repayment-allocation.js';

const d = (v: string | number): Decimal => new Decimal(v);

/** Three instalments of 100 principal + 10 interest due on the 15th of Feb, Mar, Apr 2026. */
function schedule(paid: [string, string][] = []): InstalmentState[] {
  return ['2026-02-15', '2026-03-15', '2026-04-15'].map((dueDate, index) => ({
    number: index + 1,
    dueDate,
    principalDue: d(100),
    interestDue: d(10),
    interestPaid: d(paid[index]?.[0] ?? 0),
    principalPaid: d(paid[index]?.[1] ?? 0),
  }));
}

const plain = (lines: { number: number; interest: Decimal; principal: Decimal }[]): [number, string, string][] =>
  lines.map((l) => [l.number, l.interest.toString(), l.principal.toString()]);

describe('allocatePayment', () => {
  it.each<[string, string, string, [number, string, string][], { overdue: string; current: string; excess: string }]>([
    [
      'on time, exactly the instalment',
      '110',
      '2026-02-15',
      [[1, '10', '100']],
      { overdue: '0', current: '10', excess: '0' },
    ],
    ['partial: interest first', '4', '2026-02-15', [[1, '4', '0']], { overdue: '0', current: '4', excess: '0' }],
    [
      'overdue interest, then current interest, then earliest principal',
      '25',
      '2026-03-15',
      [
        [1, '10', '5'],
        [2, '10', '0'],
      ],
      { overdue: '10', current: '10', excess: '0' },
    ],
    [
      'early: current period interest then principal of the earliest instalments',
      '150',
      '2026-01-20',
      [
        [1, '10', '100'],
        [2, '0', '40'],
      ],
      { overdue: '0', current: '10', excess: '0' },
    ],
    [
      'early payoff owes no interest of periods not begun',
      '320',
      '2026-01-20',
      [
        [1, '10', '100'],
        [2, '0', '100'],
        [3, '0', '100'],
      ],
      { overdue: '0', current: '10', excess: '10' },
    ],
    [
      'after the last due date every instalment is overdue',
      '400',
      '2026-05-01',
      [
        [1, '10', '100'],
        [2, '10', '100'],
        [3, '10', '100'],
      ],
      { overdue: '30', current: '0', excess: '70' },
    ],
  ])('%s', (_name, payment, on, lines, totals) => {
    const allocation = allocatePayment(schedule(), d(payment), on);
    expect(plain(allocation.lines)).toEqual(lines);
    expect(allocation.overdueInterest.toString()).toBe(totals.overdue);
    expect(allocation.currentInterest.toString()).toBe(totals.current);
    expect(allocation.excess.toString()).toBe(totals.excess);
  });

  it('skips what is already paid', () => {
    const allocation = allocatePayment(
      schedule([
        ['10', '100'],
        ['3', '0'],
      ]),
      d(20),
      '2026-03-15',
    );
    expect(plain(allocation.lines)).toEqual([[2, '7', '13']]);
  });

  it('refuses a payment that is not positive, and a negative penalty', () => {
    expect(() => allocatePayment(schedule(), d(0), '2026-02-15')).toThrow(RangeError);
    expect(() => allocatePayment(schedule(), d(1), '2026-02-15', d(-1))).toThrow(RangeError);
  });

  it.each<[string, string, string, [number, string, string][], { penalty: string; overdue: string; excess: string }]>([
    [
      'penalty first, then overdue interest, current interest, earliest principal',
      '29',
      '2026-03-15',
      [
        [1, '10', '5'],
        [2, '10', '0'],
      ],
      { penalty: '4', overdue: '10', excess: '0' },
    ],
    [
      'a payment below the penalty pays only penalty',
      '3',
      '2026-03-15',
      [],
      { penalty: '3', overdue: '0', excess: '0' },
    ],
    [
      'paying everything owed, penalty included, leaves the rest as excess',
      '350',
      '2026-04-20',
      [
        [1, '10', '100'],
        [2, '10', '100'],
        [3, '10', '100'],
      ],
      { penalty: '4', overdue: '30', excess: '16' },
    ],
  ])('%s', (_name, payment, on, lines, totals) => {
    const allocation = allocatePayment(schedule(), d(payment), on, d(4));
    expect(plain(allocation.lines)).toEqual(lines);
    expect(allocation.penalty.toString()).toBe(totals.penalty);
    expect(allocation.overdueInterest.toString()).toBe(totals.overdue);
    expect(allocation.excess.toString()).toBe(totals.excess);
  });

  it('amountOwed counts the penalty owed', () => {
    expect(amountOwed(schedule(), '2026-03-15').toString()).toBe('320');
    expect(amountOwed(schedule(), '2026-03-15', d('4.50')).toString()).toBe('324.5');
  });
});

describe('overdueDays and nextDue', () => {
  it.each<[string, [string, string][], string, number]>([
    ['nothing due yet', [], '2026-02-15', 0],
    ['the first instalment unpaid', [], '2026-02-20', 5],
    ['the earliest unpaid one counts', [], '2026-03-20', 33],
    ['paid instalments do not', [['10', '100']], '2026-03-20', 5],
    ['interest still owed counts', [['9', '100']], '2026-03-20', 33],
  ])('%s', (_name, paid, asOf, days) => {
    expect(overdueDays(schedule(paid), asOf)).toBe(days);
  });

  it('nextDue is the earliest unpaid instalment with what remains of it', () => {
    expect(nextDue(schedule([['10', '40']]))).toEqual({ number: 1, dueDate: '2026-02-15', amount: d(60) });
    expect(
      nextDue(
        schedule([
          ['10', '100'],
          ['10', '100'],
          ['10', '100'],
        ]),
      ),
    ).toBeNull();
  });
});

describe('allocation properties', () => {
  const cents = fc.integer({ min: 0, max: 500_000 }).map((c) => d(c).dividedBy(100));
  const instalments = fc
    .array(fc.record({ principal: cents, interest: cents, pp: fc.double({ min: 0, max: 1, noNaN: true }) }), {
      minLength: 1,
      maxLength: 12,
    })
    .map((rows) =>
      rows.map((r, index): InstalmentState => {
        const month = String(index + 1).padStart(2, '0');
        const principalPaid = r.principal.times(r.pp).toDecimalPlaces(2, Decimal.ROUND_DOWN);
        return {
          number: index + 1,
          dueDate: `2026-${month}-15`,
          principalDue: r.principal,
          interestDue: r.interest,
          principalPaid,
          interestPaid: r.interest.times(r.pp).toDecimalPlaces(2, Decimal.ROUND_DOWN),
        };
      }),
    );
  const payment = fc.integer({ min: 1, max: 10_000_000 }).map((c) => d(c).dividedBy(100));
  const day = fc
    .integer({ min: 1, max: 28 })
    .chain((dd) =>
      fc.integer({ min: 1, max: 12 }).map((m) => `2026-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`),
    );

  const penalty = fc.integer({ min: 0, max: 100_000 }).map((c) => d(c).dividedBy(100));

  it('never allocates more than is due, and allocations + excess == payment, outstanding >= 0', () => {
    fc.assert(
      fc.property(instalments, payment, day, penalty, (rows, amount, on, penaltyOwed) => {
        const allocation = allocatePayment(rows, amount, on, penaltyOwed);
        // The penalty is paid first: nothing else is paid until it is.
        expect(allocation.penalty.equals(Decimal.min(amount, penaltyOwed))).toBe(true);
        if (allocation.penalty.lt(penaltyOwed)) expect(allocation.lines).toEqual([]);
        const byNumber = new Map(rows.map((r) => [r.number, r]));
        for (const line of allocation.lines) {
          const r = byNumber.get(line.number)!;
          expect(line.interest.lte(r.interestDue.minus(r.interestPaid))).toBe(true);
          expect(line.principal.lte(r.principalDue.minus(r.principalPaid))).toBe(true);
          expect(line.interest.gte(0) && line.principal.gte(0)).toBe(true);
        }
        const allocated = allocation.lines.reduce((s, l) => s.plus(l.interest).plus(l.principal), d(0));
        expect(allocated.plus(allocation.penalty).plus(allocation.excess).equals(amount)).toBe(true);
        expect(
          allocation.overdueInterest.plus(allocation.currentInterest).plus(allocation.principal).equals(allocated),
        ).toBe(true);
        expect(allocation.excess.gte(0)).toBe(true);
        const after = applyAllocation(rows, allocation);
        expect(outstandingPrincipal(after).gte(0)).toBe(true);
        // Excess only once everything owed is paid.
        const penaltyLeft = penaltyOwed.minus(allocation.penalty);
        if (allocation.excess.gt(0)) expect(amountOwed(after, on, penaltyLeft).isZero()).toBe(true);
        expect(
          amountOwed(rows, on, penaltyOwed)
            .minus(allocated)
            .minus(allocation.penalty)
            .equals(amountOwed(after, on, penaltyLeft)),
        ).toBe(true);
      }),
    );
  });
});
