import { join } from 'node:path';
import { jest } from '@jest/globals';
import {
  databaseConnections,
  e2eEnv,
  gql,
  heapAfterGc,
  prepareSoak,
  processIds,
  rssBytes,
  runSoak,
  tokenFor,
  type HeapFigures,
} from '@app/testing';

jest.setTimeout(180_000);

const env = e2eEnv();

/**
 * A short soak inside `npm test`: the realistic mix of @app/testing's runSoak (reads of
 * assets, register, dashboard, schedules, pools, listings; writes of enterprises and of
 * listings with offers, all by this spec's own parties) through the gateway for about 45 s
 * after a warm-up. Every request must succeed; no app's resident memory or live heap, each
 * read after a forced GC (V8 lets both climb under load until a major GC pays off), may grow
 * more than 20 % over the run; the subgraphs' database connections must stay flat (pooled).
 * Other specs load the same apps meanwhile, so the bounds hold under their traffic too. The
 * five-minute version is bench/soak.ts.
 */

const WARM_UP_MS = 10_000;
const SOAK_MS = 45_000;
const CLIENTS = 4;
const MAX_GROWTH = 0.2;
/** Pool connections open and close with load; more than this spread is a leak, not churn. */
const MAX_CONNECTION_SPREAD = 6;
const APPS = ['pledge-registry', 'valuation'];

const pids = processIds(env.processIds);
const memory = async (): Promise<Record<string, HeapFigures>> =>
  Object.fromEntries(
    await Promise.all(
      Object.entries(pids).map(async ([app, pid]) => [app, await heapAfterGc(pid, join(env.logDir, `${app}.log`))]),
    ),
  );
const appConnections = async (): Promise<number> => {
  const byApp = await databaseConnections(env.databaseUrl);
  return APPS.reduce((sum, app) => sum + (byApp[app] ?? 0), 0);
};
/**
 * The gateway caches parsed, validated and planned documents (about a thousand of each), and
 * the specs running alongside send thousands of distinct ones (the fuzzing spec, the
 * authorization matrix): filling those caches alone grows its heap by some 40 MiB. The
 * warm-up fills them first with distinct documents of a realistic size, so the readings
 * after it compare a full cache with a full cache.
 */
const DISTINCT_DOCUMENTS = 1500;
async function fillDocumentCaches(): Promise<void> {
  const token = await tokenFor('program');
  let next = 0;
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < DISTINCT_DOCUMENTS) {
        const i = next++;
        await gql(
          env.gatewayUrl,
          `query Warm${i} { r${i}: pledgeRegister(first: 1) { edges { node { registrationNumber status } } }
            a${i}: ipAssets(first: 1) { edges { node { id number kind latestValuation { id } } } } }`,
          {},
          { token },
        );
      }
    }),
  );
}
const mib = (bytes: number): number => Math.round(bytes / 1024 / 102.4) / 10;

describe('soak (short)', () => {
  it('publishes the app process ids (control)', () => {
    expect(Object.keys(pids).sort()).toEqual(['gateway', 'pledge-registry', 'valuation']);
    for (const pid of Object.values(pids)) expect(rssBytes(pid)).toBeGreaterThan(10 * 1024 * 1024);
  });

  it('a mixed load for 45 s: no error, memory and database connections flat', async () => {
    const workload = await prepareSoak();
    await fillDocumentCaches();
    const warmUp = await runSoak({ workload, clients: CLIENTS, durationMs: WARM_UP_MS });
    expect(warmUp.errorSamples).toEqual([]);

    const before = await memory();
    const connections: number[] = [await appConnections()];
    const report = await runSoak({
      workload,
      clients: CLIENTS,
      durationMs: SOAK_MS,
      sampleEveryMs: 3000,
      onSample: async () => void connections.push(await appConnections()),
    });
    connections.push(await appConnections());
    const after = await memory();

    const growth = Object.keys(before).flatMap((app) =>
      (['rss', 'heapUsed'] as const).map((figure) => ({
        what: `${app} ${figure}`,
        growth: (after[app] as HeapFigures)[figure] / (before[app] as HeapFigures)[figure] - 1,
      })),
    );
    process.stdout.write(
      `soak: ${report.requests} requests in ${report.seconds} s (${CLIENTS} clients), ${report.errors} errors, ` +
        `p99 ${report.p99Ms} ms, max ${report.maxMs} ms; MiB after GC, RSS / heap: ` +
        Object.keys(before)
          .map((app) => {
            const [b, a] = [before[app] as HeapFigures, after[app] as HeapFigures];
            return `${app} ${mib(b.rss)} -> ${mib(a.rss)} / ${mib(b.heapUsed)} -> ${mib(a.heapUsed)}`;
          })
          .join(', ') +
        `; connections ${Math.min(...connections)}..${Math.max(...connections)}\n`,
    );

    expect(report.errorSamples).toEqual([]);
    expect(report.errors).toBe(0);
    expect(report.requests).toBeGreaterThan(100);
    // Every operation of the mix ran.
    expect(Object.values(report.byOperation).every((o) => o.requests > 0)).toBe(true);
    const grewTooMuch = growth
      .filter((g) => g.growth > MAX_GROWTH)
      .map((g) => `${g.what} +${(g.growth * 100).toFixed(1)} %`);
    expect(grewTooMuch).toEqual([]);
    expect(Math.max(...connections) - Math.min(...connections)).toBeLessThanOrEqual(MAX_CONNECTION_SPREAD);
  });
});
