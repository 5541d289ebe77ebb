import fc from 'fast-check';
import { Decimal } from '@app/money';
import {
  reconcileValuations,
  type ReconciliationConfidence,
  type ReconciliationInput,
  type ReconciliationMethodInput,
} from './reconciliation.js';
import { expectInvalid } from './__test__/expect-invalid.js';

const income = (
  value: string,
  confidence: ReconciliationConfidence = 'HIGH',
  weight?: string,
): ReconciliationMethodInput => ({
  method: 'RELIEF_FROM_ROYALTY',
  value,
  confidence,
  ...(weight === undefined ? {} : { weight }),
});
const cost = (
  value: string,
  confidence: ReconciliationConfidence = 'MEDIUM',
  weight?: string,
): ReconciliationMethodInput => ({
  method: 'COST',
  value,
  confidence,
  ...(weight === undefined ? {} : { weight }),
});
const market = (
  value: string,
  confidence: ReconciliationConfidence = 'LOW',
  weight?: string,
): ReconciliationMethodInput => ({
  method: 'MARKET',
  value,
  confidence,
  ...(weight === undefined ? {} : { weight }),
});

describe('reconcileValuations', () => {
  it('weighs by confidence when no weights are given', () => {
    // (3 x 1000 + 2 x 900 + 1 x 1200) / 6 = 1000
    const result = reconcileValuations({ methods: [income('1000'), cost('900'), market('1200')] });
    expect(result).toMatchObject({
      value: '1000.00',
      low: '900.00',
      high: '1200.00',
      rangeBasis: 'METHOD_SPREAD',
      weightBasis: 'BY_CONFIDENCE',
      relativeSpread: '0.3000',
    });
    expect(result.methods.map((m) => [m.method, m.weight, m.contribution])).toEqual([
      ['RELIEF_FROM_ROYALTY', '0.500000', '500.00'],
      ['COST', '0.333333', '300.00'],
      ['MARKET', '0.166667', '200.00'],
    ]);
    // level (3 x 3 + 2 x 2 + 1 x 1) / 6 = 2.33 -> MEDIUM
    expect(result.confidence).toBe('MEDIUM');
  });

  it('normalises explicit weights', () => {
    const result = reconcileValuations({ methods: [income('1000', 'HIGH', '3'), cost('1200', 'HIGH', '1')] });
    expect(result).toMatchObject({ value: '1050.00', weightBasis: 'EXPLICIT', confidence: 'HIGH' });
    expect(result.methods.map((m) => m.weight)).toEqual(['0.750000', '0.250000']);
  });

  it('leaves a zero-weight method out of the range', () => {
    const result = reconcileValuations({ methods: [income('1000', 'HIGH', '1'), cost('5000', 'LOW', '0')] });
    expect(result).toMatchObject({
      value: '1000.00',
      low: '1000.00',
      high: '1000.00',
      rangeBasis: 'SINGLE_VALUE',
      confidence: 'MEDIUM',
      notes: ['SINGLE_METHOD'],
    });
  });

  it.each<[string, ReconciliationInput, Partial<ReturnType<typeof reconcileValuations>>]>([
    ['a single HIGH method', { methods: [income('1000')] }, { confidence: 'MEDIUM', notes: ['SINGLE_METHOD'] }],
    ['a single LOW method', { methods: [market('1000')] }, { confidence: 'LOW', notes: [] }],
    [
      'two HIGH methods that agree',
      { methods: [income('1000'), cost('1100', 'HIGH')] },
      { confidence: 'HIGH', notes: [] },
    ],
    // The spread is measured against the reconciled value: 600 / 1300.
    [
      'two HIGH methods 60 % apart',
      { methods: [income('1000'), cost('1600', 'HIGH')] },
      { confidence: 'HIGH', notes: [], relativeSpread: '0.4615' },
    ],
    [
      'two HIGH methods 70 % apart',
      { methods: [income('1000'), cost('1700', 'HIGH')] },
      { confidence: 'MEDIUM', notes: ['WIDE_RANGE'], relativeSpread: '0.5185' },
    ],
    [
      'two HIGH methods three times apart',
      { methods: [income('1000'), cost('3000', 'HIGH')] },
      { confidence: 'MEDIUM', notes: ['WIDE_RANGE'], relativeSpread: '1.0000' },
    ],
    [
      'two HIGH methods four times apart',
      { methods: [income('1000'), cost('4000', 'HIGH')] },
      { confidence: 'LOW', notes: ['VERY_WIDE_RANGE'], relativeSpread: '1.2000' },
    ],
    [
      'a wide Monte Carlo range',
      { methods: [income('1000'), cost('1000', 'HIGH')], monteCarlo: { p10: '700', p50: '990', p90: '1300' } },
      { confidence: 'MEDIUM', notes: ['WIDE_RANGE'], rangeBasis: 'MONTE_CARLO' },
    ],
    [
      'all-zero values',
      { methods: [income('0'), cost('0', 'HIGH')] },
      { value: '0.00', relativeSpread: null, confidence: 'HIGH' },
    ],
    [
      'a zero value with a positive high',
      { methods: [income('0'), cost('0', 'HIGH')], monteCarlo: { p10: '0', p90: '10' } },
      { relativeSpread: null, confidence: 'LOW', notes: ['VERY_WIDE_RANGE'] },
    ],
  ])('rates %s', (_case, input, expected) => {
    expect(reconcileValuations(input)).toMatchObject(expected);
  });

  it.each<[string, ReconciliationInput['monteCarlo'], string, string, string]>([
    [
      'widens the range to the Monte Carlo P10 and P90',
      { p10: '800', p90: '1500' },
      '800.00',
      '1500.00',
      'METHOD_SPREAD_AND_MONTE_CARLO',
    ],
    ['keeps the method spread when it is wider', { p10: '950', p90: '1050' }, '900.00', '1200.00', 'METHOD_SPREAD'],
    ['widens one side only', { p10: '950', p90: '1400' }, '900.00', '1400.00', 'METHOD_SPREAD_AND_MONTE_CARLO'],
  ])('%s', (_case, monteCarlo, low, high, basis) => {
    const result = reconcileValuations({ methods: [income('1000'), cost('900'), market('1200')], monteCarlo });
    expect(result).toMatchObject({ value: '1000.00', low, high, rangeBasis: basis });
  });

  describe('input validation', () => {
    it.each<[string, ReconciliationInput, string]>([
      ['no methods', { methods: [] }, 'methods'],
      ['a negative value', { methods: [income('1000'), cost('-1')] }, 'methods[1].value'],
      ['a JS number', { methods: [income(1000 as unknown as string)] }, 'methods[0].value'],
      ['weights for only some methods', { methods: [income('1000', 'HIGH', '1'), cost('900')] }, 'methods[1].weight'],
      ['a negative weight', { methods: [income('1000', 'HIGH', '-1'), cost('900', 'LOW', '2')] }, 'methods[0].weight'],
      ['all-zero weights', { methods: [income('1000', 'HIGH', '0'), cost('900', 'LOW', '0')] }, 'methods'],
      [
        'an unknown confidence',
        { methods: [{ method: 'COST', value: '1', confidence: 'SURE' as 'HIGH' }] },
        'methods[0].confidence',
      ],
      ['a blank method', { methods: [{ method: ' ', value: '1', confidence: 'LOW' }] }, 'methods[0].method'],
      ['P90 below P10', { methods: [income('1000')], monteCarlo: { p10: '900', p90: '800' } }, 'monteCarlo.p90'],
      [
        'P50 outside P10..P90',
        { methods: [income('1000')], monteCarlo: { p10: '800', p50: '1000', p90: '900' } },
        'monteCarlo.p50',
      ],
      ['a negative P10', { methods: [income('1000')], monteCarlo: { p10: '-5', p90: '900' } }, 'monteCarlo.p10'],
    ])('rejects %s', (_case, input, field) => {
      expectInvalid(() => reconcileValuations(input), field);
    });
  });

  describe('properties', () => {
    const cents = fc.integer({ min: 0, max: 10_000_000_000 }).map((c) => new Decimal(c).div(100).toString());
    const confidence = fc.constantFrom<ReconciliationConfidence>('HIGH', 'MEDIUM', 'LOW');
    const method = fc.record({
      method: fc.constantFrom('RELIEF_FROM_ROYALTY', 'COST', 'MARKET', 'REAL_OPTION'),
      value: cents,
      confidence,
    });
    const weightedMethods = fc.array(fc.tuple(method, fc.integer({ min: 1, max: 100 })), {
      minLength: 1,
      maxLength: 6,
    });
    const monteCarlo = fc.option(
      fc.tuple(cents, cents).map(([a, b]) => (new Decimal(a).lte(b) ? { p10: a, p90: b } : { p10: b, p90: a })),
      { nil: undefined },
    );

    it('places the value within [low, high] and within the method spread', () => {
      fc.assert(
        fc.property(fc.array(method, { minLength: 1, maxLength: 6 }), monteCarlo, (methods, mc) => {
          const result = reconcileValuations({ methods, ...(mc === undefined ? {} : { monteCarlo: mc }) });
          const values = methods.map((m) => new Decimal(m.value));
          const value = new Decimal(result.value);
          expect(new Decimal(result.low).lte(value) && value.lte(result.high)).toBe(true);
          expect(value.gte(Decimal.min(...values).toFixed(2)) && value.lte(Decimal.max(...values).toFixed(2))).toBe(
            true,
          );
          if (mc !== undefined)
            expect(new Decimal(result.low).lte(mc.p10) && new Decimal(result.high).gte(mc.p90)).toBe(true);
        }),
      );
    });

    it('does not depend on the order of the methods', () => {
      fc.assert(
        fc.property(weightedMethods, (entries) => {
          const methods = entries.map(([m, w]) => ({ ...m, weight: String(w) }));
          const forward = reconcileValuations({ methods });
          const backward = reconcileValuations({ methods: [...methods].reverse() });
          expect({ ...backward, methods: [...backward.methods].reverse() }).toEqual(forward);
        }),
      );
    });

    it('gives the same result for proportional weights', () => {
      fc.assert(
        fc.property(weightedMethods, fc.integer({ min: 2, max: 1000 }), (entries, factor) => {
          const once = reconcileValuations({ methods: entries.map(([m, w]) => ({ ...m, weight: String(w) })) });
          const scaled = reconcileValuations({
            methods: entries.map(([m, w]) => ({ ...m, weight: String(w * factor) })),
          });
          expect(scaled).toEqual(once);
        }),
      );
    });
  });
});
