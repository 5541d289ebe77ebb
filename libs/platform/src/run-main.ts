import { ConfigError } from '@app/config';

/**
 * Runs a process entry point: configuration problems print as a readable list and exit
 * with status 78 (EX_CONFIG); anything else prints and exits 1. No stack for the former,
 * because the operator's fix is in the environment, not the code.
 */
export function runMain(main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
