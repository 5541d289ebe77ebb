import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@app/stack';

export interface ScratchDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * A database for a one-off job: DATABASE_URL's server when set (a fresh database named
 * `prefix_<random>` on it, dropped afterwards), otherwise a throwaway embedded server.
 */
export async function scratchDatabase(prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${Math.random().toString(36).slice(2, 10)}`;
  const external = process.env['DATABASE_URL'];
  if (external !== undefined && external !== '') {
    const url = new URL(external);
    url.pathname = `/${name}`;
    const { default: pg } = await import('pg');
    return {
      url: url.toString(),
      async stop() {
        const admin = new pg.Client({ connectionString: external });
        await admin.connect();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const db = await startEmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'ipfin-pg-')),
    persistent: false,
  });
  return { url: db.serverUrl.replace(/\/postgres$/, `/${name}`), stop: () => db.stop() };
}
