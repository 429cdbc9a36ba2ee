import MajorIcon from '@mui/icons-material/School';
import type { Major } from '@crm/domain';
import { MajorCreate } from './MajorCreate';
import { MajorEdit } from './MajorEdit';
import { MajorList } from './MajorList';
import { MajorShow } from './MajorShow';

export default {
  list: MajorList,
  show: MajorShow,
  edit: MajorEdit,
  create: MajorCreate,
  icon: MajorIcon,
  recordRepresentation: (major: Major) => `${major.code} ${major.name}`,
};
