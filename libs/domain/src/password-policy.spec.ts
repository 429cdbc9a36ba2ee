import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts a long password that is nobody’s first guess', () => {
    expect(passwordProblem('Lanterns over the Huangpu', 'wei.peng')).toBeNull();
    expect(passwordProblem('杭州湾跨海大桥2024年', 'wei.peng')).toBeNull();
  });

  it('refuses what the attacker tried: eight spaces, 12345678, the username', () => {
    expect(passwordProblem('        ', 'evil')).toMatch(/at least 10/);
    expect(passwordProblem('          ', 'evil')).toMatch(/only spaces/);
    expect(passwordProblem('12345678', 'evil')).toMatch(/at least 10/);
    expect(passwordProblem('1234567890', 'evil')).not.toBeNull();
    expect(passwordProblem('wei.peng2024', 'wei.peng')).toMatch(/username/);
    expect(passwordProblem('WEI.PENG!!!!', 'wei.peng')).toMatch(/username/);
    expect(passwordProblem('administrator', 'administrator')).toMatch(/username/);
    expect(passwordProblem('test-admin-password', 'admin')).toBeNull();
  });

  it('counts characters, not UTF-16 units, so nine Chinese characters are too short', () => {
    expect(passwordProblem('江朗联合实验室好吗', null)).toMatch(/at least 10/);
  });

  it('refuses the common passwords in any case, repeated characters and runs', () => {
    expect(passwordProblem('Password123', null)).toMatch(/common/);
    expect(passwordProblem('QWERTYUIOP', null)).toMatch(/common/);
    expect(passwordProblem('aaaaaaaaaaaa', null)).toMatch(/different characters/);
    expect(passwordProblem('abababababab', null)).toMatch(/different characters/);
    expect(passwordProblem('abcdefghijkl', null)).toMatch(/consecutive/);
    expect(passwordProblem('9876543210', null)).toMatch(/consecutive/);
  });
});
