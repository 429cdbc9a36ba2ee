/**
 * What a password must be: long enough, not the username, not one of the passwords every
 * guessing list starts with. One rule for the API (which enforces it) and the dashboard (which
 * says it before the form is sent).
 */
export const PASSWORD_MIN_LENGTH = 10;

/** The head of the usual guessing lists (and the Chinese favourites), compared case-insensitively. */
const COMMON_PASSWORDS = new Set(
  [
    '1234567890',
    '0123456789',
    '12345678910',
    '123456789a',
    'a123456789',
    '1234567890a',
    '0987654321',
    '1111111111',
    '0000000000',
    '1234512345',
    '1q2w3e4r5t',
    '1qaz2wsx3edc',
    'qwertyuiop',
    'qwerty1234',
    'qwerty12345',
    'asdfghjkl;',
    'asdfghjkl1',
    'zxcvbnm123',
    'password12',
    'password123',
    'password1234',
    'password!',
    'passw0rd12',
    'p@ssw0rd12',
    'p@ssword123',
    'iloveyou12',
    'iloveyou123',
    'abc1234567',
    'abcd123456',
    'abcdefghij',
    'aa12345678',
    'qq123456789',
    'woaini1314',
    'woaini520',
    '5201314520',
    '1314520520',
    'a1b2c3d4e5',
    'letmein123',
    'welcome123',
    'welcome1234',
    'admin12345',
    'admin123456',
    'administrator',
    'changeme123',
    'sunshine12',
    'football12',
    'baseball12',
    'princess12',
    'dragon1234',
    'monkey1234',
    'starwars12',
    'trustno1234',
    'whatever12',
    'superman12',
    'computer12',
    'internet12',
    'shanghai123',
    'beijing123',
    'zhangwei123',
    'qwer123456',
    'asdf123456',
    'zxcv123456',
    '123qweasdzxc',
    'q1w2e3r4t5',
    '1q2w3e4r5t6y',
    'qazwsxedc123',
    'qazwsxedcrfv',
    '147258369a',
    '1472583690',
    '9876543210',
    '123123123123',
    '1231231231',
    'abcabcabc123',
    'test123456',
    'testtest12',
    'guest12345',
    'root123456',
    'default123',
    'secret1234',
    'master1234',
  ].map((password) => password.toLowerCase()),
);

/** What can be wrong with a password; each side says it in its own catalogue. */
export const PASSWORD_PROBLEMS = ['tooShort', 'blank', 'username', 'fewCharacters', 'run', 'common'] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

/** What is wrong with a password, or null when it may be used. */
export function passwordProblem(password: string, username?: string | null): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (password.trim() === '') return 'blank';
  const folded = password.toLowerCase();
  // the username, or the username with digits or marks added (admin, Admin2024!, 2024admin)
  if (username && folded.replace(/[^\p{L}]/gu, '') === username.toLowerCase().replace(/[^\p{L}]/gu, ''))
    return 'username';
  // one character repeated, or a run such as 0123456789 or abcdefghij, is guessed first
  if (new Set(folded).size <= 2) return 'fewCharacters';
  if (isRun(folded)) return 'run';
  if (COMMON_PASSWORDS.has(folded)) return 'common';
  return null;
}

function isRun(text: string): boolean {
  const codes = [...text].map((character) => character.codePointAt(0)!);
  const step = codes[1] - codes[0];
  return Math.abs(step) === 1 && codes.every((code, index) => index === 0 || code - codes[index - 1] === step);
}
