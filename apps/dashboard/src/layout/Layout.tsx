import AssessmentIcon from '@mui/icons-material/Assessment';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import FilterAltIcon from '@mui/icons-material/FilterAlt';
import KeyIcon from '@mui/icons-material/Key';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import SchoolIcon from '@mui/icons-material/School';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { Badge, createTheme, ListItemIcon, ListItemText, MenuItem, Theme, ThemeProvider } from '@mui/material';
import { enUS, zhCN } from '@mui/material/locale';
import { forwardRef, ReactNode, useMemo, useState } from 'react';
import { AppBar as RaAppBar, Layout as RaLayout, Logout, Menu as RaMenu, TitlePortal, useCanAccess, useGetResourceLabel, useLocale, UserMenu, useTranslate, useUserMenu } from 'react-admin';
import { Link } from 'react-router-dom';
import { ChangePassword } from '../account/ChangePassword';
import { CalendarLinkMenuItem } from '../calendar/CalendarLinkMenuItem';
import { useOverdueCount } from '../followups/MyTasksCard';
import { SearchBox } from '../search/SearchBox';
import { readSession } from '../session';
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
  // the trash is where the admin restores and purges; nobody else may do either
  const { canAccess: mayRestore } = useCanAccess({ action: 'restore', resource: 'enterprises' });
  const { canAccess: mayImport } = useCanAccess({ action: 'create', resource: 'imports' });
  // the clean-up page exists to merge twins, which only the admin does
  const { canAccess: mayMerge } = useCanAccess({ action: 'merge', resource: 'enterprises' });
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
      {mayRestore && <RaMenu.Item to="/trash" primaryText="crm.trash.menu" leftIcon={<DeleteSweepIcon />} />}
      {mayImport && <RaMenu.Item to="/import" primaryText="crm.imports.menu" leftIcon={<UploadFileIcon />} />}
      {mayMerge && <RaMenu.Item to="/duplicates" primaryText="crm.duplicates.menu" leftIcon={<ContentCopyIcon />} />}
    </RaMenu>
  );
}

const ChangePasswordItem = forwardRef<HTMLAnchorElement>(function ChangePasswordItem(props, ref) {
  const userMenu = useUserMenu();
  const translate = useTranslate();
  return (
    <MenuItem component={Link} to="/password" ref={ref} onClick={() => userMenu?.onClose()} {...props}>
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('crm.account.changePassword')}</ListItemText>
    </MenuItem>
  );
});

function AppBar() {
  return (
    <RaAppBar
      color="primary"
      userMenu={
        <UserMenu>
          <ChangePasswordItem />
          <CalendarLinkMenuItem />
          <Logout />
        </UserMenu>
      }
    >
      <TitlePortal />
      <SearchBox />
    </RaAppBar>
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

/** Until a user with a password someone else chose has picked their own, that is all the page offers. */
export function Layout({ children }: { children: ReactNode }) {
  const [mustChange, setMustChange] = useState(() => !!readSession()?.user.mustChangePassword);
  const page = mustChange ? <ChangePassword forced onChanged={() => setMustChange(false)} /> : children;
  return (
    <MuiLocale>
      <RaLayout menu={Menu} appBar={AppBar}>
        <AccountLocale />
        {page}
      </RaLayout>
    </MuiLocale>
  );
}
