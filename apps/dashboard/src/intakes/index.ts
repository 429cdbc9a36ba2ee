import IntakeIcon from '@mui/icons-material/Work';
import type { Intake } from '@crm/domain';
import { IntakeCreate } from './IntakeCreate';
import { IntakeEdit } from './IntakeEdit';
import { IntakeList } from './IntakeList';
import { IntakeShow } from './IntakeShow';

export default {
  list: IntakeList,
  show: IntakeShow,
  edit: IntakeEdit,
  create: IntakeCreate,
  icon: IntakeIcon,
  recordRepresentation: (intake: Intake) => `${intake.academicYear} ${intake.term}: ${intake.placed} placed`,
};
