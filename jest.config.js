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

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/api/**/*.e2e-spec.ts'] },
    { ...common, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.e2e-spec.ts'] },
    // fuzzing, lost updates, crash durability, backup/restore; ROBUSTNESS_SCALE=10 for a longer run
    { ...common, displayName: 'robustness', testMatch: ['<rootDir>/test/robustness/**/*.robustness-spec.ts'] },
  ],
};
