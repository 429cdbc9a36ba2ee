/**
 * The API's layers point one way (`npm run depcheck`, run by CI): features → common → database →
 * config, with libs/domain under all and the composition root (app.module, resources.ts) above all.
 * Between feature folders, one imports another only where the domain points that way (an outcome
 * names its enterprise, not the reverse), so no two folders import each other, directly or round
 * a cycle. Specs are left out: a test may reach anything it tests.
 */
const api = '^apps/api/src/';
const features = `${api}(?!common/|database/|config/)[^/]+/`;
/**
 * The dashboard the same way: the composition root (main.tsx, App.tsx, resources.ts, messages.ts and the
 * layout/ that draws the menu from resources.ts) → feature folders → common/ (pages, forms, fields, how a
 * record and its changes are said) → i18n/ (the catalogue: every feature hands its messages to it from
 * messages.ts, so it imports none) and the HTTP seam (dataProvider, authProvider, session, endpoints) →
 * libs/domain.
 */
const dashboard = '^apps/dashboard/src/';
const dashboardRoot = `${dashboard}(main\\.tsx|App\\.tsx|resources\\.ts|messages\\.ts|layout/)`;
const dashboardSeam = `${dashboard}(dataProvider|authProvider|session|endpoints)\\.ts$`;

module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycle',
      comment:
        'Two folders of apps/api/src that import each other, directly or round a cycle: move what both need below both, or what needs both above both.',
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
      comment:
        'database/ (data source, write queue, migrations) imports only config/ and libraries: a migration never imports live code.',
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
      comment: 'libs/ is plain TypeScript shared by the API and the dashboard: it imports neither.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'features-not-the-root',
      comment:
        'The composition root (app.module, resources.ts, main.ts) sits above every feature; common/ offers what a feature needs of it (the registry by injection).',
      severity: 'error',
      from: { path: features },
      to: { path: `${api}[^/]+\\.ts$` },
    },
    {
      name: 'dashboard-no-folder-cycle',
      comment: 'Two folders of apps/dashboard/src that import each other, directly or round a cycle.',
      severity: 'error',
      scope: 'folder',
      from: { path: dashboard },
      to: { circular: true },
    },
    {
      name: 'dashboard-i18n-imports-no-feature',
      comment: 'i18n/ builds the catalogue from the sections messages.ts hands it: it imports no feature, nor common/.',
      severity: 'error',
      from: { path: `${dashboard}i18n/` },
      to: { path: dashboard, pathNot: `${dashboard}i18n/` },
    },
    {
      name: 'dashboard-common-below-features',
      comment: 'common/ is what every dashboard feature shares: it imports i18n/, the HTTP seam and libraries only.',
      severity: 'error',
      from: { path: `${dashboard}common/` },
      to: { path: dashboard, pathNot: [`${dashboard}(common|i18n)/`, dashboardSeam] },
    },
    {
      name: 'dashboard-seam-below-features',
      comment: 'The HTTP seam (dataProvider, authProvider, session) imports no feature.',
      severity: 'error',
      from: { path: dashboardSeam },
      to: { path: dashboard, pathNot: [`${dashboard}i18n/`, dashboardSeam] },
    },
    {
      name: 'dashboard-features-not-the-root',
      comment:
        'No feature imports the composition root (main.tsx, App.tsx, resources.ts, messages.ts): the root imports them.',
      severity: 'error',
      from: { path: dashboard, pathNot: dashboardRoot },
      to: { path: dashboardRoot },
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
