import { ResourceCreate } from '../common/pages';
import { TaskInputs, validateTask } from './TaskInputs';

export function TaskCreate() {
  return (
    <ResourceCreate validate={validateTask}>
      <TaskInputs />
    </ResourceCreate>
  );
}
