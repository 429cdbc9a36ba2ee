import EnterpriseIcon from '@mui/icons-material/Business';
import type { Enterprise } from '@crm/domain';
import { EnterpriseCreate } from './EnterpriseCreate';
import { EnterpriseEdit } from './EnterpriseEdit';
import { EnterpriseList } from './EnterpriseList';
import { EnterpriseShow } from './EnterpriseShow';

export default {
  list: EnterpriseList,
  show: EnterpriseShow,
  edit: EnterpriseEdit,
  create: EnterpriseCreate,
  icon: EnterpriseIcon,
  recordRepresentation: (enterprise: Enterprise) => enterprise.name,
};
