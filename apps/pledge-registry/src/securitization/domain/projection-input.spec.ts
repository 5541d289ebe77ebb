import { Decimal } from '@app/money';
import { parseProjectionInput, projectPool } from '@app/securitization-engine';
import {
  amortisationOf,
  apiField,
  poolLoans,
  projectionInput,
  type StoredStructure,
} from '@registry/securitization/domain/projection-input.js';
import { projectionData } from '@registry/securitization/domain/projection-output.js';

const D = (v: string): Decimal => new Decimal(v);

const structure: StoredStructure = {
  tranches: [
    { name: 'A', trancheClass: 'SENIOR', size: D('600'), coupon: D('0.03'), priority: 1 },
    { name: 'Z', trancheClass: 'SUBORDINATED', size: D('300'), coupon: D('0.08'), priority: 2 },
  ],
  feeAnnualRateOnPool: D('0.01'),
  feeFixedPerPeriod: D('1.5'),
  reserveInitialAmount: D('10'),
  reserveTargetAmount: null,
  reserveTargetShareOfNotes: D('0.02'),
  guarantorCap: D('0'),
  trap50Below: null,
  trap100Below: D('1.25'),
  rapidAmortisationBelow: null,
  cumulativeLossRapidAbove: null,
};
const noLoss = { annualDefaultRate: '0', annualPrepaymentRate: '0', lossSeverity: '0', recoveryLagPeriods: 0 };

describe('projection input from a pool', () => {
  it.each([
    ['ANNUITY', 'ANNUITY'],
    ['EQUAL_PRINCIPAL', 'EQUAL_PRINCIPAL'],
    ['FLAT', 'EQUAL_PRINCIPAL'],
    ['INTEREST_ONLY_BULLET', 'BULLET'],
    [null, 'BULLET'],
  ] as const)('runs a %s underlying as %s', (method, expected) => {
    expect(amortisationOf(method)).toBe(expected);
  });

  it('drops underlyings without a balance and runs one past its last due date as one month', () => {
    const loans = poolLoans([
      { repaymentMethod: 'ANNUITY', balance: D('1000'), annualRate: D('0.05'), remainingMonths: 12 },
      { repaymentMethod: 'ANNUITY', balance: D('0'), annualRate: D('0.05'), remainingMonths: 3 },
      { repaymentMethod: null, balance: D('250.5'), annualRate: D('0.1'), remainingMonths: 0 },
    ]);
    expect(loans).toEqual([
      { principal: '1000.00', annualRate: '0.05', remainingTermMonths: 12, amortisation: 'ANNUITY' },
      { principal: '250.50', annualRate: '0.1', remainingTermMonths: 1, amortisation: 'BULLET' },
    ]);
  });

  it('passes the stored structure on, leaving unset thresholds to the engine defaults', () => {
    const loans = poolLoans([
      { repaymentMethod: 'ANNUITY', balance: D('1000'), annualRate: D('0.05'), remainingMonths: 12 },
    ]);
    const parsed = parseProjectionInput(projectionInput(structure, loans, noLoss, 6));
    expect(parsed.periods).toBe(6);
    expect(parsed.tranches.map((t) => [t.name, t.size.toFixed(2)])).toEqual([
      ['A', '600.00'],
      ['Z', '300.00'],
    ]);
    expect(parsed.reserve).toEqual({
      initialAmount: D('10'),
      targetAmount: null,
      targetShareOfNotes: D('0.02'),
    });
    expect([parsed.triggers.trap50Below, parsed.triggers.trap100Below].map((d) => d.toFixed())).toEqual([
      '1.4',
      '1.25',
    ]);
  });

  it('names engine fields as API input paths', () => {
    expect(apiField('tranches[1].size', 'input')).toBe('input.tranches.1.size');
    expect(apiField('assumptions.lossSeverity', 'input')).toBe('input.assumptions.lossSeverity');
  });
});

describe('projection output', () => {
  it('gives money in cents and excess spread as interest collected less fees and rated interest', () => {
    const loans = poolLoans([
      { repaymentMethod: 'ANNUITY', balance: D('1000'), annualRate: D('0.12'), remainingMonths: 12 },
    ]);
    const engine = projectPool(projectionInput(structure, loans, noLoss));
    const data = projectionData(engine);
    const [first] = data.periods;
    const p = engine.periods[0]!;
    const seniorInterest = p.tranches.find((t) => t.name === 'A')!.interestPaid;
    expect(first!.excessSpread).toBe(p.scheduledInterest.minus(p.feesPaid).minus(seniorInterest).toFixed(2));
    expect(first!.scheduledInterest).toBe('10.00');
    expect(data.tranches.map((t) => t.trancheClass)).toEqual(['SENIOR', 'SUBORDINATED']);
    expect(data.periods.flatMap((q) => [q.collections, q.residual]).every((v) => /^-?\d+\.\d\d$/.test(v))).toBe(true);
  });
});
