import AssessmentIcon from '@mui/icons-material/Assessment';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { createTheme, Theme, ThemeProvider } from '@mui/material';
import { enUS, zhCN } from '@mui/material/locale';
import { ReactNode, useMemo } from 'react';
import { AppBar as RaAppBar, Layout as RaLayout, Menu as RaMenu, useLocale, useTranslate } from 'react-admin';
import { AccountLocale } from './AccountLocale';

function Menu() {
  return (
    <RaMenu>
      <RaMenu.DashboardItem primaryText="crm.menu.home" />
      <RaMenu.ResourceItem name="meetings" />
      <RaMenu.ResourceItem name="enterprises" />
      <RaMenu.ResourceItem name="chambers" />
      <RaMenu.ResourceItem name="contacts" />
      <RaMenu.ResourceItem name="outcomes" />
      <RaMenu.Item to="/board" primaryText="crm.menu.board" leftIcon={<ViewKanbanIcon />} />
      <RaMenu.Item to="/annual-report" primaryText="crm.annualReport.menu" leftIcon={<AssessmentIcon />} />
      <RaMenu.ResourceItem name="intakes" />
      <RaMenu.ResourceItem name="tasks" />
      <RaMenu.ResourceItem name="units" />
      <RaMenu.ResourceItem name="majors" />
      <RaMenu.ResourceItem name="staff" />
      <RaMenu.ResourceItem name="memberships" />
      <RaMenu.ResourceItem name="audit-events" />
      <RaMenu.Item to="/import" primaryText="crm.imports.menu" leftIcon={<UploadFileIcon />} />
      <RaMenu.Item to="/duplicates" primaryText="crm.duplicates.menu" leftIcon={<ContentCopyIcon />} />
    </RaMenu>
  );
}

/** react-admin's app bar; its language menu appears because the i18nProvider offers two locales. */
function AppBar() {
  return <RaAppBar color="primary" />;
}

/** MUI's own words (pagination, "Clear", "No options"…) in the interface's language. */
function MuiLocale({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const translate = useTranslate();
  const pagination = translate('crm.list.pagination');
  const theme = useMemo(
    () => (outer: Theme) =>
      // MUI names the page navigation in English whatever its locale pack says
      createTheme(outer, locale === 'zh-CN' ? zhCN : enUS, { components: { RaPaginationActions: { defaultProps: { 'aria-label': pagination } } } }),
    [locale, pagination],
  );
  return <ThemeProvider theme={theme}>{children}</ThemeProvider>;
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <MuiLocale>
      <RaLayout menu={Menu} appBar={AppBar}>
        <AccountLocale />
        {children}
      </RaLayout>
    </MuiLocale>
  );
}
