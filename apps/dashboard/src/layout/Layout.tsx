import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { ReactNode } from 'react';
import { AppBar as RaAppBar, Layout as RaLayout, Menu as RaMenu } from 'react-admin';

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
      <RaMenu.ResourceItem name="intakes" />
      <RaMenu.ResourceItem name="tasks" />
      <RaMenu.ResourceItem name="units" />
      <RaMenu.ResourceItem name="majors" />
      <RaMenu.ResourceItem name="staff" />
      <RaMenu.ResourceItem name="memberships" />
      <RaMenu.ResourceItem name="audit-events" />
    </RaMenu>
  );
}

function AppBar() {
  return <RaAppBar color="primary" />;
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout menu={Menu} appBar={AppBar}>
      {children}
    </RaLayout>
  );
}
