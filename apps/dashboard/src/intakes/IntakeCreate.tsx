import { ResourceCreate } from '../common/pages';
import { IntakeInputs } from './IntakeInputs';

export function IntakeCreate() {
  return (
    <ResourceCreate>
      <IntakeInputs />
    </ResourceCreate>
  );
}
