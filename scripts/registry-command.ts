import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { ensureDatabaseExists } from '@app/database';
import { APPS, runNode } from '@app/stack';
import { localDatabase } from './local-database.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs one registry CLI command against the local platform's database (DATABASE_URL, or
 * the embedded database whether or not `npm start` is running), migrating it first.
 * Resolves to the command's exit code.
 */
export async function runRegistryCommand(command: string, args: string[]): Promise<number> {
  const db = await localDatabase(ROOT);
  try {
    const env = { ...process.env, DATABASE_URL: db.url };
    await ensureDatabaseExists(db.url);
    const cli = join(ROOT, APPS['pledge-registry'].cli as string);
    await runNode(cli, ['migrate'], env);
    return await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [cli, command, ...args], { env, stdio: 'inherit' });
      child.on('exit', (c) => resolve(c ?? 1));
    });
  } finally {
    await db.release();
  }
}
