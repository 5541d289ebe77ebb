import { Decimal } from '@app/money';
import { projectPool, SecuritizationInputError, type PoolProjectionInput } from '@app/securitization-engine';

const valid = (): PoolProjectionInput => ({
  loans: [{ principal: '1000.00', annualRate: '0.05', remainingTermMonths: 12, amortisation: 'ANNUITY' }],
  assumptions: { annualDefaultRate: '0.02', annualPrepaymentRate: '0.05', lossSeverity: '0.4', recoveryLagPeriods: 3 },
  tranches: [
    { name: 'A', trancheClass: 'SENIOR', size: '700.00', coupon: '0.03', priority: 1 },
    { name: 'B', trancheClass: 'MEZZANINE', size: '100.00', coupon: '0.05', priority: 2 },
  ],
});

function expectInvalid(input: PoolProjectionInput, field: string, message?: RegExp): void {
  let error: unknown;
  try {
    projectPool(input);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(SecuritizationInputError);
  expect((error as SecuritizationInputError).code).toBe('INVALID_INPUT');
  expect((error as SecuritizationInputError).field).toBe(field);
  if (message !== undefined) expect((error as Error).message).toMatch(message);
}

type Edit = (i: PoolProjectionInput) => PoolProjectionInput;
const loan0 = (i: PoolProjectionInput) => i.loans[0]!;
const tranche = (i: PoolProjectionInput, k: number) => i.tranches[k]!;

describe('projection input validation', () => {
  it('accepts the valid input with the default periods (longest term + recovery lag)', () => {
    expect(projectPool(valid()).periods).toHaveLength(15);
  });

  it.each<[string, Edit, string, RegExp?]>([
    ['empty pool', (i) => ({ ...i, loans: [] }), 'loans', /at least one loan/],
    ['zero principal', (i) => ({ ...i, loans: [{ ...loan0(i), principal: '0' }] }), 'loans[0].principal'],
    ['fractional cents', (i) => ({ ...i, loans: [{ ...loan0(i), principal: '1.005' }] }), 'loans[0].principal'],
    ['JS number', (i) => ({ ...i, loans: [{ ...loan0(i), principal: 5 as unknown as string }] }), 'loans[0].principal'],
    ['rate above 1', (i) => ({ ...i, loans: [{ ...loan0(i), annualRate: '1.5' }] }), 'loans[0].annualRate'],
    ['negative rate', (i) => ({ ...i, loans: [{ ...loan0(i), annualRate: '-0.01' }] }), 'loans[0].annualRate'],
    ['term 0', (i) => ({ ...i, loans: [{ ...loan0(i), remainingTermMonths: 0 }] }), 'loans[0].remainingTermMonths'],
    ['term 1.5', (i) => ({ ...i, loans: [{ ...loan0(i), remainingTermMonths: 1.5 }] }), 'loans[0].remainingTermMonths'],
    [
      'unknown amortisation',
      (i) => ({ ...i, loans: [{ ...loan0(i), amortisation: 'BALLOON' as 'BULLET' }] }),
      'loans[0].amortisation',
    ],
    [
      'CDR above 1',
      (i) => ({ ...i, assumptions: { ...i.assumptions, annualDefaultRate: '1.01' } }),
      'assumptions.annualDefaultRate',
    ],
    [
      'negative CPR',
      (i) => ({ ...i, assumptions: { ...i.assumptions, annualPrepaymentRate: '-0.1' } }),
      'assumptions.annualPrepaymentRate',
    ],
    [
      'severity above 1',
      (i) => ({ ...i, assumptions: { ...i.assumptions, lossSeverity: '2' } }),
      'assumptions.lossSeverity',
    ],
    [
      'negative lag',
      (i) => ({ ...i, assumptions: { ...i.assumptions, recoveryLagPeriods: -1 } }),
      'assumptions.recoveryLagPeriods',
    ],
    ['no tranches', (i) => ({ ...i, tranches: [] }), 'tranches', /at least one tranche/],
    [
      'negative size',
      (i) => ({ ...i, tranches: [{ ...tranche(i, 0), size: '-1.00' }, tranche(i, 1)] }),
      'tranches[0].size',
      /must not be negative/,
    ],
    [
      'coupon above 1',
      (i) => ({ ...i, tranches: [tranche(i, 0), { ...tranche(i, 1), coupon: '1.2' }] }),
      'tranches[1].coupon',
    ],
    [
      'duplicate priority',
      (i) => ({ ...i, tranches: [tranche(i, 0), { ...tranche(i, 1), priority: 1 }] }),
      'tranches[1].priority',
    ],
    [
      'mezzanine before senior',
      (i) => ({ ...i, tranches: [{ ...tranche(i, 0), priority: 3 }, tranche(i, 1)] }),
      'tranches[0].priority',
      /SENIOR tranche cannot pay after a MEZZANINE/,
    ],
    [
      'duplicate name',
      (i) => ({ ...i, tranches: [tranche(i, 0), { ...tranche(i, 1), name: 'A' }] }),
      'tranches[1].name',
    ],
    [
      'unknown class',
      (i) => ({ ...i, tranches: [{ ...tranche(i, 0), trancheClass: 'EQUITY' as 'SENIOR' }] }),
      'tranches[0].trancheClass',
    ],
    ['fee rate above 1', (i) => ({ ...i, fees: { annualRateOnPool: '1.1' } }), 'fees.annualRateOnPool'],
    ['negative fixed fee', (i) => ({ ...i, fees: { fixedPerPeriod: '-5' } }), 'fees.fixedPerPeriod'],
    [
      'two reserve targets',
      (i) => ({ ...i, reserve: { initialAmount: '1', targetAmount: '1', targetShareOfNotes: '0.1' } }),
      'reserve',
    ],
    [
      'negative reserve',
      (i) => ({ ...i, reserve: { initialAmount: '-1', targetAmount: '1' } }),
      'reserve.initialAmount',
    ],
    ['negative guarantor cap', (i) => ({ ...i, guarantor: { cap: '-1' } }), 'guarantor.cap'],
    ['trap100 above trap50', (i) => ({ ...i, triggers: { trap100Below: '1.5' } }), 'triggers.trap100Below'],
    [
      'rapid above trap100',
      (i) => ({ ...i, triggers: { rapidAmortisationBelow: '1.35' } }),
      'triggers.rapidAmortisationBelow',
    ],
    ['zero threshold', (i) => ({ ...i, triggers: { trap50Below: '0' } }), 'triggers.trap50Below'],
    ['periods 0', (i) => ({ ...i, periods: 0 }), 'periods'],
    // A rest parameter: with a declared fourth parameter Jest would pass `done` on rows without a message.
  ])('refuses %s', (...row) => {
    const [, edit, field, message] = row;
    expectInvalid(edit(valid()), field, message);
  });

  it('refuses tranches above the pool with their own code, naming the totals', () => {
    const input = valid();
    const error = (() => {
      try {
        projectPool({ ...input, tranches: [tranche(input, 0), { ...tranche(input, 1), size: '300.01' }] });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(SecuritizationInputError);
    expect(error).toMatchObject({ code: 'TRANCHES_EXCEED_POOL', field: 'tranches' });
    expect((error as SecuritizationInputError).detail).toBe('sizes sum to 1000.01, above the pool balance 1000.00');
  });

  it('accepts Decimal values and tranches that exactly exhaust the pool', () => {
    const input = valid();
    const result = projectPool({
      ...input,
      tranches: [tranche(input, 0), { ...tranche(input, 1), size: new Decimal('300.00') }],
    });
    expect(result.tranches.map((t) => t.size.toFixed(2))).toEqual(['700.00', '300.00']);
  });
});
