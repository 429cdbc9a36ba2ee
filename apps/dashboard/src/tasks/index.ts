import TaskIcon from '@mui/icons-material/TaskAlt';
import type { Task } from '@crm/domain';
import { formPages } from '../common/pages';
import { TaskInputs, validateTask } from './TaskInputs';
import { TaskList } from './TaskList';
import { TaskShow } from './TaskShow';

export default {
  list: TaskList,
  show: TaskShow,
  ...formPages(TaskInputs, { validate: validateTask }),
  icon: TaskIcon,
  recordRepresentation: (task: Task) => task.title,
};
