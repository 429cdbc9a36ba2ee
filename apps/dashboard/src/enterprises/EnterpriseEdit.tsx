import { ResourceEdit } from '../common/pages';
import { EnterpriseInputs } from './EnterpriseInputs';

export function EnterpriseEdit() {
  return (
    <ResourceEdit>
      <EnterpriseInputs />
    </ResourceEdit>
  );
}
