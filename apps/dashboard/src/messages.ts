import accountMessages from './account/messages';
import annualReportMessages from './annual-report/messages';
import agreementsMessages from './agreements/messages';
import attachmentsMessages from './attachments/messages';
import auditMessages from './audit/messages';
import calendarMessages from './calendar/messages';
import campaignsMessages from './campaigns/messages';
import chambersMessages from './chambers/messages';
import commonMessages from './common/messages';
import duplicatesMessages from './duplicates/messages';
import exportsMessages from './common/exportMessages';
import contactsMessages from './contacts/messages';
import enterprisesMessages from './enterprises/messages';
import followupsMessages from './tasks/myTasksMessages';
import guestMessages from './guest/messages';
import homeMessages from './home/messages';
import importsMessages from './imports/messages';
import intakesMessages from './intakes/messages';
import quickCreateMessages from './quick-create/messages';
import majorsMessages from './majors/messages';
import meetingsMessages from './meetings/messages';
import membershipsMessages from './memberships/messages';
import newsMessages from './meetings/newsMessages';
import notificationsMessages from './notifications/messages';
import outcomesMessages from './outcomes/messages';
import registrationsMessages from './registrations/messages';
import reportsMessages from './reports/messages';
import searchMessages from './search/messages';
import staffMessages from './staff/messages';
import tasksMessages from './tasks/messages';
import teacherPracticesMessages from './teacher-practices/messages';
import unitsMessages from './units/messages';
import visitsMessages from './visits/messages';
import type { MessageSection } from './i18n';

/**
 * Every feature's messages, handed to the catalogue here at the composition root (App.tsx installs
 * them), merged over react-admin's strings and the vocabularies in this order: i18n/ imports no
 * feature. A feature adds its `messages.ts` (`export default defineMessages({ en, 'zh-CN' })`) and one
 * line here.
 */
export const SECTIONS: MessageSection[] = [
  commonMessages,
  homeMessages,
  accountMessages,
  meetingsMessages,
  guestMessages,
  registrationsMessages,
  enterprisesMessages,
  chambersMessages,
  contactsMessages,
  outcomesMessages,
  intakesMessages,
  tasksMessages,
  teacherPracticesMessages,
  unitsMessages,
  majorsMessages,
  staffMessages,
  membershipsMessages,
  auditMessages,
  importsMessages,
  duplicatesMessages,
  exportsMessages,
  annualReportMessages,
  reportsMessages,
  followupsMessages,
  agreementsMessages,
  newsMessages,
  attachmentsMessages,
  visitsMessages,
  campaignsMessages,
  calendarMessages,
  notificationsMessages,
  quickCreateMessages,
  searchMessages,
];
