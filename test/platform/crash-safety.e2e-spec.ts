import { jest } from '@jest/globals';
import {
  answerData,
  privateExamine,
  privateParties,
  privatePledgeInput,
  privateSubmit,
  privateSubmittedPledge,
  runScript,
  startPrivateRegistry,
  type PrivateParties,
  type PrivateRegistry,
  type SubgraphAnswer,
} from '@app/testing';

jest.setTimeout(180_000);

/** Applications examined and drafts submitted per fault. */
const BURST = 12;
/** How long the server may take to end a dead client's sessions and free their locks. */
const LOCK_RELEASE_LIMIT_MS = 5000;

/**
 * Crash safety of the registration path, on a pledge-registry process and database of
 * this spec's own (killing the shared one would break the other specs): (a) kill -9 of
 * the subgraph in the middle of a burst of registrations and first signatures, (b) the
 * subgraph frozen with its transactions open (a stalled process or a lost network looks
 * the same to the server), (c) the database terminating the subgraph's sessions mid-burst. After each fault: nothing half
 * written, the audit chains verify, no session or lock of the dead client survives
 * 5 seconds, and every request retried with its idempotency key completes exactly once.
 * The figures go to RELIABILITY.md (printed with the prefix "crash-safety:").
 */
/** Resolves once `n` of the requests in flight have answered (the rest are queued, running or committing). */
function answersBack(inFlight: readonly Promise<unknown>[], n: number): Promise<void> {
  let answered = 0;
  return new Promise<void>((resolve) => {
    for (const p of inFlight) {
      void p.then(() => {
        answered++;
        if (answered === n) resolve();
      });
    }
  });
}

describe('crash safety of registrations', () => {
  let registry: PrivateRegistry;

  beforeAll(async () => {
    registry = await startPrivateRegistry('ipfin_crash');
  });

  afterAll(async () => {
    await registry?.dispose();
  });

  interface Burst {
    /** Applications the registrar examines (each on its own patent: every one must register). */
    examined: { id: string; key: string }[];
    /** First signatures that create drafts, each with its own pledgor and key. */
    drafts: { parties: PrivateParties; key: string }[];
  }

  async function prepare(tag: string): Promise<Burst> {
    const parties = await Promise.all(Array.from({ length: 2 * BURST }, () => privateParties(registry.url)));
    const examined = await Promise.all(
      parties.slice(0, BURST).map(async (p, i) => ({
        id: await privateSubmittedPledge(registry.url, p),
        key: `${tag}-examine-${i}`,
      })),
    );
    return { examined, drafts: parties.slice(BURST).map((p, i) => ({ parties: p, key: `${tag}-draft-${i}` })) };
  }

  function fire(burst: Burst): Promise<SubgraphAnswer>[] {
    return [
      ...burst.examined.map((e) => privateExamine(registry.url, e.id, { outcome: 'REGISTER' }, e.key)),
      ...burst.drafts.map((d) => privateSubmit(registry.url, d.parties.sme, privatePledgeInput(d.parties), d.key)),
    ];
  }

  /** Sessions of the registry on its database; resolves to how long they took to go (ms). */
  async function waitForNoSessions(since: number): Promise<number> {
    for (;;) {
      const [row] = await registry.sql<{ n: number; locks: number }>(
        `SELECT (SELECT count(*)::int FROM pg_stat_activity
                  WHERE datname = current_database() AND application_name = 'pledge-registry') AS n,
                (SELECT count(*)::int FROM pg_locks l
                  WHERE l.pid IN (SELECT pid FROM pg_stat_activity
                                   WHERE datname = current_database() AND application_name = 'pledge-registry')
                     OR (l.locktype = 'advisory'
                         AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()))) AS locks`,
      );
      const elapsed = Date.now() - since;
      if (row?.n === 0 && row.locks === 0) return elapsed;
      if (elapsed > 3 * LOCK_RELEASE_LIMIT_MS) return elapsed;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Retries each request with its own key until it answers (the registry may still be reconnecting). */
  async function retryAll(burst: Burst): Promise<SubgraphAnswer[]> {
    const once = (): Promise<SubgraphAnswer>[] => fire(burst);
    let answers = await Promise.all(once());
    for (let round = 0; round < 5 && answers.some((a) => !a.ok || a.body.errors !== undefined); round++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      answers = await Promise.all(once());
    }
    return answers;
  }

  /** Nothing half written anywhere in the private registry, and every request of `burst` applied once. */
  async function assertConsistent(burst: Burst, retried: SubgraphAnswer[]): Promise<void> {
    // Every retried request completed, as data.
    const data = retried.map(answerData);
    const registered = data.slice(0, BURST).map((d) => d.examinePledgeApplication);
    for (const [i, r] of registered.entries()) {
      expect(r).toMatchObject({ status: 'REGISTERED', application: { id: burst.examined[i]?.id } });
    }
    const drafted = data.slice(BURST).map((d) => d.submitPledgeApplication);
    for (const d of drafted) expect(d).toMatchObject({ accepted: true, application: { status: 'DRAFT' } });

    // Exactly once: one registration event and one claim per examined application, one
    // draft per first signature (its pledgor has no other), one key row per request.
    const examinedIds = burst.examined.map((e) => e.id);
    const perPledge = await registry.sql<{ id: string; registrations: number; claims: number; versions: number }>(
      `SELECT p.id,
              (SELECT count(*)::int FROM audit_event e WHERE e.subject_id = p.id AND e.action = 'PLEDGE_REGISTERED') AS registrations,
              (SELECT count(*)::int FROM active_pledge a WHERE a.pledge_id = p.id) AS claims,
              (SELECT count(*)::int FROM pledge_version v WHERE v.pledge_id = p.id) AS versions
         FROM pledge p WHERE p.id = ANY($1::uuid[]) ORDER BY p.id`,
      [examinedIds],
    );
    expect(perPledge).toEqual([...examinedIds].sort().map((id) => ({ id, registrations: 1, claims: 1, versions: 1 })));
    const draftsPerPledgor = await registry.sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM pledge WHERE pledgor_party_id = ANY($1::uuid[]) GROUP BY pledgor_party_id',
      [burst.drafts.map((d) => d.parties.smePartyId)],
    );
    expect(draftsPerPledgor).toEqual(burst.drafts.map(() => ({ n: 1 })));
    expect(new Set(drafted.map((d) => d.application.id)).size).toBe(BURST);

    // Whole-database invariants: a claim exactly for the assets of each active pledge,
    // an audit trail for every pledge, a stored response for every committed key.
    const [broken] = await registry.sql<{ claims: number; trails: number; keys: number; numbers: number }>(
      `SELECT
         (SELECT count(*)::int FROM (
            SELECT pa.asset_id, pa.pledge_id FROM pledge_asset pa JOIN pledge p ON p.id = pa.pledge_id
             WHERE p.status IN ('REGISTERED', 'DEFAULTED', 'ENFORCING', 'REALIZED')
            EXCEPT SELECT asset_id, pledge_id FROM active_pledge) missing)
         + (SELECT count(*)::int FROM active_pledge a JOIN pledge p ON p.id = a.pledge_id
             WHERE p.status NOT IN ('REGISTERED', 'DEFAULTED', 'ENFORCING', 'REALIZED')) AS claims,
         (SELECT count(*)::int FROM pledge p
           WHERE NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.subject_id = p.id)) AS trails,
         (SELECT count(*)::int FROM idempotency_key WHERE response = 'null'::jsonb) AS keys,
         (SELECT count(*)::int FROM pledge
           WHERE (status = 'REGISTERED') <> (registration_number IS NOT NULL)) AS numbers`,
    );
    expect(broken).toEqual({ claims: 0, trails: 0, keys: 0, numbers: 0 });

    // The audit chains verify (the `npm run audit:verify` command, on this database).
    const verify = await runScript('dist/apps/pledge-registry/src/cli.js', ['verify-audit'], {
      DATABASE_URL: registry.databaseUrl,
    });
    expect(verify.stdout).toMatch(/chains, \d+ links verified: intact/);
    expect(verify.code).toBe(0);
  }

  const tally = (answers: SubgraphAnswer[]): { ok: number; transport: number; graphql: number } => ({
    ok: answers.filter((a) => a.ok && a.body.errors === undefined).length,
    transport: answers.filter((a) => !a.ok).length,
    graphql: answers.filter((a) => a.ok && a.body.errors !== undefined).length,
  });

  it('(a) kill -9 of the subgraph mid-burst: sessions gone within 5 s, nothing half written, retries apply once', async () => {
    const burst = await prepare('kill');
    const [{ pids }] = (await registry.sql<{ pids: number[] }>(
      `SELECT coalesce(array_agg(pid), '{}') AS pids FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'pledge-registry'`,
    )) as [{ pids: number[] }];
    expect(pids.length).toBeGreaterThan(0);

    const inFlight = fire(burst);
    // Kill once the first answers are back: the rest are queued, running or committing.
    await answersBack(inFlight, 3);
    const killedAt = Date.now();
    await registry.kill();
    const releaseMs = await waitForNoSessions(killedAt);
    const first = tally(await Promise.all(inFlight));
    expect(releaseMs).toBeLessThan(LOCK_RELEASE_LIMIT_MS);
    // The fault hit requests in flight: some answered, some never did.
    expect(first.transport).toBeGreaterThan(0);

    await registry.start();
    const retried = await retryAll(burst);
    process.stdout.write(
      `crash-safety: kill -9: ${2 * BURST} requests, answered before the kill ${first.ok}, transport errors ${first.transport}, ` +
        `GraphQL errors ${first.graphql}, sessions and locks gone after ${releaseMs} ms, retries ok ${tally(retried).ok}\n`,
    );
    await assertConsistent(burst, retried);
  });

  it('(b) a frozen subgraph (SIGSTOP) mid-burst: its open transactions end and free their locks within 5 s', async () => {
    const burst = await prepare('freeze');
    const inFlight = fire(burst);
    await answersBack(inFlight, 3);
    // A stopped process keeps its sockets open: only the server's timeouts can end its transactions.
    registry.process().child.kill('SIGSTOP');
    const frozenAt = Date.now();
    let releaseMs: number;
    try {
      for (;;) {
        const [row] = await registry.sql<{ open: number; locks: number }>(
          `SELECT (SELECT count(*)::int FROM pg_stat_activity
                    WHERE datname = current_database() AND application_name = 'pledge-registry'
                      AND (state <> 'idle' OR xact_start IS NOT NULL)) AS open,
                  (SELECT count(*)::int FROM pg_locks l
                    WHERE l.pid IN (SELECT pid FROM pg_stat_activity
                                     WHERE datname = current_database() AND application_name = 'pledge-registry')
                      AND l.locktype <> 'virtualxid') AS locks`,
        );
        releaseMs = Date.now() - frozenAt;
        if ((row?.open === 0 && row.locks === 0) || releaseMs > 3 * LOCK_RELEASE_LIMIT_MS) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      registry.process().child.kill('SIGCONT');
    }
    const first = tally(await Promise.all(inFlight));
    expect(registry.process().exitCode()).toBeNull();
    expect(releaseMs).toBeLessThan(LOCK_RELEASE_LIMIT_MS);

    const retried = await retryAll(burst);
    process.stdout.write(
      `crash-safety: SIGSTOP: ${2 * BURST} requests, ok ${first.ok}, GraphQL errors ${first.graphql}, ` +
        `transport errors ${first.transport}, transactions ended and locks freed after ${releaseMs} ms, retries ok ${tally(retried).ok}\n`,
    );
    await assertConsistent(burst, retried);
  });

  it('(c) the database terminates the subgraph sessions mid-burst: the subgraph survives, retries apply once', async () => {
    const burst = await prepare('terminate');
    const inFlight = fire(burst);
    let terminated = 0;
    // Terminate every registry session a few times while the burst runs.
    for (let round = 0; round < 4; round++) {
      await new Promise((resolve) => setTimeout(resolve, round === 0 ? 30 : 80));
      // Materialised first: the terminate call must never see a session of another database.
      const rows = await registry.sql<{ done: boolean }>(
        `WITH victims AS MATERIALIZED (
           SELECT pid FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = 'pledge-registry' AND pid <> pg_backend_pid())
         SELECT pg_terminate_backend(pid) AS done FROM victims`,
      );
      terminated += rows.filter((r) => r.done).length;
    }
    const answers = await Promise.all(inFlight);
    const first = tally(answers);
    expect(terminated).toBeGreaterThan(0);
    // Terminated sessions end as errors of the requests using them, never as a dead process.
    expect(registry.process().exitCode()).toBeNull();
    for (const a of answers.filter((x) => x.ok && x.body.errors !== undefined)) {
      expect(a.ok && a.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    }

    const retried = await retryAll(burst);
    process.stdout.write(
      `crash-safety: pg_terminate_backend: ${2 * BURST} requests, ${terminated} sessions terminated, ok ${first.ok}, ` +
        `GraphQL errors ${first.graphql}, transport errors ${first.transport}, retries ok ${tally(retried).ok}\n`,
    );
    await assertConsistent(burst, retried);
  });
});
