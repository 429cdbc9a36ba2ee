import { IsString, MaxLength } from 'class-validator';
import { dtoProblems } from './validation';

describe('dtoProblems with the rule lookups kept', () => {
  class Body {
    @IsString() @MaxLength(3) name: string;
  }

  it('answers each body by its class’s rules, also for a rule registered after the first lookup', () => {
    expect(dtoProblems(Body, { name: 'abc' })).toBeNull();
    expect(Object.keys(dtoProblems(Body, { name: 'abcd' }) ?? {})).toEqual(['name']);
    class Later extends Body {}
    expect(dtoProblems(Later, { name: 'abcd' })).not.toBeNull();
    // decorating a property later (as a class defined afterwards does) is seen by the next lookup
    MaxLength(1)(Later.prototype, 'name');
    expect(dtoProblems(Later, { name: 'ab' })).not.toBeNull();
    expect(dtoProblems(Body, { name: 'ab' })).toBeNull();
  });
});
