import fc from 'fast-check';
import { Decimal } from '@app/money';
import {
  ipcSection,
  monthsUntil,
  poolAnalytics,
  weightedAverage,
  yearsUntil,
  type PoolItem,
} from '@registry/securitization/domain/pool-analytics.js';

const D = (v: string | number): Decimal => new Decimal(v);
const item = (over: Partial<PoolItem>): PoolItem => ({
  obligor: 'a',
  industry: 'H',
  city: 'Suzhou',
  balance: D('1000'),
  annualRate: D('0.1'),
  remainingMonths: 3,
  pledgeId: 'p1',
  appraisedValue: D('2000'),
  remainingPatentYears: D('10'),
  ...over,
});

describe('poolAnalytics', () => {
  it('computes the figures of a small pool exactly', () => {
    const a = poolAnalytics([
      item({}),
      item({
        obligor: 'b',
        industry: 'G',
        city: 'Hefei',
        balance: D('3000'),
        annualRate: D('0.06'),
        remainingMonths: 12,
        pledgeId: 'p2',
        appraisedValue: D('6000'),
        remainingPatentYears: D('4'),
      }),
    ]);
    expect(a.count).toBe(2);
    expect(a.balance.toFixed(2)).toBe('4000.00');
    expect(a.weightedAverageRate?.toFixed(8)).toBe('0.07000000');
    expect(a.weightedAverageRemainingMonths?.toFixed(2)).toBe('9.75');
    expect(a.ltv?.toFixed(4)).toBe('0.5000');
    expect(a.weightedAverageRemainingPatentYears?.toFixed(2)).toBe('5.50');
    expect(a.byObligor.map((c) => [c.key, c.share.toFixed(2)])).toEqual([
      ['b', '0.75'],
      ['a', '0.25'],
    ]);
    expect(a.byIndustry.map((c) => c.key)).toEqual(['G', 'H']);
    expect(a.byCity.map((c) => c.key)).toEqual(['Hefei', 'Suzhou']);
  });

  it('counts a pledge securing two loans once in the LTV, and has no figures for an empty pool', () => {
    expect(poolAnalytics([item({}), item({ obligor: 'b' })]).ltv?.toFixed(4)).toBe('1.0000');
    const empty = poolAnalytics([]);
    expect([empty.balance.toFixed(2), empty.weightedAverageRate, empty.ltv]).toEqual(['0.00', null, null]);
  });

  it('leaves receivables (no pledge) out of the LTV', () => {
    const a = poolAnalytics([item({}), item({ obligor: 'r', pledgeId: null, appraisedValue: null })]);
    expect([a.balance.toFixed(2), a.ltv?.toFixed(4)]).toEqual(['2000.00', '0.5000']);
  });

  it('leaves unknown patent lives out of their average, and no appraisal means no LTV', () => {
    const a = poolAnalytics([item({ remainingPatentYears: null, appraisedValue: null })]);
    expect([a.weightedAverageRemainingPatentYears, a.ltv]).toEqual([null, null]);
  });

  it('property: a weighted average stays between the smallest and largest value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ w: fc.integer({ min: 1, max: 1_000_000 }), v: fc.integer({ min: 0, max: 100_000 }) }), {
          minLength: 1,
          maxLength: 30,
        }),
        (xs) => {
          const avg = weightedAverage(
            xs.map((x) => ({ weight: D(x.w), value: D(x.v).div(1000) })),
            8,
          )!;
          const values = xs.map((x) => D(x.v).div(1000));
          expect(avg.gte(Decimal.min(...values))).toBe(true);
          expect(avg.lte(Decimal.max(...values))).toBe(true);
        },
      ),
    );
  });
});

describe('helpers', () => {
  it('takes the IPC section of a classification', () => {
    expect([ipcSection('h01l27/11'), ipcSection('G11C'), ipcSection(null), ipcSection('Z1')]).toEqual([
      'H',
      'G',
      'UNKNOWN',
      'UNKNOWN',
    ]);
  });

  it('counts months to a date, a started month whole', () => {
    expect(monthsUntil('2026-01-31', '2026-04-30')).toBe(3);
    expect(monthsUntil('2026-01-15', '2026-04-16')).toBe(4);
    expect(monthsUntil('2026-01-15', '2026-04-15')).toBe(3);
    expect(monthsUntil('2026-05-01', '2026-04-01')).toBe(0);
  });

  it('counts years as days / 365.25', () => {
    expect(yearsUntil('2026-01-01', '2027-01-01').toFixed(4)).toBe('0.9993');
    expect(yearsUntil('2026-01-01', '2025-01-01').toFixed(0)).toBe('0');
  });
});
