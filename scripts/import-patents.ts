import { runMain } from '@app/platform';
import { runRegistryCommand } from './registry-command.js';

/** `npm run import:patents -- <file.csv>`: streams the file into the registry of the local platform. */
runMain(async () => {
  process.exitCode = await runRegistryCommand('import-patents', process.argv.slice(2));
});
