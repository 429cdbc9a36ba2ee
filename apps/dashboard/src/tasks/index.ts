import TaskIcon from '@mui/icons-material/TaskAlt';
import type { Task } from '@crm/domain';
import { TaskCreate } from './TaskCreate';
import { TaskEdit } from './TaskEdit';
import { TaskList } from './TaskList';
import { TaskShow } from './TaskShow';

export default {
  list: TaskList,
  show: TaskShow,
  edit: TaskEdit,
  create: TaskCreate,
  icon: TaskIcon,
  recordRepresentation: (task: Task) => task.title,
};
