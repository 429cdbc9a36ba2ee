import HistoryIcon from '@mui/icons-material/History';
import type { AuditEvent } from '@crm/domain';
import { appI18n, vocabularyKey } from '../i18n';
import { AuditList } from './AuditList';
import { AuditShow } from './AuditShow';

/** Read-only: the API writes the trail; nobody edits it. */
export default {
  list: AuditList,
  show: AuditShow,
  icon: HistoryIcon,
  // called outside React: the app's translator gives the action and the resource in the current language
  recordRepresentation: (event: AuditEvent) =>
    `${appI18n().translate(vocabularyKey('auditActions', event.action))} ${appI18n().translate(`resources.${event.resource}.name`, { smart_count: 1, _: event.resource })} #${event.recordId}`,
};
