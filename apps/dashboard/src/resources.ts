import AddLocationIcon from '@mui/icons-material/AddLocationAlt';
import AssessmentIcon from '@mui/icons-material/Assessment';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import FilterAltIcon from '@mui/icons-material/FilterAlt';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import SchoolIcon from '@mui/icons-material/School';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { lazy, type ComponentType } from 'react';
import type { ResourceProps } from 'react-admin';
import type { ResourceName } from '@crm/domain';
import { ChangePassword } from './account/ChangePassword';
import audit from './audit';
import campaignQuotas from './campaign-quotas';
import campaigns from './campaigns';
import chambers from './chambers';
import contacts from './contacts';
import enterprises from './enterprises';
import { TasksMenuItem } from './tasks/TasksMenuItem';
import intakes from './intakes';
import majors from './majors';
import meetings from './meetings';
import memberships from './memberships';
import outcomes from './outcomes';
import registrations from './registrations';
import staff from './staff';
import tasks from './tasks';
import teacherPractices from './teacher-practices';
import units from './units';

/** A resource of the API with its pages (list, show, edit, create); `menuItem` replaces its plain menu entry. */
export interface ResourceEntry {
  kind: 'resource';
  /** A resource of the list in libs/domain (resources.ts), which names it in both languages. */
  name: ResourceName;
  definition: Omit<ResourceProps, 'name'>;
  menuItem?: ComponentType;
}

export interface PageMenu {
  /** A key of the dashboard's catalogue. */
  label: string;
  icon: ComponentType;
  /** Shown only to the roles the permission table lets do this. */
  access?: { action: string; resource: string };
}

/** A page of its own at /path; in the menu when it has `menu`. */
export interface PageEntry {
  kind: 'page';
  path: string;
  page: ComponentType;
  menu?: PageMenu;
}

const resource = (
  name: ResourceName,
  definition: Omit<ResourceProps, 'name'>,
  menuItem?: ComponentType,
): ResourceEntry => ({ kind: 'resource', name, definition, menuItem });
const page = (path: string, component: ComponentType, menu?: PageMenu): PageEntry => ({
  kind: 'page',
  path,
  page: component,
  menu,
});

/**
 * The dashboard's resources and pages, declared once and in menu order: App.tsx registers every
 * resource and route from here, the menu (layout/Layout.tsx) lists them. A new resource is its
 * folder (index.ts: list, show, edit, create) and one line here.
 */
export const DASHBOARD: (ResourceEntry | PageEntry)[] = [
  // first in the menu: on a phone, a visit is what the app is opened for
  page(
    'visit',
    lazy(() => import('./visits/VisitPage')),
    { label: 'crm.visits.menu', icon: AddLocationIcon, access: { action: 'create', resource: 'meetings' } },
  ),
  resource('meetings', meetings),
  resource('registrations', registrations),
  resource('enterprises', enterprises),
  resource('chambers', chambers),
  resource('contacts', contacts),
  resource('outcomes', outcomes),
  page(
    'board',
    lazy(() => import('./outcomes/OutcomeBoard')),
    { label: 'crm.menu.board', icon: ViewKanbanIcon },
  ),
  page(
    'annual-report',
    lazy(() => import('./annual-report/AnnualReportPage')),
    { label: 'crm.annualReport.menu', icon: AssessmentIcon },
  ),
  page(
    'funnel',
    lazy(() => import('./reports/Funnel')),
    { label: 'crm.menu.funnel', icon: FilterAltIcon },
  ),
  page(
    'chamber-ranking',
    lazy(() => import('./reports/ChamberRanking')),
    { label: 'crm.menu.chambersRanking', icon: LeaderboardIcon },
  ),
  page(
    'internships',
    lazy(() => import('./reports/InternshipReport')),
    { label: 'crm.menu.internships', icon: SchoolIcon },
  ),
  resource('campaigns', campaigns),
  resource('campaign-quotas', campaignQuotas),
  resource('intakes', intakes),
  resource('teacher-practices', teacherPractices),
  resource('tasks', tasks, TasksMenuItem),
  resource('units', units),
  resource('majors', majors),
  resource('staff', staff),
  resource('memberships', memberships),
  resource('audit-events', audit),
  // the trash is where the admin restores and purges; nobody else may do either
  page(
    'trash',
    lazy(() => import('./trash/TrashPage')),
    { label: 'crm.trash.menu', icon: DeleteSweepIcon, access: { action: 'restore', resource: 'enterprises' } },
  ),
  page(
    'import',
    lazy(() => import('./imports/ImportPage')),
    { label: 'crm.imports.menu', icon: UploadFileIcon, access: { action: 'create', resource: 'imports' } },
  ),
  // the clean-up page exists to merge twins, which only the admin does
  page(
    'duplicates',
    lazy(() => import('./duplicates/DuplicatesPage')),
    { label: 'crm.duplicates.menu', icon: ContentCopyIcon, access: { action: 'merge', resource: 'enterprises' } },
  ),
  page(
    'notifications',
    lazy(() => import('./notifications/NotificationsPage')),
  ),
  // the outbox holds every address and the robots' keys: the admin's
  page(
    'notification-deliveries',
    lazy(() => import('./notifications/DeliveriesPage')),
    {
      label: 'crm.notifications.deliveries',
      icon: MarkEmailReadIcon,
      access: { action: 'read', resource: 'notification-deliveries' },
    },
  ),
  page('password', ChangePassword),
  page(
    'merge/:resource/:keepId/:otherId',
    lazy(() => import('./duplicates/MergePage')),
  ),
];
