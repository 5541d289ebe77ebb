import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { ensureDatabaseExists } from '@app/database';
import { runMain } from '@app/platform';
import { APPS, runNode } from '@app/stack';
import { localDatabase } from './local-database.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * `npm run import:patents -- <file.csv>`: streams the file into the registry of the local
 * platform (DATABASE_URL, or the embedded database whether or not `npm start` is running).
 */
runMain(async () => {
  const db = await localDatabase(ROOT);
  try {
    const env = { ...process.env, DATABASE_URL: db.url };
    await ensureDatabaseExists(db.url);
    await runNode(join(ROOT, APPS['pledge-registry'].cli as string), ['migrate'], env);
    const code = await new Promise<number>((resolve) => {
      const child = spawn(
        process.execPath,
        [join(ROOT, APPS['pledge-registry'].cli as string), 'import-patents', ...process.argv.slice(2)],
        {
          env,
          stdio: 'inherit',
        },
      );
      child.on('exit', (c) => resolve(c ?? 1));
    });
    process.exitCode = code;
  } finally {
    await db.release();
  }
});
