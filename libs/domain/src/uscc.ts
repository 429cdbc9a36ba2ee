/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a
 * 31-character alphabet (digits and upper-case letters without I, O, Z, S, V); the last one is a
 * check character computed modulo 31 over the first 17 with fixed weights.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/;

/** The check character for the first 17 characters, or null if one of them is outside the alphabet. */
export function usccCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Why a USCC is not valid: its length, a character outside the shape, or the check character. */
export type UsccProblem = 'length' | 'characters' | 'check';

/** Why a USCC is not valid, or null when it is. Accepts only the canonical upper-case form. */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return 'length';
  if (!SHAPE.test(code)) return 'characters';
  if (usccCheckCharacter(code.slice(0, 17)) !== code[17]) return 'check';
  return null;
}

export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}

/** Trims and upper-cases what a person typed, so that "91310000 xxxx" copies still match. */
export function normaliseUscc(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}
