import OutcomeIcon from '@mui/icons-material/Handshake';
import type { Outcome } from '@crm/domain';
import { formPages } from '../common/pages';
import { OutcomeInputs } from './OutcomeInputs';
import { OutcomeList } from './OutcomeList';
import { OutcomeShow } from './OutcomeShow';

export default {
  list: OutcomeList,
  show: OutcomeShow,
  ...formPages(OutcomeInputs),
  icon: OutcomeIcon,
  recordRepresentation: (outcome: Outcome) => outcome.title,
};
