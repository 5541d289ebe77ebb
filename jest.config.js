// Jest runs in native ESM mode (NestJS 12 ships ES modules only); npm test passes
// --experimental-vm-modules. Unit specs sit next to the code; e2e specs boot the
// compiled apps as separate processes against a real PostgreSQL (see test/setup).
const aliases = {
  '^@app/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
  '^@gateway/(.*)\\.js$': '<rootDir>/apps/gateway/src/$1.ts',
  '^@valuation/(.*)\\.js$': '<rootDir>/apps/valuation/src/$1.ts',
  '^@registry/(.*)\\.js$': '<rootDir>/apps/pledge-registry/src/$1.ts',
  '^@migrations/(.*)\\.js$': '<rootDir>/migrations/$1.ts',
  '^(\\.{1,2}/.*)\\.js$': '$1',
};
const common = {
  rootDir: '.',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: aliases,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.jest.json' }],
  },
};
export default {
  maxWorkers: 2,
  // e2e tests talk to real processes; unit tests finish far below this.
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,scripts,bench,test}/**/*.spec.ts'],
      // The console's specs run in a browser-like environment (the web project below).
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
      setupFiles: ['<rootDir>/test/setup/fast-check.ts'],
    },
    {
      // The web console (apps/web): components rendered into jsdom, compiled with its
      // browser tsconfig (JSX, DOM types).
      rootDir: '.',
      displayName: 'web',
      testEnvironment: 'jsdom',
      extensionsToTreatAsEsm: ['.ts', '.tsx'],
      moduleNameMapper: {
        '^@web/(.*)$': '<rootDir>/apps/web/src/$1',
        '\\.css$': '<rootDir>/apps/web/src/test/style-stub.ts',
      },
      transform: {
        '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: 'apps/web/tsconfig.jest.json' }],
      },
      testMatch: ['<rootDir>/apps/web/src/**/*.spec.{ts,tsx}'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
};
