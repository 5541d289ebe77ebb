import fc from 'fast-check';
import { Decimal } from '@app/money';
import {
  breaches,
  ConcentrationLimit,
  concentrations,
  type Exposure,
} from '@registry/securitization/domain/concentration.js';

const D = (v: string | number): Decimal => new Decimal(v);
const noLimits = { SINGLE_OBLIGOR: null, INDUSTRY: null, CITY: null };
const e = (obligor: string, balance: string, industry = 'H', city = 'Suzhou'): Exposure => ({
  obligor,
  industry,
  city,
  balance: D(balance),
});

const exposures = fc.array(
  fc.record({
    obligor: fc.constantFrom('a', 'b', 'c', 'd'),
    industry: fc.constantFrom('G', 'H'),
    city: fc.constantFrom('Suzhou', 'Hefei'),
    balance: fc.integer({ min: 1, max: 10_000_000 }).map((c) => D(c).div(100)),
  }),
  { minLength: 1, maxLength: 20 },
);

describe('concentrations', () => {
  it('sums balances per key, largest first, with shares of the total', () => {
    const got = concentrations([e('a', '100'), e('b', '300'), e('a', '100')], ConcentrationLimit.SINGLE_OBLIGOR);
    expect(got.map((c) => [c.key, c.balance.toFixed(2), c.share.toFixed(8)])).toEqual([
      ['b', '300.00', '0.60000000'],
      ['a', '200.00', '0.40000000'],
    ]);
  });

  it('gives an empty pool no concentrations and no breaches', () => {
    expect(concentrations([], ConcentrationLimit.CITY)).toEqual([]);
    expect(breaches([], { ...noLimits, CITY: D('0.1') })).toEqual([]);
  });

  it('property: balances add up to the pool and shares to 1 (within rounding)', () => {
    fc.assert(
      fc.property(exposures, fc.constantFrom(...Object.values(ConcentrationLimit)), (xs, limit) => {
        const total = xs.reduce((s, x) => s.plus(x.balance), D(0));
        const got = concentrations(xs, limit);
        expect(got.reduce((s, c) => s.plus(c.balance), D(0)).eq(total)).toBe(true);
        const shares = got.reduce((s, c) => s.plus(c.share), D(0));
        expect(shares.minus(1).abs().lte(D('5e-9').times(got.length))).toBe(true);
      }),
    );
  });
});

describe('breaches', () => {
  it('names the limit, the key and the share', () => {
    const got = breaches([e('a', '600', 'H', 'Suzhou'), e('b', '400', 'G', 'Hefei')], {
      SINGLE_OBLIGOR: D('0.5'),
      INDUSTRY: null,
      CITY: D('0.7'),
    });
    expect(got.map((b) => [b.limit, b.key, b.share.toFixed(4), b.max.toFixed(2)])).toEqual([
      ['SINGLE_OBLIGOR', 'a', '0.6000', '0.50'],
    ]);
  });

  it('allows a share exactly at the limit', () => {
    expect(breaches([e('a', '500'), e('b', '500')], { ...noLimits, SINGLE_OBLIGOR: D('0.5') })).toEqual([]);
  });

  it('property: no limit of 1 is ever breached, and a breach means balance > max x total', () => {
    fc.assert(
      fc.property(exposures, fc.integer({ min: 1, max: 100 }), (xs, pct) => {
        expect(breaches(xs, { SINGLE_OBLIGOR: D(1), INDUSTRY: D(1), CITY: D(1) })).toEqual([]);
        const max = D(pct).div(100);
        const total = xs.reduce((s, x) => s.plus(x.balance), D(0));
        const found = breaches(xs, { SINGLE_OBLIGOR: max, INDUSTRY: null, CITY: null });
        for (const c of concentrations(xs, ConcentrationLimit.SINGLE_OBLIGOR)) {
          const over = c.balance.gt(max.times(total));
          expect(found.some((b) => b.key === c.key)).toBe(over);
        }
      }),
    );
  });

  it('measures a pool below its target balance against the target (ramp-up)', () => {
    const limits = { ...noLimits, SINGLE_OBLIGOR: D('0.25') };
    // Alone, the first loan is 100 % of the pool; of a 1,000 target it is 20 %.
    expect(breaches([e('a', '200')], limits)).toHaveLength(1);
    expect(breaches([e('a', '200')], limits, D('1000'))).toEqual([]);
    const over = breaches([e('a', '200'), e('a', '100')], limits, D('1000'));
    expect(over.map((b) => [b.key, b.share.toFixed(2)])).toEqual([['a', '0.30']]);
  });

  it('measures a pool above its target balance against the pool', () => {
    const limits = { ...noLimits, SINGLE_OBLIGOR: D('0.5') };
    // 750 is 50 % of the 1,500 pool (75 % of the smaller target): no breach.
    expect(breaches([e('a', '750'), e('b', '750')], limits, D('1000'))).toEqual([]);
    expect(breaches([e('a', '800'), e('b', '700')], limits, D('1000')).map((b) => b.share.toFixed(4))).toEqual([
      '0.5333',
    ]);
  });
});
