import type { Platform } from '@app/stack';

/** What globalSetup leaves on globalThis.__IPFIN_E2E__ for globalTeardown (same process). */
export interface E2eHandles {
  platform: Platform | null;
  stopDatabase: () => Promise<void>;
}
