import { execFile } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { log } from './common.js';

/**
 * The TPC-B-like yardstick the registration benchmark divides by, measured on the same
 * server in the same run: pgbench's built-in script when a `pgbench` binary is on PATH,
 * and always the same five statements driven from Node with `pg` (a fresh machine has
 * Node and npm only, and the Node driver is the client stack the services use).
 */

export interface TpcbResult {
  tool: 'pgbench' | 'node-pg';
  clients: number;
  seconds: number;
  transactions: number;
  tps: number;
}

const SCALE = 10;

/** Creates the pgbench tables at scale 10 (1M accounts) in `url`'s database, the way `pgbench -i` does. */
export async function initTpcb(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      DROP TABLE IF EXISTS pgbench_history, pgbench_tellers, pgbench_accounts, pgbench_branches;
      CREATE TABLE pgbench_branches (bid int PRIMARY KEY, bbalance int, filler char(88)) WITH (fillfactor = 100);
      CREATE TABLE pgbench_tellers (tid int PRIMARY KEY, bid int, tbalance int, filler char(84)) WITH (fillfactor = 100);
      CREATE TABLE pgbench_accounts (aid int PRIMARY KEY, bid int, abalance int, filler char(84)) WITH (fillfactor = 100);
      CREATE TABLE pgbench_history (tid int, bid int, aid int, delta int, mtime timestamp, filler char(22));
      INSERT INTO pgbench_branches SELECT b, 0 FROM generate_series(1, ${SCALE}) b;
      INSERT INTO pgbench_tellers SELECT t, (t - 1) / 10 + 1, 0 FROM generate_series(1, ${SCALE * 10}) t;
      INSERT INTO pgbench_accounts SELECT a, (a - 1) / 100000 + 1, 0, '' FROM generate_series(1, ${SCALE * 100_000}) a;
    `);
    // A multi-statement query runs as one transaction, and VACUUM refuses to run in one.
    await client.query('VACUUM ANALYZE pgbench_branches, pgbench_tellers, pgbench_accounts, pgbench_history');
  } finally {
    await client.end();
  }
}

const rand = (lo: number, hi: number): number => lo + Math.floor(Math.random() * (hi - lo + 1));

/** pgbench's TPC-B-like transaction from Node, `clients` connections for `seconds`. */
export async function nodeTpcb(url: string, clients: number, seconds: number): Promise<TpcbResult> {
  const pool = new pg.Pool({ connectionString: url, max: clients });
  let transactions = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: clients }, async () => {
        const client = await pool.connect();
        try {
          while (performance.now() < deadline) {
            const aid = rand(1, SCALE * 100_000);
            const bid = rand(1, SCALE);
            const tid = rand(1, SCALE * 10);
            const delta = rand(-5000, 5000);
            await client.query('BEGIN');
            await client.query({
              name: 'a',
              text: 'UPDATE pgbench_accounts SET abalance = abalance + $1 WHERE aid = $2',
              values: [delta, aid],
            });
            await client.query({
              name: 'b',
              text: 'SELECT abalance FROM pgbench_accounts WHERE aid = $1',
              values: [aid],
            });
            await client.query({
              name: 'c',
              text: 'UPDATE pgbench_tellers SET tbalance = tbalance + $1 WHERE tid = $2',
              values: [delta, tid],
            });
            await client.query({
              name: 'd',
              text: 'UPDATE pgbench_branches SET bbalance = bbalance + $1 WHERE bid = $2',
              values: [delta, bid],
            });
            await client.query({
              name: 'e',
              text: 'INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES ($1, $2, $3, $4, CURRENT_TIMESTAMP)',
              values: [tid, bid, aid, delta],
            });
            await client.query('COMMIT');
            transactions++;
          }
        } finally {
          client.release();
        }
      }),
    );
  } finally {
    await pool.end();
  }
  const elapsed = (performance.now() - started) / 1000;
  return { tool: 'node-pg', clients, seconds: elapsed, transactions, tps: transactions / elapsed };
}

/** `pgbench -n -c <clients> -j 2 -T <seconds> -M prepared` on the tables {@link initTpcb} made; null without pgbench. */
export function pgbenchTpcb(url: string, clients: number, seconds: number): Promise<TpcbResult | null> {
  return new Promise((resolve) => {
    execFile(
      'pgbench',
      ['-n', '-c', String(clients), '-j', '2', '-T', String(seconds), '-M', 'prepared', url],
      { timeout: (seconds + 60) * 1000 },
      (error, stdout, stderr) => {
        if (error !== null) {
          const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
          log(
            missing
              ? 'pgbench not on PATH: Node driver figure only'
              : `pgbench failed: ${stderr.trim() || error.message}`,
          );
          resolve(null);
          return;
        }
        const tps = /tps = ([\d.]+)/.exec(stdout)?.[1];
        const processed = /number of transactions actually processed: (\d+)/.exec(stdout)?.[1];
        if (tps === undefined) {
          log(`pgbench printed no tps:\n${stdout}`);
          resolve(null);
          return;
        }
        resolve({ tool: 'pgbench', clients, seconds, transactions: Number(processed ?? 0), tps: Number(tps) });
      },
    );
  });
}
