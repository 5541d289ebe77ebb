import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { APPS, runNode, type AppName } from '@app/stack';
import { ensureDatabaseExists } from '@app/database';
import { runMain } from '@app/platform';
import { scratchDatabase } from './database.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * `npm run migration:generate -- <app> <VerbNoun>`: applies the app's migrations to a
 * scratch database, diffs it against the entities and writes the difference as a new
 * migration under migrations/<app>/. Review it before committing; never edit it after.
 */
runMain(async () => {
  const [app, name] = process.argv.slice(2);
  const cli = app === undefined ? undefined : APPS[app as AppName]?.cli;
  if (cli === undefined || name === undefined) {
    throw new Error('usage: npm run migration:generate -- <pledge-registry|valuation> <VerbNoun>');
  }
  const db = await scratchDatabase('ipfin_migration');
  try {
    await ensureDatabaseExists(db.url);
    process.stdout.write(
      await runNode(join(ROOT, cli), ['migration:generate', name], { ...process.env, DATABASE_URL: db.url }),
    );
  } finally {
    await db.stop();
  }
});
