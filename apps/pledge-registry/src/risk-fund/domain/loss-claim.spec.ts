import fc from 'fast-check';
import { Decimal } from '@app/money';
import type { InstalmentState } from '@registry/loan/domain/repayment-allocation.js';
import {
  enforcementLoss,
  outstandingClaim,
  scheduleBefore,
  type RepaymentAllocation,
} from '@registry/risk-fund/domain/loss-claim.js';

const D = (v: string): Decimal => new Decimal(v);

/** 1,200 at 12 % over 3 months, equal principal, disbursed 2026-01-10. */
const schedule = (paid: [string, string][] = []): InstalmentState[] =>
  [
    ['2026-02-10', '400.00', '12.00'],
    ['2026-03-10', '400.00', '8.00'],
    ['2026-04-10', '400.00', '4.00'],
  ].map(([dueDate, principal, interest], i) => ({
    number: i + 1,
    dueDate: dueDate as string,
    principalDue: D(principal as string),
    interestDue: D(interest as string),
    interestPaid: D(paid[i]?.[0] ?? '0'),
    principalPaid: D(paid[i]?.[1] ?? '0'),
  }));

const partial: RepaymentAllocation = {
  receivedOn: '2026-01-20',
  lines: [{ number: 1, interest: D('12.00'), principal: D('88.00') }],
};

const text = (c: { principal: Decimal; interest: Decimal; total: Decimal }) => ({
  principal: c.principal.toFixed(2),
  interest: c.interest.toFixed(2),
  total: c.total.toFixed(2),
});

describe('outstandingClaim', () => {
  it.each([
    // Before the first due date: the current period's interest is owed (the loan's own rule).
    ['2026-01-15', [], [], { principal: '1200.00', interest: '12.00', total: '1212.00' }],
    // A partial repayment before the day counts.
    ['2026-02-01', [['12.00', '88.00']], [partial], { principal: '1112.00', interest: '0.00', total: '1112.00' }],
    // On the day or after it, it is taken back out: proceeds or a later recovery.
    ['2026-01-20', [['12.00', '88.00']], [partial], { principal: '1200.00', interest: '12.00', total: '1212.00' }],
    // One instalment overdue and the current period: 12 + 8 of interest.
    ['2026-02-11', [], [], { principal: '1200.00', interest: '20.00', total: '1220.00' }],
    // After the last due date every instalment's interest is owed.
    ['2026-05-01', [], [], { principal: '1200.00', interest: '24.00', total: '1224.00' }],
  ] as [string, [string, string][], RepaymentAllocation[], ReturnType<typeof text>][])(
    'on %s',
    (day, paid, repayments, expected) => {
      expect(text(outstandingClaim(schedule(paid), repayments, day))).toEqual(expected);
    },
  );

  it('refuses repayments that do not fit the schedule', () => {
    expect(() => scheduleBefore(schedule(), [partial], '2026-01-01')).toThrow(RangeError);
  });

  it('taking every repayment back out restores the schedule as disbursed', () => {
    const lines = fc.array(
      fc.record({
        number: fc.integer({ min: 1, max: 3 }),
        interest: fc.integer({ min: 0, max: 400 }),
        principal: fc.integer({ min: 0, max: 13_000 }),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(lines, (raw) => {
        // Paid amounts that fit: at most what is due on each instalment.
        const base = schedule();
        const paid = base.map((i) => ({ interest: D('0'), principal: D('0'), due: i }));
        const repayments: RepaymentAllocation[] = [];
        for (const r of raw) {
          const slot = paid[r.number - 1];
          if (slot === undefined) continue;
          const interest = Decimal.min(new Decimal(r.interest).div(100), slot.due.interestDue.minus(slot.interest));
          const principal = Decimal.min(new Decimal(r.principal).div(100), slot.due.principalDue.minus(slot.principal));
          slot.interest = slot.interest.plus(interest);
          slot.principal = slot.principal.plus(principal);
          repayments.push({ receivedOn: '2026-01-20', lines: [{ number: r.number, interest, principal }] });
        }
        const current = base.map((i, n) => ({
          ...i,
          interestPaid: paid[n]?.interest ?? D('0'),
          principalPaid: paid[n]?.principal ?? D('0'),
        }));
        const restored = scheduleBefore(current, repayments, '2026-01-20');
        expect(restored.map((i) => [i.interestPaid.toFixed(2), i.principalPaid.toFixed(2)])).toEqual(
          base.map(() => ['0.00', '0.00']),
        );
      }),
    );
  });
});

describe('enforcementLoss', () => {
  it.each([
    ['1212.00', '500.00', '712.00'],
    ['1212.00', '1212.00', '0.00'],
    ['1212.00', '5000.00', '0.00'],
    ['100.00', '0.0050', '100.00'],
    ['100.00', '0.0150', '99.98'],
  ])('%s owed, %s realised -> %s', (claim, realised, loss) => {
    expect(enforcementLoss(D(claim), D(realised)).toFixed(2)).toBe(loss);
  });
});
