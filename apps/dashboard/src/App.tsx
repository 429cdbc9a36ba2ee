import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, defaultTheme, Resource } from 'react-admin';
import { ChangePassword } from './account/ChangePassword';
import audit from './audit';
import { authProvider } from './authProvider';
import chambers from './chambers';
import contacts from './contacts';
import { dataProvider } from './dataProvider';
import enterprises from './enterprises';
import { Home } from './home/Home';
import { i18nProvider } from './i18n';
import intakes from './intakes';
import { Layout } from './layout/Layout';
import majors from './majors';
import meetings from './meetings';
import memberships from './memberships';
import outcomes from './outcomes';
import staff from './staff';
import tasks from './tasks';
import units from './units';

const OutcomeBoard = lazy(() => import('./outcomes/OutcomeBoard'));
const TrashPage = lazy(() => import('./trash/TrashPage'));

const ImportPage = lazy(() => import('./imports/ImportPage'));
const DuplicatesPage = lazy(() => import('./duplicates/DuplicatesPage'));
const MergePage = lazy(() => import('./duplicates/MergePage'));
const AnnualReportPage = lazy(() => import('./annual-report/AnnualReportPage'));
const InternshipReport = lazy(() => import('./reports/InternshipReport'));
const Funnel = lazy(() => import('./reports/Funnel'));
const ChamberRanking = lazy(() => import('./reports/ChamberRanking'));

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
        root: { minWidth: 0, '& .RaLayout-appFrame, & .RaLayout-contentWithSidebar, & .RaLayout-content, & .show-page, & .RaShow-card': { minWidth: 0 } },
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
      theme={theme}
      requireAuth
      disableTelemetry
    >
      <Resource name="meetings" {...meetings} />
      <Resource name="enterprises" {...enterprises} />
      <Resource name="chambers" {...chambers} />
      <Resource name="contacts" {...contacts} />
      <Resource name="outcomes" {...outcomes} />
      <Resource name="intakes" {...intakes} />
      <Resource name="tasks" {...tasks} />
      <Resource name="units" {...units} />
      <Resource name="majors" {...majors} />
      <Resource name="staff" {...staff} />
      <Resource name="memberships" {...memberships} />
      <Resource name="audit-events" {...audit} />
      <CustomRoutes>
        <Route path="/board" element={<OutcomeBoard />} />
        <Route path="/trash" element={<TrashPage />} />
        <Route path="/password" element={<ChangePassword />} />
        <Route path="/import" element={<ImportPage />} />
        <Route path="/duplicates" element={<DuplicatesPage />} />
        <Route path="/merge/:resource/:keepId/:otherId" element={<MergePage />} />
        <Route path="/annual-report" element={<AnnualReportPage />} />
        <Route path="/internships" element={<InternshipReport />} />
        <Route path="/funnel" element={<Funnel />} />
        <Route path="/chamber-ranking" element={<ChamberRanking />} />
      </CustomRoutes>
    </Admin>
  );
}
