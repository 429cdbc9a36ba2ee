import { ResourceCreate } from '../common/pages';
import { MajorInputs } from './MajorInputs';

export function MajorCreate() {
  return (
    <ResourceCreate>
      <MajorInputs />
    </ResourceCreate>
  );
}
