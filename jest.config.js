/** Unit specs beside the code, API end-to-end tests and browser tests in test/. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }];
const common = {
  // TypeScript first, so a stray .js left beside a source by a failed build is never the one loaded
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  transform: { '^.+\\.tsx?$': tsJest },
  moduleNameMapper: { '^@crm/domain(|/.*)$': '<rootDir>/libs/domain/src$1' },
  testEnvironment: 'node',
};

/** The dashboard's component tests: React in jsdom, compiled with the dashboard's own JSX settings. */
const dashboard = {
  ...common,
  displayName: 'dashboard',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/apps/dashboard/src/**/*.test.{ts,tsx}'],
  transform: {
    '^.+\\.(tsx?|js)$': [
      'ts-jest',
      {
        tsconfig: {
          jsx: 'react-jsx',
          module: 'commonjs',
          target: 'ES2022',
          esModuleInterop: true,
          skipLibCheck: true,
          allowJs: true,
        },
        diagnostics: false,
      },
    ],
  },
  // react-admin's keyboard shortcuts come from an ESM-only package
  transformIgnorePatterns: ['/node_modules/(?!react-hotkeys-hook/)'],
  setupFilesAfterEnv: ['<rootDir>/apps/dashboard/src/testing/setup.ts'],
};

/**
 * The same suites on PostgreSQL: one throwaway cluster for the whole run (started by the global
 * setup, stopped by the teardown), a fresh database per suite. Left out: suites that are about the
 * SQLite file itself (see SQLITE_ONLY).
 */
const SQLITE_ONLY = [
  // kills the server mid-write and reopens the SQLite file: PostgreSQL's durability is its own WAL's, not ours
  '<rootDir>/test/robustness/crash-durability.robustness-spec.ts',
  // SQLite's online backup API and file swap; PostgreSQL's pg_dump/pg_restore round trip is backup-postgres.robustness-spec.ts
  '<rootDir>/test/robustness/backup-restore.robustness-spec.ts',
];
/** Suites about several instances on one database, and PostgreSQL's own tools: PostgreSQL only. */
const POSTGRES_ONLY = [
  '<rootDir>/test/api/instances.e2e-spec.ts',
  '<rootDir>/test/api/notifications-instances.e2e-spec.ts',
  '<rootDir>/test/api/engines.e2e-spec.ts',
  '<rootDir>/test/robustness/backup-postgres.robustness-spec.ts',
];
const onPostgres = (project) => ({
  ...project,
  displayName: `${project.displayName}-postgres`,
  setupFiles: ['<rootDir>/test/fixtures/on-postgres.ts'],
  globalSetup: '<rootDir>/test/fixtures/postgres-global-setup.ts',
  globalTeardown: '<rootDir>/test/fixtures/postgres-global-teardown.ts',
  testPathIgnorePatterns: ['/node_modules/', ...SQLITE_ONLY],
});

const e2e = {
  ...common,
  displayName: 'e2e',
  testMatch: ['<rootDir>/test/api/**/*.e2e-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...POSTGRES_ONLY],
};
// fuzzing, lost updates, crash durability, backup/restore; ROBUSTNESS_SCALE=10 for a longer run
const robustness = {
  ...common,
  displayName: 'robustness',
  testMatch: ['<rootDir>/test/robustness/**/*.robustness-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...POSTGRES_ONLY],
};

module.exports = {
  // each e2e file starts a real server on a new database; on a busy 2-core machine that alone can take seconds
  testTimeout: 30_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts'],
    },
    e2e,
    dashboard,
    // the built dashboard on the real server, driven in Debian's Chromium
    { ...common, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.e2e-spec.ts'] },
    robustness,
    // the migration sets against the entities, and the engine-specific database code, on a real cluster
    onPostgres({ ...common, displayName: 'unit', testMatch: ['<rootDir>/apps/api/src/database/migrations.spec.ts'] }),
    onPostgres(e2e),
    onPostgres(robustness),
  ],
};
