import StaffIcon from '@mui/icons-material/Badge';
import type { Staff } from '@crm/domain';
import { formPages } from '../common/pages';
import { StaffInputs, validateStaff } from './StaffInputs';
import { StaffEdit } from './StaffEdit';
import { StaffList } from './StaffList';
import { StaffShow } from './StaffShow';

export default {
  list: StaffList,
  show: StaffShow,
  edit: StaffEdit,
  create: formPages(StaffInputs, { validate: validateStaff }).create,
  icon: StaffIcon,
  recordRepresentation: (staff: Staff) => (staff.title ? `${staff.name}, ${staff.title}` : staff.name),
};
