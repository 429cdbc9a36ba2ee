import MembershipIcon from '@mui/icons-material/Link';
import type { Membership } from '@crm/domain';
import { i18nProvider } from '../i18n';
import { MembershipCreate } from './MembershipCreate';
import { MembershipEdit } from './MembershipEdit';
import { MembershipList } from './MembershipList';

/** Memberships are read on the chamber and enterprise pages; they have no page of their own. */
export default {
  list: MembershipList,
  edit: MembershipEdit,
  create: MembershipCreate,
  icon: MembershipIcon,
  recordRepresentation: (membership: Membership) => membership.role ?? i18nProvider.translate('crm.memberships.member'),
};
