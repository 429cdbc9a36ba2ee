import MeetingIcon from '@mui/icons-material/EventNote';
import type { Meeting } from '@crm/domain';
import { MeetingCreate } from './MeetingCreate';
import { MeetingEdit } from './MeetingEdit';
import { MeetingList } from './MeetingList';
import { MeetingShow } from './MeetingShow';

export default {
  list: MeetingList,
  show: MeetingShow,
  edit: MeetingEdit,
  create: MeetingCreate,
  icon: MeetingIcon,
  recordRepresentation: (meeting: Meeting) => `${meeting.startsAt.slice(0, 10)} ${meeting.title}`,
};
