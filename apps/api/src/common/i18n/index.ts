export { CATALOGUE, msg, requestLocale, translate, vocabularyLabel, withMessage } from './catalogue';
export type { MessageKey, SectionKey } from './catalogue';
export { defineMessages } from './define';
export { decodeMessage, encodeMessage, isMessage } from './message';
export type { Message, MessageParam } from './message';
export { RequestLocale } from './request-locale';
