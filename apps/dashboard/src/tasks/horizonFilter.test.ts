import { horizonFilter } from './MyTasksCard';

describe('horizonFilter', () => {
  it('narrows my open tasks to today, before today, or the seven days from today', () => {
    expect(horizonFilter('open', 7, '2025-03-10')).toEqual({ assigneeId: 7, doneAt: null });
    expect(horizonFilter('today', 7, '2025-03-10')).toEqual({ assigneeId: 7, doneAt: null, dueDate: '2025-03-10' });
    expect(horizonFilter('overdue', 7, '2025-03-10')).toEqual({
      assigneeId: 7,
      doneAt: null,
      dueDate_lt: '2025-03-10',
    });
    expect(horizonFilter('week', 7, '2025-03-10')).toEqual({
      assigneeId: 7,
      doneAt: null,
      dueDate_gte: '2025-03-10',
      dueDate_lte: '2025-03-16',
    });
  });
});
