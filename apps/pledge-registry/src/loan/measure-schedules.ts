import { performance } from 'node:perf_hooks';
import { Decimal, Money } from '@app/money';
import {
  DayCountConvention,
  RepaymentMethod,
  repaymentSchedule,
  type RepaymentScheduleInput,
} from '@registry/loan/domain/repayment-schedule.js';

/** Term of every measured schedule: the 20-year loan of DOMAIN.md. */
export const MEASURED_TERM_MONTHS = 240;

const measured = (method: RepaymentMethod, dayCount: DayCountConvention): RepaymentScheduleInput => ({
  principal: Money.of('1000000.00', 'CNY'),
  annualRate: new Decimal('0.049'),
  termMonths: MEASURED_TERM_MONTHS,
  repaymentMethod: method,
  dayCount,
  disbursementDate: '2026-01-15',
});

const CASES: { name: string; input: RepaymentScheduleInput }[] = [
  { name: 'annuity 30/360', input: measured(RepaymentMethod.ANNUITY, DayCountConvention.MONTHLY_30_360) },
  { name: 'annuity actual/365', input: measured(RepaymentMethod.ANNUITY, DayCountConvention.ACTUAL_365) },
  {
    name: 'equal principal 30/360',
    input: measured(RepaymentMethod.EQUAL_PRINCIPAL, DayCountConvention.MONTHLY_30_360),
  },
  {
    name: 'interest-only 30/360',
    input: measured(RepaymentMethod.INTEREST_ONLY_BULLET, DayCountConvention.MONTHLY_30_360),
  },
  { name: 'flat 30/360', input: measured(RepaymentMethod.FLAT, DayCountConvention.MONTHLY_30_360) },
];

function secondsFor(input: RepaymentScheduleInput, count: number): number {
  const started = performance.now();
  let lines = 0;
  for (let i = 0; i < count; i++) lines += repaymentSchedule(input).lines.length;
  const seconds = (performance.now() - started) / 1000;
  // Using the result keeps the loop from being optimised away and checks the term.
  if (lines !== count * MEASURED_TERM_MONTHS) throw new Error(`expected ${count * MEASURED_TERM_MONTHS} lines`);
  return seconds;
}

/**
 * The pure half of the schedule benchmark (bench/repayment-schedule.ts): `count` 240-month
 * schedules per method, after a warm-up, `runs` times each; prints one JSON line with the
 * seconds of every run. Runs in the registry's own process because only the app may
 * import its domain.
 */
export function measureSchedules(count: number, runs: number): void {
  const results = CASES.map(({ name, input }) => {
    secondsFor(input, Math.min(500, count));
    return { name, seconds: Array.from({ length: runs }, () => secondsFor(input, count)) };
  });
  process.stdout.write(`${JSON.stringify({ termMonths: MEASURED_TERM_MONTHS, count, results })}\n`);
}
