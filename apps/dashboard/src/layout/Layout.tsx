import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import KeyIcon from '@mui/icons-material/Key';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { forwardRef, ReactNode, useState } from 'react';
import { AppBar as RaAppBar, Layout as RaLayout, Logout, Menu as RaMenu, UserMenu, useCanAccess, useUserMenu } from 'react-admin';
import { Link } from 'react-router-dom';
import { ChangePassword } from '../account/ChangePassword';
import { readSession } from '../session';

function Menu() {
  // the trash is where the admin restores and purges; nobody else may do either
  const { canAccess: mayRestore } = useCanAccess({ action: 'restore', resource: 'enterprises' });
  return (
    <RaMenu>
      <RaMenu.DashboardItem primaryText="Home" />
      <RaMenu.ResourceItem name="meetings" />
      <RaMenu.ResourceItem name="enterprises" />
      <RaMenu.ResourceItem name="chambers" />
      <RaMenu.ResourceItem name="contacts" />
      <RaMenu.ResourceItem name="outcomes" />
      <RaMenu.Item to="/board" primaryText="Outcome board" leftIcon={<ViewKanbanIcon />} />
      <RaMenu.ResourceItem name="intakes" />
      <RaMenu.ResourceItem name="tasks" />
      <RaMenu.ResourceItem name="units" />
      <RaMenu.ResourceItem name="majors" />
      <RaMenu.ResourceItem name="staff" />
      <RaMenu.ResourceItem name="memberships" />
      <RaMenu.ResourceItem name="audit-events" />
      {mayRestore && <RaMenu.Item to="/trash" primaryText="Trash" leftIcon={<DeleteSweepIcon />} />}
    </RaMenu>
  );
}

const ChangePasswordItem = forwardRef<HTMLAnchorElement>(function ChangePasswordItem(props, ref) {
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to="/password" ref={ref} onClick={() => userMenu?.onClose()} {...props}>
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>Change password</ListItemText>
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

/** Until a user with a password someone else chose has picked their own, that is all the page offers. */
export function Layout({ children }: { children: ReactNode }) {
  const [mustChange, setMustChange] = useState(() => !!readSession()?.user.mustChangePassword);
  return (
    <RaLayout menu={Menu} appBar={AppBar}>
      {mustChange ? <ChangePassword forced onChanged={() => setMustChange(false)} /> : children}
    </RaLayout>
  );
}
