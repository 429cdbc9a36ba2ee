import MajorIcon from '@mui/icons-material/School';
import type { Major } from '@crm/domain';
import { formPages } from '../common/pages';
import { MajorInputs } from './MajorInputs';
import { MajorList } from './MajorList';
import { MajorShow } from './MajorShow';

export default {
  list: MajorList,
  show: MajorShow,
  ...formPages(MajorInputs),
  icon: MajorIcon,
  recordRepresentation: (major: Major) => `${major.code} ${major.name}`,
};
