import { Injectable } from '@nestjs/common';
import { academicYearOf, TASK_SUBJECT_FIELDS, taskFollowsNothing } from '@crm/domain';
import { CrudDependencies, CrudService } from '../common/crud.service';
import { fieldErrors } from '../common/errors';
import { ListSpec } from '../common/list-query';
import { Task } from './task.entity';
import { msg } from '../common/i18n';
import { UpdateTaskBody } from './task.dto';

@Injectable()
export class TasksService extends CrudService<Task> {
  readonly resource = 'tasks';
  protected readonly spec: ListSpec = {
    fields: {
      title: 'string',
      dueDate: 'date',
      assigneeId: 'id',
      doneAt: 'datetime',
      meetingId: 'id',
      enterpriseId: 'id',
      outcomeId: 'id',
      academicYear: 'string',
    },
    search: ['title', 'notes'],
    relations: {
      // a college's own view: tasks of its staff, and those following up its live outcomes
      unitId: (alias, param) =>
        `("${alias}"."assigneeId" IN (SELECT "id" FROM "staff" WHERE "unitId" IN (:...${param})) OR "${alias}"."outcomeId" IN (SELECT "id" FROM "outcomes" WHERE "unitId" IN (:...${param}) AND "deletedAt" IS NULL))`,
    },
    defaultSort: ['dueDate', 'ASC'],
  };
  protected readonly derivedFields = ['academicYear', 'renewalKey'];

  protected readonly updateBody = UpdateTaskBody;

  constructor(dependencies: CrudDependencies) {
    super(Task, dependencies);
  }

  protected derive(draft: Task): void {
    draft.academicYear = academicYearOf(draft.dueDate ?? draft.createdAt ?? new Date());
  }

  /** Nothing agreed may float free: every follow-up hangs on a meeting, an enterprise or an outcome. */
  protected async check(_manager: unknown, draft: Task): Promise<void> {
    if (taskFollowsNothing(draft)) {
      const problem = msg('resources.taskSubjectField');
      throw fieldErrors(
        Object.fromEntries(TASK_SUBJECT_FIELDS.map((field) => [field, problem])),
        msg('resources.taskNeedsSubject'),
      );
    }
  }
}
