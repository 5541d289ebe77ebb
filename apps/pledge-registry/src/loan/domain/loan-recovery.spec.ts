import fc from 'fast-check';
import { Decimal } from '@app/money';
import { defaultDeclaration, loanPosition, rescheduledPrincipal } from '@registry/loan/domain/loan-recovery.js';
import { amountOwed, type InstalmentState } from '@registry/loan/domain/repayment-allocation.js';

const d = (v: string | number): Decimal => new Decimal(v);

/** Three instalments of 100 principal + 10 interest due on the 15th of Feb, Mar, Apr 2026; the first half paid. */
const schedule: InstalmentState[] = ['2026-02-15', '2026-03-15', '2026-04-15'].map((dueDate, index) => ({
  number: index + 1,
  dueDate,
  principalDue: d(100),
  interestDue: d(10),
  interestPaid: d(index === 0 ? 10 : 0),
  principalPaid: d(index === 0 ? 50 : 0),
}));

describe('defaultDeclaration', () => {
  it.each<[string | null, number, number, string | null]>([
    [null, 90, 90, null],
    [null, 200, 90, null],
    [null, 89, 90, 'OVERDUE_BELOW_DEFAULT_THRESHOLD'],
    [null, 0, 1, 'OVERDUE_BELOW_DEFAULT_THRESHOLD'],
    ['2026-05-01', 200, 90, 'ALREADY_DEFAULTED'],
  ])('defaulted on %s, %i days overdue, threshold %i -> %s', (defaultedOn, days, threshold, refusal) => {
    const result = defaultDeclaration(defaultedOn, days, threshold);
    expect(result.ok ? null : result.reason).toBe(refusal);
  });

  it('names the days and the threshold when refusing', () => {
    expect(defaultDeclaration(null, 12, 90)).toEqual({
      ok: false,
      reason: 'OVERDUE_BELOW_DEFAULT_THRESHOLD',
      message: 'the loan is 12 days overdue; default needs at least 90',
    });
  });
});

describe('loanPosition and rescheduledPrincipal', () => {
  it('owes the outstanding principal, the overdue and current interest and the penalty', () => {
    // On 20 Mar: instalment 2 is overdue, 3 is the current period.
    const position = loanPosition(schedule, '2026-03-20', d('1.25'));
    expect([position.principal, position.interest, position.penalty, position.total].map(String)).toEqual([
      '250',
      '20',
      '1.25',
      '271.25',
    ]);
  });

  it('capitalises interest and penalty into the new principal when asked', () => {
    const position = loanPosition(schedule, '2026-03-20', d('1.25'));
    expect(rescheduledPrincipal(position, true)).toEqual({ ok: true, principal: d('271.25'), capitalised: d('21.25') });
  });

  it('without capitalising, refuses while interest or penalty is owed, then takes the principal alone', () => {
    const owing = rescheduledPrincipal(loanPosition(schedule, '2026-03-20', d(0)), false);
    expect(owing).toMatchObject({ ok: false, reason: 'INTEREST_UNPAID' });
    const paidUp = schedule.map((i) => ({ ...i, interestPaid: i.interestDue }));
    expect(rescheduledPrincipal(loanPosition(paidUp, '2026-03-20', d(0)), false)).toEqual({
      ok: true,
      principal: d(250),
      capitalised: d(0),
    });
  });

  it('the capitalised principal is exactly what would pay the loan off that day', () => {
    const cents = fc.integer({ min: 0, max: 100_000 }).map((c) => d(c).dividedBy(100));
    fc.assert(
      fc.property(cents, fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 6 }), (penalty, day, month) => {
        const on = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const result = rescheduledPrincipal(loanPosition(schedule, on, penalty), true);
        expect(result.ok && result.principal.equals(amountOwed(schedule, on, penalty))).toBe(true);
      }),
    );
  });
});
