import { runMain } from '@app/platform';
import { runRegistryCommand } from './registry-command.js';

/** `npm run audit:verify`: recomputes every asset's audit chain; exit 1 when one is broken. */
runMain(async () => {
  process.exitCode = await runRegistryCommand('verify-audit', process.argv.slice(2));
});
