import ChamberIcon from '@mui/icons-material/Groups';
import type { Chamber } from '@crm/domain';
import { formPages } from '../common/pages';
import { ChamberInputs } from './ChamberInputs';
import { ChamberList } from './ChamberList';
import { ChamberShow } from './ChamberShow';

export default {
  list: ChamberList,
  show: ChamberShow,
  ...formPages(ChamberInputs),
  icon: ChamberIcon,
  recordRepresentation: (chamber: Chamber) => chamber.name,
};
