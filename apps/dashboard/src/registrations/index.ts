import HowToRegIcon from '@mui/icons-material/HowToReg';
import type { RegistrationRecord } from '@crm/domain';
import { RegistrationList } from './RegistrationList';

export default {
  list: RegistrationList,
  icon: HowToRegIcon,
  recordRepresentation: (registration: RegistrationRecord) => `${registration.organisation} · ${registration.name}`,
};
