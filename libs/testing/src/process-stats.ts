import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pg from 'pg';

/**
 * Resource figures of the running platform for the soak and fuzzing checks: resident
 * memory of an app process and the database connections it holds.
 */

/** Resident set size of a process in bytes (Linux /proc; `ps` elsewhere). */
export function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (match?.[1] !== undefined) return Number(match[1]) * 1024;
  } catch {
    // not Linux, or the process is gone: ask ps
  }
  const kib = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());
  if (!Number.isFinite(kib) || kib <= 0) throw new Error(`no RSS for process ${pid}`);
  return kib * 1024;
}

/**
 * Connections to `databaseUrl`'s database per application_name (each subgraph names its
 * pool), from pg_stat_activity, leaving out the connection asking.
 */
export async function databaseConnections(databaseUrl: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ app: string; n: string }>(
      `SELECT application_name AS app, count(*) AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY application_name`,
    );
    return Object.fromEntries(rows.map((r) => [r.app, Number(r.n)]));
  } finally {
    await client.end();
  }
}

/** The app process ids the e2e globalSetup publishes (E2E_PROCESS_IDS: JSON name -> pid). */
export function processIds(json: string): Record<string, number> {
  const parsed = JSON.parse(json) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(parsed).map(([name, pid]) => {
      if (typeof pid !== 'number' || !Number.isInteger(pid)) throw new Error(`bad pid for ${name}: ${String(pid)}`);
      return [name, pid];
    }),
  );
}
