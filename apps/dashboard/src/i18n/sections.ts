import annualReportMessages from '../annual-report/messages';
import commonMessages from '../common/messages';
import duplicatesMessages from '../duplicates/messages';
import exportsMessages from '../exports/messages';
import homeMessages from '../home/messages';
import importsMessages from '../imports/messages';
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
  importsMessages,
  duplicatesMessages,
  exportsMessages,
  annualReportMessages,
];
