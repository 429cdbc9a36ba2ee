import FilterAltIcon from '@mui/icons-material/FilterAlt';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import SchoolIcon from '@mui/icons-material/School';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { Badge } from '@mui/material';
import { ReactNode } from 'react';
import { AppBar as RaAppBar, Layout as RaLayout, Logout, Menu as RaMenu, useGetResourceLabel, UserMenu, useTranslate } from 'react-admin';
import { CalendarLinkMenuItem } from '../calendar/CalendarLinkMenuItem';
import { useOverdueCount } from '../followups/MyTasksCard';

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

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout menu={Menu} appBar={AppBar}>
      {children}
    </RaLayout>
  );
}
