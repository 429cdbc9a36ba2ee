/**
 * The API's layers point one way (`npm run depcheck`, run by CI): features → common → database →
 * config, with libs/domain under all and the composition root (app.module, resources.ts) above all.
 * Between feature folders, one imports another only where the domain points that way (an outcome
 * names its enterprise, not the reverse), so no two folders import each other, directly or round
 * a cycle. Specs are left out: a test may reach anything it tests.
 */
const api = '^apps/api/src/';
const features = `${api}(?!common/|database/|config/)[^/]+/`;

module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycle',
      comment: 'Two folders of apps/api/src that import each other, directly or round a cycle: move what both need below both, or what needs both above both.',
      severity: 'error',
      scope: 'folder',
      from: { path: api },
      to: { circular: true },
    },
    {
      name: 'common-below-features',
      comment: 'common/ is what every feature shares: it imports no feature (nor the composition root).',
      severity: 'error',
      from: { path: `${api}common/` },
      to: { path: `${api}`, pathNot: `${api}(common|database|config)/` },
    },
    {
      name: 'database-below-common',
      comment: 'database/ (data source, write queue, migrations) imports only config/ and libraries: a migration never imports live code.',
      severity: 'error',
      from: { path: `${api}database/` },
      to: { path: `${api}`, pathNot: `${api}(database|config)/` },
    },
    {
      name: 'config-at-the-bottom',
      severity: 'error',
      from: { path: `${api}config/` },
      to: { path: `${api}`, pathNot: `${api}config/` },
    },
    {
      name: 'domain-under-all',
      comment: 'libs/domain is plain TypeScript shared by the API and the dashboard: it imports neither.',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: { path: '^apps/' },
    },
    {
      name: 'features-not-the-root',
      comment: 'The composition root (app.module, resources.ts, main.ts) sits above every feature; common/ offers what a feature needs of it (the registry by injection).',
      severity: 'error',
      from: { path: features },
      to: { path: `${api}[^/]+\\.ts$` },
    },
    {
      name: 'no-module-cycle',
      severity: 'error',
      from: { path: '^(apps|libs)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(\\.spec\\.ts|\\.test\\.tsx?)$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
