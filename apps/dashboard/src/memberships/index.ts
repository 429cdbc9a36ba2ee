import MembershipIcon from '@mui/icons-material/Link';
import type { Membership } from '@crm/domain';
import { appI18n } from '../i18n';
import { formPages } from '../common/pages';
import { MembershipInputs } from './MembershipInputs';
import { MembershipList } from './MembershipList';

/** Memberships are read on the chamber and enterprise pages; they have no page of their own. */
export default {
  list: MembershipList,
  ...formPages(MembershipInputs),
  icon: MembershipIcon,
  recordRepresentation: (membership: Membership) => membership.role ?? appI18n().translate('crm.memberships.member'),
};
