import { defineMessages } from '../define';

/** The search box (GET /api/search). */
export default defineMessages(
  'search',
  {
    limit: 'must be a whole number from 1 to {max}',
  },
  {
    limit: '必须是 1 到 {max} 之间的整数',
  },
);
