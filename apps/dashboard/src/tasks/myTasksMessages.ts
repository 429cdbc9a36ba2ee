import { defineMessages } from '../i18n/define';

export default defineMessages({
  en: {
    crm: {
      followups: {
        myTasks: 'My tasks',
        open: 'Open',
        today: 'Today',
        overdue: 'Overdue',
        week: 'This week',
        nothing: 'Nothing here. Well done.',
        markDone: 'Mark done',
        done: 'Task done',
        due: 'due %{date}',
        noDueDate: 'no due date',
        all: 'All %{count}',
        overdueInMenu: '%{count} overdue',
      },
    },
  },
  'zh-CN': {
    crm: {
      followups: {
        myTasks: '我的任务',
        open: '未完成',
        today: '今天到期',
        overdue: '已逾期',
        week: '本周',
        nothing: '这里没有任务。',
        markDone: '标记为完成',
        done: '任务已完成',
        due: '%{date} 到期',
        noDueDate: '无截止日期',
        all: '全部 %{count} 项',
        overdueInMenu: '%{count} 项逾期',
      },
    },
  },
});
