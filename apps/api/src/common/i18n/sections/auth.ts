import { defineMessages } from '../define';

export default defineMessages(
  'auth',
  {
    sessionExpired: 'Your session has expired; log in again.',
    badCredentials: 'The username or password is wrong.',
    adminName: 'Administrator',
  },
  {
    sessionExpired: '登录已过期，请重新登录。',
    badCredentials: '用户名或密码错误。',
    adminName: '系统管理员',
  },
);
