import commonMessages from '../common/messages';
import homeMessages from '../home/messages';
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
];
