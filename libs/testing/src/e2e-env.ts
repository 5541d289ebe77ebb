/**
 * Names of the environment variables through which the e2e globalSetup
 * (test/setup/global-setup.ts) hands the running platform to the test files. Jest
 * workers are forked after globalSetup, so they inherit what it put in process.env.
 */
export const E2E_ENV = {
  gatewayUrl: 'E2E_GATEWAY_URL',
  registryUrl: 'E2E_REGISTRY_URL',
  valuationUrl: 'E2E_VALUATION_URL',
  databaseUrl: 'E2E_DATABASE_URL',
  logDir: 'E2E_LOG_DIR',
  rootDir: 'E2E_ROOT_DIR',
  /** JSON object app name -> pid, for the resource checks (soak, fuzzing). */
  processIds: 'E2E_PROCESS_IDS',
} as const;

export type E2eEnv = Record<keyof typeof E2E_ENV, string>;

/** The platform under test; throws a readable error outside the e2e Jest project. */
export function e2eEnv(env: NodeJS.ProcessEnv = process.env): E2eEnv {
  const entries = Object.entries(E2E_ENV).map(([key, name]) => {
    const value = env[name];
    if (value === undefined || value === '') {
      throw new Error(
        `${name} is not set: run e2e specs through Jest's e2e project, whose globalSetup starts the platform`,
      );
    }
    return [key, value] as const;
  });
  return Object.fromEntries(entries) as E2eEnv;
}

/** `http://host:port` of a GraphQL URL such as `http://127.0.0.1:4000/graphql` (for /health/*). */
export function originOf(graphqlUrl: string): string {
  return new URL(graphqlUrl).origin;
}
