import { ResourceEdit } from '../common/pages';
import { MembershipInputs } from './MembershipInputs';

export function MembershipEdit() {
  return (
    <ResourceEdit>
      <MembershipInputs />
    </ResourceEdit>
  );
}
