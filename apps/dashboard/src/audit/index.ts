import HistoryIcon from '@mui/icons-material/History';
import type { AuditEvent } from '@crm/domain';
import { AuditList } from './AuditList';
import { AuditShow } from './AuditShow';

/** Read-only: the API writes the trail; nobody edits it. */
export default {
  list: AuditList,
  show: AuditShow,
  icon: HistoryIcon,
  recordRepresentation: (event: AuditEvent) => `${event.action} ${event.resource} #${event.recordId}`,
};
