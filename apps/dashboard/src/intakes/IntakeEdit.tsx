import { ResourceEdit } from '../common/pages';
import { IntakeInputs } from './IntakeInputs';

export function IntakeEdit() {
  return (
    <ResourceEdit>
      <IntakeInputs />
    </ResourceEdit>
  );
}
