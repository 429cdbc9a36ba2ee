import { ResourceEdit } from '../common/pages';
import { MeetingInputs } from './MeetingInputs';

export function MeetingEdit() {
  return (
    <ResourceEdit>
      <MeetingInputs />
    </ResourceEdit>
  );
}
