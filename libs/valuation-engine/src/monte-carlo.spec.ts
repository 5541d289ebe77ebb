import fc from 'fast-check';
import { Decimal } from '@app/money';
import {
  MAX_MONTE_CARLO_PATHS,
  MONTE_CARLO_BLOCK_SIZE,
  MonteCarloRandom,
  closedFormReliefFromRoyalty,
  mergeChunks,
  planMonteCarlo,
  simulateChunk,
  simulateMonteCarlo,
  type MonteCarloChunk,
  type MonteCarloDistribution,
  type MonteCarloInput,
} from './monte-carlo.js';
import { simulatePaths } from './monte-carlo-kernel.js';
import { reliefFromRoyalty } from './relief-from-royalty.js';
import { expectInvalid } from './__test__/expect-invalid.js';

/** 1,000,000 revenue growing 5 %, 5 % royalty, 25 % tax, 12 % discount, 8 whole years of income. */
const BASE: MonteCarloInput = {
  baseRevenue: '1000000',
  growthRate: '0.05',
  royaltyRate: '0.05',
  taxRate: '0.25',
  discountRate: '0.12',
  remainingLegalYears: 12.5,
  economicLifeYears: 8.5,
  currency: 'CNY',
  paths: 10_000,
  seed: 42,
};

function closedForm(overrides: Partial<MonteCarloInput> = {}): Decimal {
  return new Decimal(closedFormReliefFromRoyalty({ ...BASE, ...overrides }).unroundedValue);
}

/** |a - b| <= k standard errors (plus a cent for the 2-dp rounding of the strings). */
function expectWithin(a: Decimal | string, b: Decimal | string, standardErrors: number, se: string): void {
  const gap = new Decimal(a).minus(b).abs();
  const tolerance = new Decimal(se).times(standardErrors).plus('0.01');
  if (gap.gt(tolerance))
    throw new Error(`${a.toString()} and ${b.toString()} differ by ${gap.toString()} > ${tolerance.toString()}`);
}

function withRandom(distributions: MonteCarloInput['distributions'], overrides: Partial<MonteCarloInput> = {}) {
  return simulateMonteCarlo({ ...BASE, ...overrides, distributions });
}

describe('closedFormReliefFromRoyalty', () => {
  it('equals the decimal engine on the explicit projection', () => {
    const revenues = Array.from({ length: 8 }, (_, i) => new Decimal('1000000').times(new Decimal('1.05').pow(i + 1)));
    const explicit = reliefFromRoyalty({ ...BASE, revenues });
    const result = closedFormReliefFromRoyalty(BASE);
    expect(result.unroundedValue).toBe(explicit.unroundedValue);
    expect(result.incomePeriod).toEqual({ years: 8, cappedBy: 'ECONOMIC_LIFE' });
    expect(result.years).toHaveLength(8);
  });

  it('is zero for a right with less than a year left', () => {
    expect(closedFormReliefFromRoyalty({ ...BASE, remainingLegalYears: 0.5 }).value).toBe('0.00');
  });
});

describe('simulateMonteCarlo', () => {
  it('reproduces the closed form at every statistic when nothing is random', () => {
    const result = simulateMonteCarlo({ ...BASE, paths: 1000 });
    const expected = closedForm();
    expect(result.closedForm).toBe(expected.toFixed(2));
    for (const statistic of [result.p10, result.p50, result.p90, result.mean, result.min, result.max]) {
      expectWithin(statistic, expected, 0, '0');
    }
    expect(result).toMatchObject({
      standardDeviation: '0.00',
      standardError: '0.00',
      paths: 1000,
      seed: 42,
      currency: 'CNY',
      blockSize: MONTE_CARLO_BLOCK_SIZE,
    });
    expect(result.histogram).toEqual([{ lower: result.min, upper: result.max, count: 1000 }]);
  });

  it('gives identical results for the same seed and different ones for another', () => {
    const distributions = {
      royaltyRate: { kind: 'UNIFORM', min: '0.03', max: '0.07' },
      growthRate: { kind: 'NORMAL', sd: '0.05' },
    } as const;
    const first = withRandom(distributions);
    expect(withRandom(distributions)).toEqual(first);
    const other = withRandom(distributions, { seed: 43 });
    expect(other.mean).not.toBe(first.mean);
    expect(other.closedForm).toBe(first.closedForm);
  });

  it('centres the P50 on the closed form within 3 standard errors when variances are tiny', () => {
    const result = withRandom({
      growthRate: { kind: 'NORMAL', sd: '0.001' },
      royaltyRate: { kind: 'NORMAL', sd: '0.0005' },
      discountRate: { kind: 'NORMAL', sd: '0.001' },
      economicLifeYears: { kind: 'NORMAL', sd: '0.02' }, // stays within 8.x, so 8 whole years
    });
    expect(new Decimal(result.standardError).gt(0)).toBe(true);
    expectWithin(result.p50, closedForm(), 3, result.standardError);
    expectWithin(result.mean, closedForm(), 3, result.standardError);
  });

  it.each<[string, MonteCarloDistribution, string]>([
    ['uniform', { kind: 'UNIFORM', min: '0.02', max: '0.08' }, '0.05'],
    ['symmetric triangular', { kind: 'TRIANGULAR', min: '0.01', mode: '0.05', max: '0.09' }, '0.05'],
    ['skewed triangular', { kind: 'TRIANGULAR', min: '0.01', mode: '0.02', max: '0.09' }, '0.04'], // (min + mode + max) / 3
    ['symmetrically truncated normal', { kind: 'NORMAL', mean: '0.05', sd: '0.02', min: '0.01', max: '0.09' }, '0.05'],
  ])('has the analytic mean for a %s royalty, since the value is linear in it', (_name, royaltyRate, meanRoyalty) => {
    const result = withRandom({ royaltyRate });
    expectWithin(result.mean, closedForm({ royaltyRate: meanRoyalty }), 3, result.standardError);
    expect(new Decimal(result.standardError).gt(100)).toBe(true); // the test has teeth
  });

  it('places a uniform royalty at its quantiles: P10 at 10 % of the range', () => {
    const result = withRandom({ royaltyRate: { kind: 'UNIFORM', min: '0.02', max: '0.08' } }, { paths: 50_000 });
    const perUnitRoyalty = closedForm({ royaltyRate: '1' });
    for (const [statistic, royalty] of [
      [result.p10, '0.026'],
      [result.p50, '0.05'],
      [result.p90, '0.074'],
      [result.min, '0.02'],
      [result.max, '0.08'],
    ] as const) {
      // Quantile error of a uniform at n = 50,000 is about 0.001 of the range.
      expect(new Decimal(statistic).div(perUnitRoyalty).minus(royalty).abs().lt('0.0003')).toBe(true);
    }
    // sd of a uniform = width / sqrt(12)
    const sd = new Decimal(result.standardDeviation).div(perUnitRoyalty);
    expect(
      sd
        .minus(new Decimal('0.06').div(new Decimal(12).sqrt()))
        .abs()
        .lt('0.0003'),
    ).toBe(true);
  });

  it('keeps a truncated normal inside its bounds', () => {
    const result = withRandom({ royaltyRate: { kind: 'NORMAL', mean: '0.05', sd: '0.05', min: '0.04', max: '0.07' } });
    const perUnitRoyalty = closedForm({ royaltyRate: '1' });
    expect(new Decimal(result.min).gte(perUnitRoyalty.times('0.04').minus('0.01'))).toBe(true);
    expect(new Decimal(result.max).lte(perUnitRoyalty.times('0.07').plus('0.01'))).toBe(true);
    // Truncated more on the low side, so the mean moves up.
    expect(new Decimal(result.mean).gt(closedForm({ royaltyRate: '0.052' }))).toBe(true);
  });

  it('counts whole years of a random economic life only', () => {
    const result = withRandom({ economicLifeYears: { kind: 'UNIFORM', min: '3', max: '6' } });
    expect(
      new Decimal(result.min)
        .minus(closedForm({ economicLifeYears: 3 }))
        .abs()
        .lte('0.01'),
    ).toBe(true);
    expect(
      new Decimal(result.max)
        .minus(closedForm({ economicLifeYears: 5 }))
        .abs()
        .lte('0.01'),
    ).toBe(true);
    // Three outcomes (3, 4, 5 whole years), each a third of the paths.
    const nonEmpty = result.histogram.filter((bin) => bin.count > 0);
    expect(nonEmpty).toHaveLength(3);
    for (const bin of nonEmpty) expect(Math.abs(bin.count - 10_000 / 3)).toBeLessThan(200);
  });

  it('caps a random life at the remaining legal term', () => {
    const result = withRandom(
      { economicLifeYears: { kind: 'UNIFORM', min: '20', max: '30' } },
      { economicLifeYears: 25 },
    );
    expect(result.min).toBe(result.max);
    expectWithin(result.mean, closedForm({ economicLifeYears: 12.5 }), 0, '0');
  });

  it('values revenue that disappears (growth -100 %) at zero', () => {
    const result = simulateMonteCarlo({ ...BASE, growthRate: '-1', paths: 10 });
    expect(result).toMatchObject({ mean: '0.00', p90: '0.00', closedForm: '0.00' });
  });

  it('defaults a normal mean and a triangular mode to the base case', () => {
    const implicit = withRandom({
      discountRate: { kind: 'NORMAL', sd: '0.02' },
      growthRate: { kind: 'TRIANGULAR', min: '0', max: '0.1' },
    });
    const explicit = withRandom({
      discountRate: { kind: 'NORMAL', mean: '0.12', sd: '0.02' },
      growthRate: { kind: 'TRIANGULAR', min: '0', mode: '0.05', max: '0.1' },
    });
    expect(implicit).toEqual(explicit);
  });

  it('treats degenerate distributions as fixed values', () => {
    const fixed = withRandom({
      royaltyRate: { kind: 'UNIFORM', min: '0.05', max: '0.05' },
      growthRate: { kind: 'NORMAL', sd: '0' },
    });
    expect(fixed.standardDeviation).toBe('0.00');
    expectWithin(fixed.mean, closedForm(), 0, '0');
  });

  it('reports ordered statistics and a histogram covering every path', () => {
    const result = withRandom(
      { growthRate: { kind: 'NORMAL', sd: '0.1' }, discountRate: { kind: 'TRIANGULAR', min: '0.08', max: '0.2' } },
      { histogramBins: 12 },
    );
    const order = [result.min, result.p10, result.p50, result.p90, result.max].map((v) => new Decimal(v));
    for (let i = 1; i < order.length; i += 1) expect(order[i]!.gte(order[i - 1]!)).toBe(true);
    expect(result.histogram).toHaveLength(12);
    expect(result.histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(10_000);
    expect(result.histogram[0]!.lower).toBe(result.min);
    expect(result.histogram[11]!.upper).toBe(result.max);
    expect(
      new Decimal(result.standardError).eq(new Decimal(result.standardDeviation).div(100).toDecimalPlaces(2)),
    ).toBe(true);
  });

  describe('input validation', () => {
    it.each<[string, Partial<MonteCarloInput>, string]>([
      ['no paths', { paths: 0 }, 'paths'],
      ['too many paths', { paths: MAX_MONTE_CARLO_PATHS + 1 }, 'paths'],
      ['fractional paths', { paths: 10.5 }, 'paths'],
      ['a negative seed', { seed: -1 }, 'seed'],
      ['a seed beyond 32 bits', { seed: 2 ** 32 }, 'seed'],
      ['no histogram bins', { histogramBins: 0 }, 'histogramBins'],
      ['an economic life beyond 100 years', { economicLifeYears: 150 }, 'economicLifeYears'],
      ['a royalty above 1', { royaltyRate: '1.5' }, 'royaltyRate'],
      ['a JS number', { taxRate: 0.25 as unknown as string }, 'taxRate'],
      ['a negative revenue', { baseRevenue: '-1' }, 'revenues.baseRevenue'],
      ['a bad currency', { currency: 'yuan' }, 'currency'],
      [
        'an unknown variable',
        { distributions: { taxRate: { kind: 'UNIFORM', min: '0', max: '0.3' } } as MonteCarloInput['distributions'] },
        'distributions.taxRate',
      ],
      [
        'an unknown kind',
        { distributions: { royaltyRate: { kind: 'LOGNORMAL' } as unknown as MonteCarloDistribution } },
        'distributions.royaltyRate.kind',
      ],
      [
        'a negative sd',
        { distributions: { growthRate: { kind: 'NORMAL', sd: '-0.1' } } },
        'distributions.growthRate.sd',
      ],
      [
        'a mean outside the bounds',
        { distributions: { royaltyRate: { kind: 'NORMAL', mean: '0.2', sd: '0.01', max: '0.1' } } },
        'distributions.royaltyRate.mean',
      ],
      [
        'a bound beyond the sane range',
        { distributions: { discountRate: { kind: 'NORMAL', sd: '0.01', max: '3' } } },
        'distributions.discountRate.max',
      ],
      [
        'a normal mostly truncated away',
        { distributions: { royaltyRate: { kind: 'NORMAL', mean: '0.05', sd: '1', min: '0.05', max: '0.06' } } },
        'distributions.royaltyRate.sd',
      ],
      [
        'max below min',
        { distributions: { royaltyRate: { kind: 'UNIFORM', min: '0.06', max: '0.04' } } },
        'distributions.royaltyRate.max',
      ],
      [
        'a mode outside the range',
        { distributions: { royaltyRate: { kind: 'TRIANGULAR', min: '0.06', max: '0.08' } } },
        'distributions.royaltyRate.mode',
      ],
      [
        'a negative life',
        { distributions: { economicLifeYears: { kind: 'UNIFORM', min: '-1', max: '5' } } },
        'distributions.economicLifeYears.min',
      ],
      [
        'growth below -100 %',
        { distributions: { growthRate: { kind: 'TRIANGULAR', min: '-1.5', max: '0.1' } } },
        'distributions.growthRate.min',
      ],
    ])('rejects %s', (_case, overrides, field) => {
      expectInvalid(() => simulateMonteCarlo({ ...BASE, ...overrides }), field);
    });
  });
});

describe('simulateChunk and mergeChunks', () => {
  const plan = planMonteCarlo({
    ...BASE,
    paths: 2 * MONTE_CARLO_BLOCK_SIZE + 123,
    distributions: {
      growthRate: { kind: 'NORMAL', sd: '0.08' },
      royaltyRate: { kind: 'TRIANGULAR', min: '0.02', max: '0.09' },
      discountRate: { kind: 'UNIFORM', min: '0.1', max: '0.16' },
      economicLifeYears: { kind: 'NORMAL', sd: '2' },
    },
  });
  const whole = simulateChunk(plan, 0, plan.paths);
  const reference = mergeChunks(plan, [whole]);

  it('plans plain data that survives structured cloning', () => {
    expect(structuredClone(plan)).toEqual(plan);
    expect(mergeChunks(structuredClone(plan), [simulateChunk(structuredClone(plan), 0, plan.paths)])).toEqual(
      reference,
    );
  });

  it('simulates any sub-range with the values of the whole run', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: plan.paths }), fc.integer({ min: 0, max: 6000 }), (start, length) => {
        const count = Math.min(length, plan.paths - start);
        const chunk = simulateChunk(plan, start, count);
        expect(chunk.values).toEqual(whole.values.subarray(start, start + count));
      }),
      { numRuns: 30 },
    );
  });

  it('merges any split, in any order, into the same result', () => {
    const cuts = fc.uniqueArray(fc.integer({ min: 1, max: plan.paths - 1 }), { maxLength: 8 });
    fc.assert(
      fc.property(cuts, fc.boolean(), (points, reverse) => {
        const bounds = [0, ...[...points].sort((a, b) => a - b), plan.paths];
        const chunks: MonteCarloChunk[] = [];
        for (let i = 1; i < bounds.length; i += 1)
          chunks.push(simulateChunk(plan, bounds[i - 1]!, bounds[i]! - bounds[i - 1]!));
        expect(mergeChunks(plan, reverse ? chunks.reverse() : chunks)).toEqual(reference);
      }),
      { numRuns: 15 },
    );
  });

  it('runs the unchecked kernel the workers use to the same values', () => {
    expect(simulatePaths(plan, 5000, 3000).values).toEqual(whole.values.subarray(5000, 8000));
  });

  it('accepts empty chunks', () => {
    expect(mergeChunks(plan, [simulateChunk(plan, 100, 0), whole])).toEqual(reference);
  });

  it.each<[string, (chunks: MonteCarloChunk[]) => MonteCarloChunk[]]>([
    ['a gap', ([a, , c]) => [a!, c!]],
    ['an overlap', ([a, b, c]) => [a!, b!, c!, simulateChunk(plan, 50, 10)]],
    ['a missing tail', ([a, b]) => [a!, b!]],
    ['a count not matching the values', ([a, b, c]) => [a!, { ...b!, count: b!.count + 1 }, c!]],
  ])('refuses %s', (_case, mutate) => {
    const chunks = [
      simulateChunk(plan, 0, 1000),
      simulateChunk(plan, 1000, 5000),
      simulateChunk(plan, 6000, plan.paths - 6000),
    ];
    expectInvalid(() => mergeChunks(plan, mutate(chunks)), 'chunks');
  });

  it.each([
    [-1, 10, 'startPath'],
    [0, plan.paths + 1, 'count'],
    [100, plan.paths, 'count'],
    [1.5, 2, 'startPath'],
  ])('refuses the range start %d, count %d', (start, count, field) => {
    expectInvalid(() => simulateChunk(plan, start, count), field);
  });

  it('computes type-7 percentiles, sample sd and histogram from the merged values', () => {
    const small = planMonteCarlo({ ...BASE, paths: 5, histogramBins: 4 });
    const result = mergeChunks(small, [
      { startPath: 3, count: 2, values: Float64Array.from([2, 3]) },
      { startPath: 0, count: 3, values: Float64Array.from([5, 1, 4]) },
    ]);
    expect(result).toMatchObject({
      p10: '1.40',
      p50: '3.00',
      p90: '4.60',
      mean: '3.00',
      standardDeviation: '1.58', // sqrt(2.5)
      standardError: '0.71', // sqrt(2.5 / 5)
      min: '1.00',
      max: '5.00',
    });
    expect(result.histogram).toEqual([
      { lower: '1.00', upper: '2.00', count: 1 },
      { lower: '2.00', upper: '3.00', count: 1 },
      { lower: '3.00', upper: '4.00', count: 1 },
      { lower: '4.00', upper: '5.00', count: 2 },
    ]);
  });
});

describe('MonteCarloRandom', () => {
  it('is a deterministic function of seed and stream', () => {
    const draws = (seed: number, stream: number) => {
      const random = new MonteCarloRandom(seed, stream);
      return Array.from({ length: 5 }, () => random.nextUint32());
    };
    expect(draws(7, 0)).toEqual(draws(7, 0));
    expect(draws(7, 0)).not.toEqual(draws(7, 1));
    expect(draws(7, 0)).not.toEqual(draws(8, 0));
    for (const value of draws(0, 0)) expect(Number.isInteger(value) && value >= 0 && value < 2 ** 32).toBe(true);
  });

  it('draws uniforms that pass a chi-square test on 20 cells', () => {
    const random = new MonteCarloRandom(2024, 3);
    const cells = new Array<number>(20).fill(0);
    const n = 100_000;
    let outside = 0;
    for (let i = 0; i < n; i += 1) {
      const u = random.uniform();
      if (u < 0 || u >= 1) outside += 1;
      else cells[Math.floor(u * 20)]! += 1;
    }
    expect(outside).toBe(0);
    const expected = n / 20;
    const chiSquare = cells.reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeLessThan(43.8); // 99.9 % point of chi-square with 19 degrees of freedom
  });

  it('draws standard normals with the right moments', () => {
    const random = new MonteCarloRandom(99, 0);
    const n = 200_000;
    let sum = 0;
    let squares = 0;
    let fourth = 0;
    let within = 0;
    for (let i = 0; i < n; i += 1) {
      const z = random.normal();
      sum += z;
      squares += z * z;
      fourth += z ** 4;
      if (Math.abs(z) <= 1.96) within += 1;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.01);
    expect(Math.abs(squares / n - 1)).toBeLessThan(0.015);
    expect(Math.abs(fourth / n - 3)).toBeLessThan(0.1);
    expect(Math.abs(within / n - 0.95)).toBeLessThan(0.003);
  });

  it('gives unrelated streams to neighbouring blocks', () => {
    const a = new MonteCarloRandom(1, 0);
    const b = new MonteCarloRandom(1, 1);
    const n = 50_000;
    let product = 0;
    for (let i = 0; i < n; i += 1) product += (a.uniform() - 0.5) * (b.uniform() - 0.5);
    // correlation estimate: sd of the mean product is (1/12) / sqrt(n)
    expect(Math.abs((product / n) * 12)).toBeLessThan(4 / Math.sqrt(n));
  });
});

describe('performance', () => {
  // Decimal arithmetic in the loop would take minutes; floats take well under a second (more under Jest).
  it('runs 100,000 paths of four random variables in seconds', () => {
    const started = performance.now();
    const result = simulateMonteCarlo({
      ...BASE,
      paths: 100_000,
      distributions: {
        growthRate: { kind: 'NORMAL', sd: '0.05' },
        royaltyRate: { kind: 'TRIANGULAR', min: '0.02', max: '0.08' },
        discountRate: { kind: 'NORMAL', sd: '0.02' },
        economicLifeYears: { kind: 'UNIFORM', min: '5', max: '12' },
      },
    });
    expect(result.paths).toBe(100_000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
