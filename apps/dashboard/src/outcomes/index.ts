import OutcomeIcon from '@mui/icons-material/Handshake';
import type { Outcome } from '@crm/domain';
import { OutcomeCreate } from './OutcomeCreate';
import { OutcomeEdit } from './OutcomeEdit';
import { OutcomeList } from './OutcomeList';
import { OutcomeShow } from './OutcomeShow';

export default {
  list: OutcomeList,
  show: OutcomeShow,
  edit: OutcomeEdit,
  create: OutcomeCreate,
  icon: OutcomeIcon,
  recordRepresentation: (outcome: Outcome) => outcome.title,
};
