import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Whether an app's log file (`<app>.log` in the e2e log directory) has a line containing `needle`. */
export function logMentions(logDir: string, app: string, needle: string): boolean {
  const file = join(logDir, `${app}.log`);
  return existsSync(file) && readFileSync(file, 'utf8').includes(needle);
}

/** Polls an app's log (writes are asynchronous) until `needle` appears; false after the timeout. */
export async function waitForLogLine(logDir: string, app: string, needle: string, timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (logMentions(logDir, app, needle)) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}
