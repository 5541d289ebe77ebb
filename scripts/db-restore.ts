import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ensureDatabaseExists, parseDatabaseUrl, readBackupHeader, restoreDatabase } from '@app/database';
import { runMain } from '@app/platform';
import { APPS, runNode } from '@app/stack';
import { localDatabase } from './local-database.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const USAGE = 'usage: npm run db:restore -- <file> [--database <name>] [--replace]';

function parseArgs(args: string[]): { file: string; database: string | null; replace: boolean } {
  let file: string | undefined;
  let database: string | null = null;
  let replace = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--replace') replace = true;
    else if (arg === '--database') database = args[++i] ?? null;
    else if (!arg.startsWith('-') && file === undefined) file = arg;
    else throw new Error(USAGE);
  }
  if (file === undefined || (database !== null && !/^[A-Za-z0-9_]+$/.test(database))) throw new Error(USAGE);
  return { file, database, replace };
}

/**
 * `npm run db:restore -- <file>`: rebuilds the platform's database from a backup. The
 * target (the local database, or `--database <name>` on the same server) is created,
 * migrated by this release's migrations, then loaded in one transaction. An existing
 * database is only replaced with `--replace` (stop the platform first: its sessions are
 * ended). The audit chains of the restored copy are verified before the command exits.
 */
runMain(async () => {
  const { file, database, replace } = parseArgs(process.argv.slice(2));
  const header = await readBackupHeader(file);
  const db = await localDatabase(ROOT);
  try {
    const url = new URL(db.url);
    if (database !== null) url.pathname = `/${database}`;
    const target = url.toString();
    const { database: name, adminUrl } = parseDatabaseUrl(target);
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount !== 0;
      if (exists && !replace) {
        throw new Error(
          `database ${name} exists: pass --replace to drop it and restore in its place, or --database <new name>`,
        );
      }
      if (exists) await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
    await ensureDatabaseExists(target);
    const env = { ...process.env, DATABASE_URL: target, LOG_LEVEL: 'warn' };
    for (const app of ['pledge-registry', 'valuation'] as const) {
      await runNode(join(ROOT, APPS[app].cli as string), ['migrate'], env);
    }
    const started = Date.now();
    const tables = await restoreDatabase(target, file);
    for (const t of tables) process.stdout.write(`${t.table}: ${t.rows} rows\n`);
    process.stdout.write(
      `restored ${tables.length} tables, ${tables.reduce((s, t) => s + t.rows, 0)} rows (backup of ${header.createdAt}) into ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    // The restored copy proves itself: every audit chain recomputed (exit 1 when one is broken).
    const verify = await runNode(join(ROOT, APPS['pledge-registry'].cli as string), ['verify-audit'], env).catch(
      (error: unknown) => {
        process.exitCode = 1;
        return error instanceof Error ? error.message : String(error);
      },
    );
    process.stdout.write(verify);
  } finally {
    await db.release();
  }
});
