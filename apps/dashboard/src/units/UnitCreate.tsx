import { ResourceCreate } from '../common/pages';
import { UnitInputs } from './UnitInputs';

export function UnitCreate() {
  return (
    <ResourceCreate>
      <UnitInputs />
    </ResourceCreate>
  );
}
