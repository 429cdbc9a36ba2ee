import { ResourceCreate } from '../common/pages';
import { MembershipInputs } from './MembershipInputs';

export function MembershipCreate() {
  return (
    <ResourceCreate>
      <MembershipInputs />
    </ResourceCreate>
  );
}
