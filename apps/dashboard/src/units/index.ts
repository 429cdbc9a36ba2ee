import UnitIcon from '@mui/icons-material/AccountBalance';
import type { Unit } from '@crm/domain';
import { formPages } from '../common/pages';
import { UnitInputs } from './UnitInputs';
import { UnitList } from './UnitList';
import { UnitShow } from './UnitShow';

export default {
  list: UnitList,
  show: UnitShow,
  ...formPages(UnitInputs),
  icon: UnitIcon,
  recordRepresentation: (unit: Unit) => unit.name,
};
