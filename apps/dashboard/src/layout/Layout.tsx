import KeyIcon from '@mui/icons-material/Key';
import { createTheme, ListItemIcon, ListItemText, MenuItem, Theme, ThemeProvider } from '@mui/material';
import { enUS, zhCN } from '@mui/material/locale';
import { forwardRef, ReactNode, useEffect, useMemo, useState } from 'react';
import {
  AppBar as RaAppBar,
  Layout as RaLayout,
  Logout,
  Menu as RaMenu,
  TitlePortal,
  useCanAccess,
  useLocale,
  UserMenu,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { ChangePassword } from '../account/ChangePassword';
import { CalendarLinkMenuItem } from '../calendar/CalendarLinkMenuItem';
import { NotificationBell } from '../notifications/NotificationBell';
import { NotificationSettingsMenuItem } from '../notifications/NotificationSettingsMenuItem';
import { DASHBOARD, type PageMenu } from '../resources';
import { SearchBox } from '../search/SearchBox';
import { onMustChangePassword, readSession } from '../session';
import { AccountLocale } from './AccountLocale';

function PageItem({ path, menu }: { path: string; menu: PageMenu }) {
  const Icon = menu.icon;
  return <RaMenu.Item to={`/${path}`} primaryText={menu.label} leftIcon={<Icon />} />;
}

/** A page that only some roles may open (the trash, imports, the clean-up) shows only to them. */
function GuardedPageItem({
  path,
  menu,
  access,
}: {
  path: string;
  menu: PageMenu;
  access: { action: string; resource: string };
}) {
  const { canAccess } = useCanAccess(access);
  return canAccess ? <PageItem path={path} menu={menu} /> : null;
}

/** The menu lists the registry (../resources.ts) in its order: the resources and the pages it shows. */
function Menu() {
  return (
    <RaMenu>
      <RaMenu.DashboardItem primaryText="crm.menu.home" />
      {DASHBOARD.map((entry) => {
        if (entry.kind === 'page') {
          if (!entry.menu) return null;
          return entry.menu.access ? (
            <GuardedPageItem key={entry.path} path={entry.path} menu={entry.menu} access={entry.menu.access} />
          ) : (
            <PageItem key={entry.path} path={entry.path} menu={entry.menu} />
          );
        }
        const Item = entry.menuItem;
        return Item ? <Item key={entry.name} /> : <RaMenu.ResourceItem key={entry.name} name={entry.name} />;
      })}
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
      // on a phone the buttons beside the title (search, language) show their icons only, leaving the title its room
      sx={{
        '& .MuiToolbar-root .MuiButton-root': {
          fontSize: { xs: 0, sm: 'inherit' },
          minWidth: { xs: 0, sm: 64 },
          px: { xs: 1, sm: 1 },
        },
      }}
      userMenu={
        <UserMenu>
          <ChangePasswordItem />
          <CalendarLinkMenuItem />
          <NotificationSettingsMenuItem />
          <Logout />
        </UserMenu>
      }
    >
      {/* on a phone the title takes two smaller lines rather than being cut to its first characters */}
      <TitlePortal
        sx={{
          minWidth: 0,
          fontSize: { xs: '0.95rem', sm: '1.25rem' },
          lineHeight: { xs: 1.2, sm: 1.6 },
          whiteSpace: { xs: 'normal', sm: 'nowrap' },
          display: { xs: '-webkit-box', sm: 'block' },
          WebkitLineClamp: 2,
          WebkitBoxOrient: 'vertical',
        }}
      />
      <SearchBox />
      <NotificationBell />
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
      createTheme(outer, locale === 'zh-CN' ? zhCN : enUS, {
        components: { RaPaginationActions: { defaultProps: { 'aria-label': pagination } } },
      }),
    [locale, pagination],
  );
  return <ThemeProvider theme={theme}>{children}</ThemeProvider>;
}

/** Until a user with a password someone else chose has picked their own, that is all the page offers. */
export function Layout({ children }: { children: ReactNode }) {
  const [mustChange, setMustChange] = useState(() => !!readSession()?.user.mustChangePassword);
  useEffect(() => onMustChangePassword(() => setMustChange(true)), []);
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
