import { ResourceCreate } from '../common/pages';
import { MeetingInputs } from './MeetingInputs';

export function MeetingCreate() {
  return (
    <ResourceCreate>
      <MeetingInputs />
    </ResourceCreate>
  );
}
