import ChamberIcon from '@mui/icons-material/Groups';
import type { Chamber } from '@crm/domain';
import { ChamberCreate } from './ChamberCreate';
import { ChamberEdit } from './ChamberEdit';
import { ChamberList } from './ChamberList';
import { ChamberShow } from './ChamberShow';

export default {
  list: ChamberList,
  show: ChamberShow,
  edit: ChamberEdit,
  create: ChamberCreate,
  icon: ChamberIcon,
  recordRepresentation: (chamber: Chamber) => chamber.name,
};
