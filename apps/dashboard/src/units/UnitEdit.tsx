import { ResourceEdit } from '../common/pages';
import { UnitInputs } from './UnitInputs';

export function UnitEdit() {
  return (
    <ResourceEdit>
      <UnitInputs />
    </ResourceEdit>
  );
}
