import { Decimal } from '@app/money';
import { projectPool, type PoolProjectionInput, type ProjectionPeriod } from '@app/securitization-engine';

const noStress = { annualDefaultRate: '0', annualPrepaymentRate: '0', lossSeverity: '0', recoveryLagPeriods: 0 };
const lowTriggers = { trap50Below: '0.5', trap100Below: '0.4', rapidAmortisationBelow: '0.3' };

const fixed = (d: Decimal | null): string | null => (d === null ? null : d.toFixed(2));
const senior = (p: ProjectionPeriod) => p.tranches[0]!;

describe('projectPool: one equal-principal loan, one senior tranche (hand-computed)', () => {
  const input: PoolProjectionInput = {
    loans: [{ principal: '1200.00', annualRate: '0.12', remainingTermMonths: 12, amortisation: 'EQUAL_PRINCIPAL' }],
    assumptions: noStress,
    tranches: [{ name: 'A', trancheClass: 'SENIOR', size: '1000.00', coupon: '0.12', priority: 1 }],
    triggers: lowTriggers,
  };
  const result = projectPool(input);

  it('collects 1 % interest on the opening balance and 100.00 principal a month', () => {
    expect(result.periods).toHaveLength(12);
    result.periods.forEach((p, i) => {
      expect(fixed(p.scheduledInterest)).toBe(new Decimal(12 - i).toFixed(2));
      expect(fixed(p.scheduledPrincipal)).toBe('100.00');
      expect(fixed(p.poolBalanceEnd)).toBe(new Decimal(1100 - 100 * i).toFixed(2));
    });
  });

  it('pays the senior note sequentially and the excess spread to the residual', () => {
    for (let i = 0; i < 10; i++) {
      const p = result.periods[i]!;
      expect(fixed(senior(p).interestPaid)).toBe(new Decimal(10 - i).toFixed(2));
      expect(fixed(senior(p).principalPaid)).toBe('100.00');
      expect(fixed(p.residual)).toBe('2.00');
    }
    expect(result.periods.map((p) => fixed(p.residual)).slice(10)).toEqual(['102.00', '101.00']);
    expect(result.periods[10]!.coverageRatio).toBeNull();
    expect(fixed(result.totals.residual)).toBe('223.00');
  });

  it('reports the tranche totals, WAL and a 1 %-a-month yield', () => {
    const a = result.tranches[0]!;
    expect(fixed(a.totalPrincipal)).toBe('1000.00');
    expect(fixed(a.totalInterest)).toBe('55.00');
    expect(fixed(a.writeDown)).toBe('0.00');
    expect(a.weightedAverageLifeYears?.toFixed()).toBe('0.4583');
    expect(a.annualYield?.toFixed()).toBe('0.12682503');
  });
});

describe('projectPool: annuity loan', () => {
  it('pays the rounded annuity instalment and clears the balance in the last month', () => {
    const result = projectPool({
      loans: [{ principal: '1000.00', annualRate: '0.12', remainingTermMonths: 12, amortisation: 'ANNUITY' }],
      assumptions: noStress,
      tranches: [{ name: 'A', trancheClass: 'SENIOR', size: '500.00', coupon: '0', priority: 1 }],
    });
    const first = result.periods[0]!;
    expect(fixed(first.scheduledInterest)).toBe('10.00');
    expect(fixed(first.scheduledPrincipal)).toBe('78.85'); // 88.85 instalment
    expect(fixed(result.periods[11]!.poolBalanceEnd)).toBe('0.00');
    expect(fixed(result.totals.collections.minus(result.totals.residual))).toBe('500.00');
    const principal = result.periods.reduce((s, p) => s.plus(p.scheduledPrincipal), new Decimal(0));
    expect(fixed(principal)).toBe('1000.00');
  });

  it('re-amortises after a prepayment: a full prepayment ends the loan', () => {
    const result = projectPool({
      loans: [{ principal: '1000.00', annualRate: '0.06', remainingTermMonths: 24, amortisation: 'ANNUITY' }],
      assumptions: { ...noStress, annualPrepaymentRate: '1' },
      tranches: [{ name: 'A', trancheClass: 'SENIOR', size: '500.00', coupon: '0.05', priority: 1 }],
    });
    const first = result.periods[0]!;
    expect(fixed(first.scheduledPrincipal.plus(first.prepayments))).toBe('1000.00');
    expect(fixed(first.poolBalanceEnd)).toBe('0.00');
    expect(fixed(senior(first).principalPaid)).toBe('500.00');
  });
});

describe('projectPool: defaults, recoveries and write-downs', () => {
  const result = projectPool({
    loans: [{ principal: '1000.00', annualRate: '0', remainingTermMonths: 3, amortisation: 'BULLET' }],
    assumptions: { annualDefaultRate: '1', annualPrepaymentRate: '0', lossSeverity: '0.4', recoveryLagPeriods: 2 },
    tranches: [{ name: 'A', trancheClass: 'SENIOR', size: '800.00', coupon: '0', priority: 1 }],
  });

  it('defaults the whole pool at once and recovers 60 % two periods later', () => {
    expect(result.periods).toHaveLength(5);
    expect(fixed(result.periods[0]!.defaults)).toBe('1000.00');
    expect(fixed(result.periods[0]!.losses)).toBe('400.00');
    expect(result.periods.map((p) => fixed(p.recoveries))).toEqual(['0.00', '0.00', '600.00', '0.00', '0.00']);
    expect(fixed(result.periods[0]!.principalDeficiency)).toBe('800.00');
  });

  it('switches to rapid amortisation on the cumulative loss and writes the rest down', () => {
    expect(result.periods.map((p) => p.triggerState)).toEqual([
      'TRAP_100',
      'RAPID_AMORTISATION',
      'RAPID_AMORTISATION',
      'RAPID_AMORTISATION',
      'RAPID_AMORTISATION',
    ]);
    const a = result.tranches[0]!;
    expect(fixed(a.totalPrincipal)).toBe('600.00');
    expect(fixed(a.writeDown)).toBe('200.00');
    expect(a.annualYield?.toFixed()).toBe('-0.68359375'); // 0.75^4 - 1
  });
});

describe('projectPool: triggers', () => {
  it('moves NORMAL -> TRAP_50 -> TRAP_100 -> RAPID_AMORTISATION as fees erode coverage', () => {
    const result = projectPool({
      loans: [{ principal: '1200.00', annualRate: '0', remainingTermMonths: 12, amortisation: 'EQUAL_PRINCIPAL' }],
      assumptions: noStress,
      tranches: [{ name: 'A', trancheClass: 'SENIOR', size: '800.00', coupon: '0', priority: 1 }],
      fees: { fixedPerPeriod: '50.00' },
    });
    // Ratios 1200/800, 1100/750, 1000/700, 900/650, 800/600, 700/550, 600/500, 500/450.
    expect(result.periods.slice(0, 8).map((p) => p.coverageRatio?.toFixed(4))).toEqual([
      '1.5000',
      '1.4667',
      '1.4286',
      '1.3846',
      '1.3333',
      '1.2727',
      '1.2000',
      '1.1111',
    ]);
    expect(result.periods.map((p) => p.triggerState)).toEqual([
      'NORMAL',
      'NORMAL',
      'NORMAL',
      'TRAP_50',
      'TRAP_50',
      'TRAP_100',
      'TRAP_100',
      'RAPID_AMORTISATION',
      'RAPID_AMORTISATION',
      'RAPID_AMORTISATION',
      'RAPID_AMORTISATION',
      'RAPID_AMORTISATION',
    ]);
    expect(result.periods.map((p) => fixed(senior(p).principalPaid))).toEqual(Array(12).fill('50.00'));
  });

  it.each([
    ['750.00', 'TRAP_50', '5.00', '5.00'],
    ['780.00', 'TRAP_100', '10.00', '0.00'],
  ])('senior %s: %s traps %s of 10.00 excess cash as senior principal', (size, state, trapped, residual) => {
    const result = projectPool({
      loans: [{ principal: '1000.00', annualRate: '0.12', remainingTermMonths: 3, amortisation: 'BULLET' }],
      assumptions: noStress,
      tranches: [{ name: 'A', trancheClass: 'SENIOR', size, coupon: '0', priority: 1 }],
    });
    const first = result.periods[0]!;
    expect(first.triggerState).toBe(state);
    expect(fixed(first.trappedCash)).toBe(trapped);
    expect(fixed(senior(first).principalPaid)).toBe(trapped);
    expect(fixed(first.residual)).toBe(residual);
  });

  it('pays mezzanine interest before senior principal and subordinated after both', () => {
    const result = projectPool({
      loans: [{ principal: '1000.00', annualRate: '0.12', remainingTermMonths: 10, amortisation: 'EQUAL_PRINCIPAL' }],
      assumptions: noStress,
      tranches: [
        { name: 'B', trancheClass: 'MEZZANINE', size: '100.00', coupon: '0.12', priority: 2 },
        { name: 'A', trancheClass: 'SENIOR', size: '500.00', coupon: '0.12', priority: 1 },
        { name: 'C', trancheClass: 'SUBORDINATED', size: '100.00', coupon: '0.24', priority: 3 },
      ],
    });
    const first = result.periods[0]!;
    // Coverage 1000 / 600 = 1.6667: NORMAL. Collections 10 + 100 = 110.
    expect(first.triggerState).toBe('NORMAL');
    expect(first.tranches.map((t) => t.name)).toEqual(['A', 'B', 'C']);
    expect(first.tranches.map((t) => fixed(t.interestPaid))).toEqual(['5.00', '1.00', '2.00']);
    expect(first.tranches.map((t) => fixed(t.principalPaid))).toEqual(['100.00', '0.00', '0.00']);
    expect(fixed(first.residual)).toBe('2.00');
    expect(result.tranches.map((t) => fixed(t.writeDown))).toEqual(['0.00', '0.00', '0.00']);
  });
});

describe('projectPool: reserve and guarantor', () => {
  // No interest from a 0 % bullet loan until it pays at maturity: the senior coupon of 10.00 a
  // month must come from credit enhancement in periods 1 and 2.
  const base: PoolProjectionInput = {
    loans: [{ principal: '2000.00', annualRate: '0', remainingTermMonths: 3, amortisation: 'BULLET' }],
    assumptions: noStress,
    tranches: [{ name: 'A', trancheClass: 'SENIOR', size: '1000.00', coupon: '0.12', priority: 1 }],
  };

  it('draws the reserve first, then releases what is left in the last period', () => {
    const result = projectPool({ ...base, reserve: { initialAmount: '30.00', targetAmount: '30.00' } });
    expect(result.periods.map((p) => fixed(p.reserveDraw))).toEqual(['10.00', '10.00', '0.00']);
    expect(result.periods.map((p) => fixed(p.reserveBalance))).toEqual(['20.00', '10.00', '0.00']);
    expect(result.periods.map((p) => fixed(p.reserveRelease))).toEqual(['0.00', '0.00', '10.00']);
    expect(fixed(result.periods[2]!.residual)).toBe('1000.00');
  });

  it('tops the reserve up to a target that follows the note balance', () => {
    const result = projectPool({
      loans: [{ principal: '1000.00', annualRate: '0.12', remainingTermMonths: 4, amortisation: 'EQUAL_PRINCIPAL' }],
      assumptions: noStress,
      tranches: [{ name: 'A', trancheClass: 'SENIOR', size: '600.00', coupon: '0', priority: 1 }],
      reserve: { initialAmount: '0', targetShareOfNotes: '0.05' },
    });
    // Period 1: target 5 % of 600 = 30.00; 250.00 principal to the notes leaves the 10.00 interest
    // for the top-up. Period 2: target 5 % of 350 = 17.50, topped up by the 7.50 interest.
    // Period 3: target 5 % of 100 = 5.00, 12.50 released; period 4 (last): the rest released.
    expect(result.periods.map((p) => fixed(p.reserveTopUp))).toEqual(['10.00', '7.50', '0.00', '0.00']);
    expect(result.periods.map((p) => fixed(p.reserveBalance))).toEqual(['10.00', '17.50', '5.00', '0.00']);
    expect(result.periods.map((p) => fixed(p.reserveRelease))).toEqual(['0.00', '0.00', '12.50', '5.00']);
  });

  it('lets the guarantor cover the rest up to its cap and carries the unpaid interest', () => {
    const result = projectPool({
      ...base,
      reserve: { initialAmount: '5.00', targetAmount: '5.00' },
      guarantor: { cap: '10.00' },
    });
    expect(result.periods.map((p) => fixed(p.reserveDraw))).toEqual(['5.00', '0.00', '0.00']);
    expect(result.periods.map((p) => fixed(p.guarantorDraw))).toEqual(['5.00', '5.00', '0.00']);
    expect(result.periods.map((p) => fixed(senior(p).interestShortfall))).toEqual(['0.00', '5.00', '0.00']);
    expect(fixed(senior(result.periods[2]!).interestPaid)).toBe('15.00');
    expect(fixed(result.totals.guarantorDraw)).toBe('10.00');
  });
});
