import { defineMessages } from '../define';

export default defineMessages(
  'auth',
  {
    sessionExpired: 'Your session has expired; log in again.',
    badCredentials: 'The username or password is wrong.',
    adminName: 'Administrator',
    mustChangePassword: 'Your password was set by someone else: change it before doing anything else.',
  },
  {
    sessionExpired: '登录已过期，请重新登录。',
    badCredentials: '用户名或密码错误。',
    adminName: '系统管理员',
    mustChangePassword: '您的密码由他人设置，请先修改密码后再进行其他操作。',
  },
);
