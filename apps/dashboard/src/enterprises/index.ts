import EnterpriseIcon from '@mui/icons-material/Business';
import type { Enterprise } from '@crm/domain';
import { formPages } from '../common/pages';
import { EnterpriseInputs } from './EnterpriseInputs';
import { EnterpriseList } from './EnterpriseList';
import { EnterpriseShow } from './EnterpriseShow';

export default {
  list: EnterpriseList,
  show: EnterpriseShow,
  ...formPages(EnterpriseInputs),
  icon: EnterpriseIcon,
  recordRepresentation: (enterprise: Enterprise) => enterprise.name,
};
