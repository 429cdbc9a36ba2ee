import FilterAltIcon from '@mui/icons-material/FilterAlt';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import SchoolIcon from '@mui/icons-material/School';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { Badge, createTheme, Theme, ThemeProvider } from '@mui/material';
import { enUS, zhCN } from '@mui/material/locale';
import { ReactNode, useMemo } from 'react';
import { AppBar as RaAppBar, Layout as RaLayout, Logout, Menu as RaMenu, useGetResourceLabel, useLocale, UserMenu, useTranslate } from 'react-admin';
import { CalendarLinkMenuItem } from '../calendar/CalendarLinkMenuItem';
import { useOverdueCount } from '../followups/MyTasksCard';
import { AccountLocale } from './AccountLocale';

/** The tasks menu item carries how many of mine are overdue. */
function TasksItem() {
  const overdue = useOverdueCount();
  const translate = useTranslate();
  const resourceLabel = useGetResourceLabel();
  return (
    <RaMenu.ResourceItem
      name="tasks"
      primaryText={
        <Badge badgeContent={overdue} color="error" max={999} title={overdue ? translate('crm.followups.overdueInMenu', { count: overdue }) : undefined} slotProps={{ badge: { 'data-testid': 'overdue-badge' } as object }} sx={{ pr: overdue ? 2 : 0 }}>
          {resourceLabel('tasks', 2)}
        </Badge>
      }
    />
  );
}

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
      <RaMenu.Item to="/funnel" primaryText="crm.menu.funnel" leftIcon={<FilterAltIcon />} />
      <RaMenu.Item to="/chamber-ranking" primaryText="crm.menu.chambersRanking" leftIcon={<LeaderboardIcon />} />
      <RaMenu.Item to="/internships" primaryText="crm.menu.internships" leftIcon={<SchoolIcon />} />
      <RaMenu.ResourceItem name="intakes" />
      <TasksItem />
      <RaMenu.ResourceItem name="units" />
      <RaMenu.ResourceItem name="majors" />
      <RaMenu.ResourceItem name="staff" />
      <RaMenu.ResourceItem name="memberships" />
      <RaMenu.ResourceItem name="audit-events" />
    </RaMenu>
  );
}

/** react-admin's app bar; its language menu appears because the i18nProvider offers two locales. */
function AppBar() {
  return (
    <RaAppBar
      color="primary"
      userMenu={
        <UserMenu>
          <CalendarLinkMenuItem />
          <Logout />
        </UserMenu>
      }
    />
  );
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
