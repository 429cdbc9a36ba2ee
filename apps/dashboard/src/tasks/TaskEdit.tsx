import { ResourceEdit } from '../common/pages';
import { TaskInputs, validateTask } from './TaskInputs';

export function TaskEdit() {
  return (
    <ResourceEdit validate={validateTask}>
      <TaskInputs />
    </ResourceEdit>
  );
}
