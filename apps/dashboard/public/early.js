// Runs before the bundle: a classic script at the start of the page's head, from this same origin as
// the content security policy asks (vite.config.mts puts it there). When the page is loaded on the
// home page by someone logged in, it asks for the home figures and preloads the charts' code
// (recharts) now, while the bundle downloads and react-admin boots; src/home/Home.tsx takes the
// answer. The charts' file name is hashed: the build writes it into the crm-home-charts meta tag.
// The session key is session.ts's.
(function () {
  var stored = localStorage.getItem('crm.session');
  if (['', '#', '#/'].indexOf(location.hash) < 0 || !stored) return;
  // a college account's home opens on its own college (src/common/FilterChips.tsx, useOwnCollege)
  var user = {};
  try {
    user = JSON.parse(stored).user || {};
  } catch (error) {
    return;
  }
  var scope = user.role === 'college' && user.unitId ? '?unitId=' + Number(user.unitId) : '';
  window.crmEarlyHomeReport = fetch('/api/reports/home' + scope, {
    credentials: 'include',
    headers: { Accept: 'application/json' },
  });
  var charts = document.querySelector('meta[name="crm-home-charts"]');
  if (!charts) return;
  var link = document.createElement('link');
  link.rel = 'modulepreload';
  link.crossOrigin = '';
  link.href = charts.content;
  document.head.appendChild(link);
})();
