import UnitIcon from '@mui/icons-material/AccountBalance';
import type { Unit } from '@crm/domain';
import { UnitCreate } from './UnitCreate';
import { UnitEdit } from './UnitEdit';
import { UnitList } from './UnitList';
import { UnitShow } from './UnitShow';

export default {
  list: UnitList,
  show: UnitShow,
  edit: UnitEdit,
  create: UnitCreate,
  icon: UnitIcon,
  recordRepresentation: (unit: Unit) => unit.name,
};
