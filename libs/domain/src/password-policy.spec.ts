import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts a long password that is nobody’s first guess', () => {
    expect(passwordProblem('Lanterns over the Huangpu', 'wei.peng')).toBeNull();
    expect(passwordProblem('杭州湾跨海大桥2024年', 'wei.peng')).toBeNull();
  });

  it('refuses what the attacker tried: eight spaces, 12345678, the username', () => {
    expect(passwordProblem('        ', 'evil')).toBe('tooShort');
    expect(passwordProblem('          ', 'evil')).toBe('blank');
    expect(passwordProblem('12345678', 'evil')).toBe('tooShort');
    expect(passwordProblem('1234567890', 'evil')).not.toBeNull();
    expect(passwordProblem('wei.peng2024', 'wei.peng')).toBe('username');
    expect(passwordProblem('WEI.PENG!!!!', 'wei.peng')).toBe('username');
    expect(passwordProblem('administrator', 'administrator')).toBe('username');
    expect(passwordProblem('test-admin-password', 'admin')).toBeNull();
  });

  it('counts characters, not UTF-16 units, so nine Chinese characters are too short', () => {
    expect(passwordProblem('江朗联合实验室好吗', null)).toBe('tooShort');
  });

  it('refuses the common passwords in any case, repeated characters and runs', () => {
    expect(passwordProblem('Password123', null)).toBe('common');
    expect(passwordProblem('QWERTYUIOP', null)).toBe('common');
    expect(passwordProblem('aaaaaaaaaaaa', null)).toBe('fewCharacters');
    expect(passwordProblem('abababababab', null)).toBe('fewCharacters');
    expect(passwordProblem('abcdefghijkl', null)).toBe('run');
    expect(passwordProblem('9876543210', null)).toBe('run');
  });
});
