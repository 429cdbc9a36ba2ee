import { loginProblem, organisationProblem, taskFollowsNothing } from './rules';

describe('rules across fields', () => {
  it('a contact works at exactly one organisation', () => {
    expect(organisationProblem({ enterpriseId: 1, chamberId: null })).toBeNull();
    expect(organisationProblem({ chamberId: 2 })).toBeNull();
    expect(organisationProblem({ enterpriseId: 1, chamberId: 2 })).toBe('both');
    expect(organisationProblem({ enterpriseId: null })).toBe('neither');
  });

  it('a task follows a meeting, an enterprise or an outcome', () => {
    expect(taskFollowsNothing({})).toBe(true);
    expect(taskFollowsNothing({ meetingId: null, enterpriseId: null, outcomeId: null })).toBe(true);
    expect(taskFollowsNothing({ outcomeId: 3 })).toBe(false);
  });

  it('a role makes a login, which needs a username and a password', () => {
    expect(loginProblem({ role: null, username: null, hasPassword: false })).toBeNull();
    expect(loginProblem({ role: 'office', username: '', hasPassword: true })).toEqual({
      field: 'username',
      problem: 'usernameNeeded',
    });
    expect(loginProblem({ role: 'office', username: 'wang', hasPassword: false })).toEqual({
      field: 'password',
      problem: 'passwordNeeded',
    });
    expect(loginProblem({ role: 'office', username: 'wang', hasPassword: true })).toBeNull();
  });
});
