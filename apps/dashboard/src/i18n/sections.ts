import agreementsMessages from '../agreements/messages';
import attachmentsMessages from '../attachments/messages';
import calendarMessages from '../calendar/messages';
import commonMessages from '../common/messages';
import followupsMessages from '../followups/messages';
import homeMessages from '../home/messages';
import lessTypingMessages from '../lesstyping/messages';
import newsMessages from '../news/messages';
import reportsMessages from '../reports/messages';
import type { MessageSection } from './define';
import { vocabularySection } from './vocabulary';

/**
 * The sections of the dashboard's catalogue, merged over react-admin's own strings in this order.
 * A feature adds its `messages.ts` (`export default defineMessages({ en, 'zh-CN' })`) and one line here.
 */
export const SECTIONS: MessageSection[] = [
  vocabularySection,
  commonMessages,
  homeMessages,
  reportsMessages,
  followupsMessages,
  agreementsMessages,
  newsMessages,
  attachmentsMessages,
  calendarMessages,
  lessTypingMessages,
];
