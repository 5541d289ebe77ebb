import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@app/stack';

export interface LocalDatabase {
  url: string;
  /** Stops the server if this call started it; a server someone else runs is left alone. */
  release(): Promise<void>;
}

const DATABASE = 'ipfin';

function runningPort(dataDir: string): number | null {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  // postmaster.pid: line 1 pid, line 4 port (PostgreSQL's documented layout).
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  return Number.isInteger(port) && port > 0 ? port : null;
}

/**
 * The database a local command should use: DATABASE_URL when set; else the embedded
 * server of a running `npm start`; else the embedded server started just for this command.
 */
export async function localDatabase(rootDir: string): Promise<LocalDatabase> {
  const external = process.env['DATABASE_URL'];
  if (external !== undefined && external !== '') return { url: external, release: () => Promise.resolve() };
  const dataDir = join(process.env['DATA_DIR'] ?? join(rootDir, '.data'), 'postgres');
  const port = runningPort(dataDir);
  if (port !== null) {
    return { url: `postgres://postgres:postgres@127.0.0.1:${port}/${DATABASE}`, release: () => Promise.resolve() };
  }
  const db = await startEmbeddedPostgres({ dataDir, logFile: join(dataDir, '..', 'postgres.log') });
  return { url: db.serverUrl.replace(/\/postgres$/, `/${DATABASE}`), release: () => db.stop() };
}
