import accountMessages from '../account/messages';
import annualReportMessages from '../annual-report/messages';
import agreementsMessages from '../agreements/messages';
import attachmentsMessages from '../attachments/messages';
import auditMessages from '../audit/messages';
import calendarMessages from '../calendar/messages';
import campaignsMessages from '../campaigns/messages';
import chambersMessages from '../chambers/messages';
import commonMessages from '../common/messages';
import duplicatesMessages from '../duplicates/messages';
import exportsMessages from '../exports/messages';
import contactsMessages from '../contacts/messages';
import enterprisesMessages from '../enterprises/messages';
import followupsMessages from '../followups/messages';
import guestMessages from '../guest/messages';
import homeMessages from '../home/messages';
import importsMessages from '../imports/messages';
import intakesMessages from '../intakes/messages';
import lessTypingMessages from '../lesstyping/messages';
import majorsMessages from '../majors/messages';
import meetingsMessages from '../meetings/messages';
import membershipsMessages from '../memberships/messages';
import newsMessages from '../news/messages';
import notificationsMessages from '../notifications/messages';
import outcomesMessages from '../outcomes/messages';
import registrationsMessages from '../registrations/messages';
import reportsMessages from '../reports/messages';
import searchMessages from '../search/messages';
import staffMessages from '../staff/messages';
import tasksMessages from '../tasks/messages';
import teacherPracticesMessages from '../teacher-practices/messages';
import unitsMessages from '../units/messages';
import visitsMessages from '../visits/messages';
import type { MessageSection } from './define';
import { resourceNamesSection } from './resource-names';
import { vocabularySection } from './vocabulary';

/**
 * The sections of the dashboard's catalogue, merged over react-admin's own strings in this order.
 * A feature adds its `messages.ts` (`export default defineMessages({ en, 'zh-CN' })`) and one line here.
 */
export const SECTIONS: MessageSection[] = [
  vocabularySection,
  resourceNamesSection,
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
  lessTypingMessages,
  searchMessages,
];
