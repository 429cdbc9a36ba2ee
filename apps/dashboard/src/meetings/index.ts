import MeetingIcon from '@mui/icons-material/EventNote';
import type { Meeting } from '@crm/domain';
import { formPages } from '../common/pages';
import { MeetingInputs } from './MeetingInputs';
import { MeetingList } from './MeetingList';
import { MeetingShow } from './MeetingShow';

export default {
  list: MeetingList,
  show: MeetingShow,
  ...formPages(MeetingInputs),
  icon: MeetingIcon,
  recordRepresentation: (meeting: Meeting) => `${meeting.startsAt.slice(0, 10)} ${meeting.title}`,
};
