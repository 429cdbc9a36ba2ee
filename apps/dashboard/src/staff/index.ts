import StaffIcon from '@mui/icons-material/Badge';
import type { Staff } from '@crm/domain';
import { StaffCreate } from './StaffCreate';
import { StaffEdit } from './StaffEdit';
import { StaffList } from './StaffList';
import { StaffShow } from './StaffShow';

export default {
  list: StaffList,
  show: StaffShow,
  edit: StaffEdit,
  create: StaffCreate,
  icon: StaffIcon,
  recordRepresentation: (staff: Staff) => (staff.title ? `${staff.name}, ${staff.title}` : staff.name),
};
