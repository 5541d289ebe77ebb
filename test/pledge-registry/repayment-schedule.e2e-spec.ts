import { jest } from '@jest/globals';
import { assertGqlData, assertGqlError, e2eEnv, gql, tokenFor, type DemoLogin } from '@app/testing';

jest.setTimeout(60_000);

const env = e2eEnv();

/** The repayment-schedule calculator through the gateway: figures, shapes, refusals. Stores nothing. */

const SCHEDULE = `query($input: RepaymentScheduleInput!) {
  repaymentSchedule(input: $input) {
    repaymentMethod dayCount annualRate termMonths
    lines {
      number dueDate days
      openingBalance { amount currency }
      instalment { amount }
      interest { amount }
      principal { amount }
      closingBalance { amount }
    }
    totalInstalments { amount currency }
    totalInterest { amount }
    totalPrincipal { amount }
  }
}`;

interface Line {
  number: number;
  dueDate: string;
  days: number;
  openingBalance: { amount: string; currency: string };
  instalment: { amount: string };
  interest: { amount: string };
  principal: { amount: string };
  closingBalance: { amount: string };
}
interface Schedule {
  repaymentMethod: string;
  dayCount: string;
  annualRate: string;
  termMonths: number;
  lines: Line[];
  totalInstalments: { amount: string; currency: string };
  totalInterest: { amount: string };
  totalPrincipal: { amount: string };
}

const input = (overrides: Record<string, unknown> = {}) => ({
  principal: '1200.00',
  annualRate: '0.12',
  termMonths: 3,
  repaymentMethod: 'ANNUITY',
  disbursementDate: '2026-01-15',
  ...overrides,
});

const call = async (variables: Record<string, unknown>, login: DemoLogin = 'sme') =>
  gql<{ repaymentSchedule: Schedule }>(env.gatewayUrl, SCHEDULE, variables, { token: await tokenFor(login) });

const schedule = async (overrides: Record<string, unknown>, login?: DemoLogin): Promise<Schedule> =>
  assertGqlData(await call({ input: input(overrides) }, login)).repaymentSchedule;

/** [instalment, interest, principal, closing balance] per line. */
const rows = (s: Schedule): string[][] =>
  s.lines.map((l) => [l.instalment.amount, l.interest.amount, l.principal.amount, l.closingBalance.amount]);

describe('repaymentSchedule', () => {
  it('reproduces DOMAIN.md: 1,000,000 at 4.9 % over 20 years -> 6,544.44 a month, first month 4,083.33 + 2,461.11', async () => {
    const s = await schedule(
      { principal: '1000000.00', annualRate: '0.049', termMonths: 240, repaymentMethod: 'ANNUITY' },
      'bank',
    );
    expect(s).toMatchObject({ repaymentMethod: 'ANNUITY', dayCount: 'MONTHLY_30_360', termMonths: 240 });
    expect(s.lines).toHaveLength(240);
    expect(s.lines[0]).toEqual({
      number: 1,
      dueDate: '2026-02-15',
      days: 30,
      openingBalance: { amount: '1000000.00', currency: 'CNY' },
      instalment: { amount: '6544.44' },
      interest: { amount: '4083.33' },
      principal: { amount: '2461.11' },
      closingBalance: { amount: '997538.89' },
    });
    expect(new Set(s.lines.slice(0, -1).map((l) => l.instalment.amount))).toEqual(new Set(['6544.44']));
    expect(s.lines.at(-1)).toMatchObject({ dueDate: '2046-01-15', closingBalance: { amount: '0.00' } });
    expect(s.totalPrincipal.amount).toBe('1000000.00');
    expect(s.totalInstalments.currency).toBe('CNY');
  });

  it('a flat 30-day loan at 20 % a month (2.40 a year) on a 360-day basis accrues exactly 200 per 1000', async () => {
    const s = await schedule({
      principal: '1000.00',
      annualRate: '2.40',
      termMonths: 1,
      repaymentMethod: 'FLAT',
      dayCount: 'ACTUAL_360',
      disbursementDate: '2026-04-01',
    });
    expect(s.lines.map((l) => [l.dueDate, l.days])).toEqual([['2026-05-01', 30]]);
    expect(s.totalInterest.amount).toBe('200.00');
    expect(s.totalInstalments.amount).toBe('1200.00');
  });

  it.each<[string, Record<string, unknown>, string[][]]>([
    [
      'ANNUITY: level instalments, the last clears the balance',
      { repaymentMethod: 'ANNUITY' },
      [
        ['408.03', '12.00', '396.03', '803.97'],
        ['408.03', '8.04', '399.99', '403.98'],
        ['408.02', '4.04', '403.98', '0.00'],
      ],
    ],
    [
      'EQUAL_PRINCIPAL: equal principal, falling instalments',
      { repaymentMethod: 'EQUAL_PRINCIPAL' },
      [
        ['412.00', '12.00', '400.00', '800.00'],
        ['408.00', '8.00', '400.00', '400.00'],
        ['404.00', '4.00', '400.00', '0.00'],
      ],
    ],
    [
      'INTEREST_ONLY_BULLET: interest, then the principal with the last',
      { repaymentMethod: 'INTEREST_ONLY_BULLET', dayCount: 'ACTUAL_365' },
      [
        ['12.23', '12.23', '0.00', '1200.00'],
        ['11.05', '11.05', '0.00', '1200.00'],
        ['1212.23', '12.23', '1200.00', '0.00'],
      ],
    ],
    [
      'FLAT: interest on the original principal every month',
      { repaymentMethod: 'FLAT' },
      [
        ['412.00', '12.00', '400.00', '800.00'],
        ['412.00', '12.00', '400.00', '400.00'],
        ['412.00', '12.00', '400.00', '0.00'],
      ],
    ],
  ])('%s', async (_name, overrides, expected) => {
    expect(rows(await schedule(overrides, 'program'))).toEqual(expected);
  });

  it.each<DemoLogin>(['sme', 'bank', 'registrar', 'program', 'admin'])('%s may use the calculator', async (login) => {
    const s = await schedule({ termMonths: 1 }, login);
    expect(s.lines).toHaveLength(1);
  });

  it.each<[string, Record<string, unknown>, { reason?: string; field?: string; mentions?: string }]>([
    ['a negative rate', { annualRate: '-0.01' }, { reason: 'RATE_OUT_OF_RANGE', field: 'input.annualRate' }],
    ['term 0', { termMonths: 0 }, { field: 'input.termMonths' }],
    ['term 601', { termMonths: 601 }, { field: 'input.termMonths' }],
    ['principal 0', { principal: '0' }, { reason: 'PRINCIPAL_NOT_POSITIVE', field: 'input.principal' }],
    ['a negative principal', { principal: '-100.00' }, { reason: 'PRINCIPAL_NOT_POSITIVE', field: 'input.principal' }],
    [
      'a first due date before disbursement',
      { firstDueDate: '2026-01-01' },
      { reason: 'FIRST_DUE_DATE_OUT_OF_RANGE', field: 'input.firstDueDate' },
    ],
    ['an unknown method', { repaymentMethod: 'BALLOON' }, { mentions: 'repaymentMethod' }],
    ['a date that does not exist', { disbursementDate: '2026-02-30' }, { mentions: 'disbursementDate' }],
    ['a malformed rate', { annualRate: '4.9%' }, { mentions: 'annualRate' }],
  ])('%s -> BAD_USER_INPUT naming the field', async (_name, overrides, expected) => {
    assertGqlError(await call({ input: input(overrides) }), { code: 'BAD_USER_INPUT', ...expected });
  });

  it('an anonymous caller is refused', async () => {
    const res = await gql(env.gatewayUrl, SCHEDULE, { input: input() });
    assertGqlError(res, { code: 'UNAUTHENTICATED' });
  });
});
