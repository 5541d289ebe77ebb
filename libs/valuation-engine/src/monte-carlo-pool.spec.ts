import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MONTE_CARLO_BLOCK_SIZE, simulateMonteCarlo, type MonteCarloInput } from './monte-carlo.js';
import { MAX_MONTE_CARLO_WORKERS, runMonteCarlo, splitMonteCarloRange } from './monte-carlo-pool.js';
import { ValuationInputError } from './valuation-input.js';

const INPUT: MonteCarloInput = {
  baseRevenue: '2500000',
  growthRate: '0.08',
  royaltyRate: '0.045',
  taxRate: '0.25',
  discountRate: '0.14',
  remainingLegalYears: 15.2,
  economicLifeYears: 10,
  currency: 'CNY',
  paths: 3 * MONTE_CARLO_BLOCK_SIZE + 500,
  seed: 20240601,
  distributions: {
    growthRate: { kind: 'NORMAL', sd: '0.06' },
    royaltyRate: { kind: 'TRIANGULAR', min: '0.02', max: '0.08' },
    discountRate: { kind: 'UNIFORM', min: '0.11', max: '0.18' },
    economicLifeYears: { kind: 'TRIANGULAR', min: '6', max: '14' },
  },
};

describe('splitMonteCarloRange', () => {
  it.each([
    [10, 4, [{ startPath: 0, count: 10 }]],
    [
      MONTE_CARLO_BLOCK_SIZE * 2,
      2,
      [
        { startPath: 0, count: MONTE_CARLO_BLOCK_SIZE },
        { startPath: MONTE_CARLO_BLOCK_SIZE, count: MONTE_CARLO_BLOCK_SIZE },
      ],
    ],
    [
      MONTE_CARLO_BLOCK_SIZE * 2 + 1,
      2,
      [
        { startPath: 0, count: MONTE_CARLO_BLOCK_SIZE },
        { startPath: MONTE_CARLO_BLOCK_SIZE, count: MONTE_CARLO_BLOCK_SIZE + 1 },
      ],
    ],
    [MONTE_CARLO_BLOCK_SIZE * 3, 0, [{ startPath: 0, count: MONTE_CARLO_BLOCK_SIZE * 3 }]],
  ])('splits %d paths over %d workers', (paths, workers, expected) => {
    expect(splitMonteCarloRange(paths, workers)).toEqual(expected);
  });

  it('covers every path once, in block-aligned ranges, one per worker at most', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 64 }), (paths, workers) => {
        const ranges = splitMonteCarloRange(paths, workers);
        expect(ranges.length).toBeLessThanOrEqual(Math.max(1, workers));
        let next = 0;
        for (const range of ranges) {
          expect(range.startPath).toBe(next);
          expect(range.startPath % MONTE_CARLO_BLOCK_SIZE).toBe(0);
          expect(range.count).toBeGreaterThan(0);
          next += range.count;
        }
        expect(next).toBe(paths);
      }),
    );
  });
});

describe('runMonteCarlo', () => {
  it('runs in the calling thread with workers: 0, as simulateMonteCarlo does', async () => {
    await expect(runMonteCarlo(INPUT, { workers: 0 })).resolves.toEqual(simulateMonteCarlo(INPUT));
  });

  it.each([-1, 1.5, MAX_MONTE_CARLO_WORKERS + 1])('rejects %d workers', async (workers) => {
    const error: unknown = await runMonteCarlo(INPUT, { workers }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValuationInputError);
    expect((error as ValuationInputError).field).toBe('workers');
  });

  it('rejects an invalid input as a rejected promise', async () => {
    const error: unknown = await runMonteCarlo({ ...INPUT, seed: -5 }, { workers: 0 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ValuationInputError);
    expect((error as ValuationInputError).field).toBe('seed');
  });

  // The real worker script is TypeScript under Jest; these stand-ins exercise the thread
  // plumbing (transfer, merge, failures). The real script is checked against dist after a build.
  describe('with worker threads', () => {
    let dir: string;
    const script = (name: string, body: string): URL => {
      const file = join(dir, name);
      writeFileSync(file, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
      return pathToFileURL(file);
    };

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'monte-carlo-pool-'));
    });
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it('merges the transferred summaries of every worker in path order', async () => {
      // Each path's value is its index; a worker sends its values sorted plus per-block
      // [count, mean, M2], so the merge must recover 0..n-1 and their exact mean.
      const url = script(
        'index.mjs',
        `parentPort.on('message', ({ startPath, count }) => {
         const sorted = new Float64Array(count);
         for (let i = 0; i < count; i += 1) sorted[i] = startPath + i;
         const size = ${MONTE_CARLO_BLOCK_SIZE};
         const blocks = new Float64Array(Math.ceil(count / size) * 3);
         for (let b = 0; b * size < count; b += 1) {
           let n = 0, mean = 0, m2 = 0;
           for (let i = b * size; i < Math.min(count, (b + 1) * size); i += 1) {
             const v = sorted[i]; n += 1; const d = v - mean; mean += d / n; m2 += d * (v - mean);
           }
           blocks[b * 3] = n; blocks[b * 3 + 1] = mean; blocks[b * 3 + 2] = m2;
         }
         parentPort.postMessage({ startPath, count, sorted, blocks }, [sorted.buffer, blocks.buffer]);
         });`,
      );
      const paths = INPUT.paths;
      const result = await runMonteCarlo(INPUT, { workers: 3, workerUrl: url });
      expect(result).toMatchObject({
        min: '0.00',
        max: `${paths - 1}.00`,
        mean: ((paths - 1) / 2).toFixed(2),
        p50: ((paths - 1) / 2).toFixed(2),
      });
      expect(result.histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(paths);
    });

    it.each([
      ['throws', `throw new Error('boom');`, /boom/],
      ['exits without reporting', `process.exit(3);`, /exited with code 3/],
      [
        'reports a wrong range',
        `parentPort.on('message', () => parentPort.postMessage({ startPath: 1, count: 0, values: new Float64Array(0) }));`,
        /unexpected chunk/,
      ],
    ])('rejects when a worker %s', async (name, body, message) => {
      await expect(
        runMonteCarlo(INPUT, { workers: 2, workerUrl: script(`${name.replace(/\W/g, '-')}.mjs`, body) }),
      ).rejects.toThrow(message);
    });
  });
});
