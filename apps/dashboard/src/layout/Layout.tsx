import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import KeyIcon from '@mui/icons-material/Key';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { createTheme, ListItemIcon, ListItemText, MenuItem, Theme, ThemeProvider } from '@mui/material';
import { enUS, zhCN } from '@mui/material/locale';
import { forwardRef, ReactNode, useMemo, useState } from 'react';
import { AppBar as RaAppBar, Layout as RaLayout, Logout, Menu as RaMenu, UserMenu, useCanAccess, useLocale, useTranslate, useUserMenu } from 'react-admin';
import { Link } from 'react-router-dom';
import { ChangePassword } from '../account/ChangePassword';
import { readSession } from '../session';
import { AccountLocale } from './AccountLocale';

function Menu() {
  // the trash is where the admin restores and purges; nobody else may do either
  const { canAccess: mayRestore } = useCanAccess({ action: 'restore', resource: 'enterprises' });
  return (
    <RaMenu>
      <RaMenu.DashboardItem primaryText="crm.menu.home" />
      <RaMenu.ResourceItem name="meetings" />
      <RaMenu.ResourceItem name="enterprises" />
      <RaMenu.ResourceItem name="chambers" />
      <RaMenu.ResourceItem name="contacts" />
      <RaMenu.ResourceItem name="outcomes" />
      <RaMenu.Item to="/board" primaryText="crm.menu.board" leftIcon={<ViewKanbanIcon />} />
      <RaMenu.ResourceItem name="intakes" />
      <RaMenu.ResourceItem name="tasks" />
      <RaMenu.ResourceItem name="units" />
      <RaMenu.ResourceItem name="majors" />
      <RaMenu.ResourceItem name="staff" />
      <RaMenu.ResourceItem name="memberships" />
      <RaMenu.ResourceItem name="audit-events" />
      {mayRestore && <RaMenu.Item to="/trash" primaryText="crm.trash.menu" leftIcon={<DeleteSweepIcon />} />}
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
