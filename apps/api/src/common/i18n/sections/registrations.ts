import { defineMessages } from '../define';

/** The public side: registration for a meeting, the door, the survey, the standing sign-up, and the review queue. */
export default defineMessages(
  'registrations',
  {
    noLink: 'This link is not open (it may have closed or expired); ask the school for a new one.',
    tooMany: 'Too many requests from here to this link; try again in {minutes} minutes.',
    bodyTooLarge: 'The form may be at most {max} kB.',
    phone: 'must be a phone number (digits, with +, spaces or dashes)',
    satisfaction: 'must be a whole number from 1 to 5',
    wants: 'must be a list of wants, one per kind of cooperation',
    presentTrue: 'may only be true',
    closesInPast: 'must be in the future',
    full: 'Registration is full; contact the school.',
    unknownGuest: 'No registration with this code or phone number for this meeting.',
    codeOrPhone: 'give the registration code or the phone number',
    notPending: 'This registration was already dealt with ({status}).',
    conflict:
      '“{organisation}” matches more than one enterprise, or one with another credit code: settle it on the enterprise first.',
  },
  {
    noLink: '此链接未开放（可能已关闭或过期），请向学校索取新链接。',
    tooMany: '此处对该链接的请求过多，请 {minutes} 分钟后再试。',
    bodyTooLarge: '表单最多 {max} kB。',
    phone: '必须是电话号码（数字，可含 +、空格或短横线）',
    satisfaction: '必须是 1 到 5 的整数',
    wants: '必须是需求列表，每种合作一项',
    presentTrue: '只能为 true',
    closesInPast: '必须是将来的时间',
    full: '报名已满，请联系学校。',
    unknownGuest: '本次会议没有此报名码或电话号码的报名。',
    codeOrPhone: '请填写报名码或电话号码',
    notPending: '此报名登记已处理（{status}）。',
    conflict: '“{organisation}”匹配到多家企业，或匹配到的企业信用代码不同：请先在企业处理。',
  },
);
