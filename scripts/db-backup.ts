import { fileURLToPath } from 'node:url';
import { backupDatabase } from '@app/database';
import { runMain } from '@app/platform';
import { localDatabase } from './local-database.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * `npm run db:backup -- <file>`: every row of the platform's database (DATABASE_URL, or the
 * embedded one, running or not) into one gzip file, from a single snapshot; the platform
 * may keep running. Restore with `npm run db:restore -- <file>`.
 */
runMain(async () => {
  const file = process.argv[2];
  if (file === undefined || file.startsWith('-')) throw new Error('usage: npm run db:backup -- <file>');
  const db = await localDatabase(ROOT);
  try {
    const started = Date.now();
    const report = await backupDatabase(db.url, file);
    for (const t of report.tables) process.stdout.write(`${t.table}: ${t.rows} rows\n`);
    process.stdout.write(
      `${report.tables.length} tables, ${report.rows} rows written to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  } finally {
    await db.release();
  }
});
