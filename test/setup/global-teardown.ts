import type { E2eHandles } from './handles.js';

/**
 * Stops what globalSetup started: the apps (gateway first), then the database - the
 * embedded server deletes its temp data dir; on DATABASE_URL's server the run's
 * database is dropped. An app that died during the run fails the run here, with its output.
 */
export default async function globalTeardown(): Promise<void> {
  const handles = (globalThis as { __IPFIN_E2E__?: E2eHandles }).__IPFIN_E2E__;
  if (handles === undefined) return;
  const crashed = Object.values(handles.platform?.processes ?? {})
    .filter((p) => p.exitCode() !== null)
    .map((p) => `${p.name} exited with ${String(p.exitCode())} during the run:\n${p.output().slice(-3000)}`);
  try {
    await handles.platform?.stop();
  } finally {
    await handles.stopDatabase();
    delete (globalThis as { __IPFIN_E2E__?: E2eHandles }).__IPFIN_E2E__;
  }
  if (crashed.length > 0) throw new Error(crashed.join('\n\n'));
}
