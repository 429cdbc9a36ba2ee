import { ResourceCreate } from '../common/pages';
import { EnterpriseInputs } from './EnterpriseInputs';

export function EnterpriseCreate() {
  return (
    <ResourceCreate>
      <EnterpriseInputs />
    </ResourceCreate>
  );
}
