import { ResourceEdit } from '../common/pages';
import { MajorInputs } from './MajorInputs';

export function MajorEdit() {
  return (
    <ResourceEdit>
      <MajorInputs />
    </ResourceEdit>
  );
}
