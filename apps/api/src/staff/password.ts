import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { PASSWORD_MIN_LENGTH, type PasswordProblem } from '@crm/domain';
import { Message, msg } from '../common/i18n';

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  length: number,
  options: object,
) => Promise<Buffer>;
const COST = 16384;
const LENGTH = 32;

/** "scrypt$N$salt$hash", so the cost can rise later without breaking stored hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, LENGTH, { N: COST });
  return `scrypt$${COST}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, cost, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(cost) });
  return timingSafeEqual(actual, expected);
}

/** A hash of nothing, checked when a username is unknown, so the answer takes as long as for a known one. */
export const DECOY_HASH = 'scrypt$16384$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}

const PASSWORD_MESSAGES = {
  tooShort: 'security.passwordTooShort',
  blank: 'security.passwordBlank',
  username: 'security.passwordIsUsername',
  fewCharacters: 'security.passwordFewCharacters',
  run: 'security.passwordRun',
  common: 'security.passwordCommon',
} as const satisfies Record<PasswordProblem, string>;

/** The password policy's verdict as a field error in the caller's language. */
export function passwordMessage(problem: PasswordProblem): Message {
  return msg(PASSWORD_MESSAGES[problem], { min: PASSWORD_MIN_LENGTH });
}
