import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, defaultTheme, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { Refusal } from './common/Refusal';
import { dataProvider } from './dataProvider';
import { Home } from './home/Home';
import { installI18n } from './i18n';
import { Layout } from './layout/Layout';
import { NotFound } from './layout/NotFound';
import { SECTIONS } from './messages';
import { DASHBOARD } from './resources';

/** Every feature's messages make the app's catalogue, here at the root, so that i18n/ imports no feature. */
const i18nProvider = installI18n(SECTIONS);

/**
 * Latin text in the system's UI face, Chinese in the platform's CJK face: PingFang SC (macOS),
 * Microsoft YaHei (Windows), Noto Sans CJK SC / Source Han Sans SC / WenQuanYi (Linux). Nothing is
 * downloaded: every face is one the system already has.
 */
const FONT_STACK = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(', ');

const theme = {
  ...defaultTheme,
  typography: { ...defaultTheme.typography, fontFamily: FONT_STACK },
  palette: { ...defaultTheme.palette, primary: { main: '#1f4e79' }, secondary: { main: '#00838f' } },
  components: {
    ...defaultTheme.components,
    // flex items default to their content's width; these let wide tabs and tables scroll inside
    // the page on a phone instead of widening it
    RaLayout: {
      styleOverrides: {
        root: {
          minWidth: 0,
          '& .RaLayout-appFrame, & .RaLayout-contentWithSidebar, & .RaLayout-content, & .show-page, & .RaShow-card': {
            minWidth: 0,
          },
        },
      },
    },
  },
};

export function App() {
  return (
    <Admin
      title="crm.app.title"
      i18nProvider={i18nProvider}
      dataProvider={dataProvider}
      authProvider={authProvider}
      dashboard={Home}
      layout={Layout}
      accessDenied={Refusal}
      catchAll={NotFound}
      theme={theme}
      requireAuth
      disableTelemetry
    >
      {DASHBOARD.map((entry) =>
        entry.kind === 'resource' ? <Resource key={entry.name} name={entry.name} {...entry.definition} /> : null,
      )}
      <CustomRoutes>
        {DASHBOARD.map((entry) =>
          entry.kind === 'page' ? <Route key={entry.path} path={`/${entry.path}`} element={<entry.page />} /> : null,
        )}
      </CustomRoutes>
    </Admin>
  );
}
