import { BadRequestException } from '@nestjs/common';
import { likePattern } from '../database/full-text';
import { renderError } from './error.filter';
import { ListSpec, MAX_ID_LIST, MAX_PAGE, parseListQuery } from './list-query';

const SPEC: ListSpec = {
  fields: {
    name: 'string',
    ownerId: 'id',
    value: 'number',
    active: 'boolean',
    startDate: 'date',
    startsAt: 'datetime',
    notes: 'string',
  },
  unsortable: ['notes'],
  search: ['name'],
  relations: { chamberId: (alias, param) => `"${alias}"."id" IN (:...${param})` },
  defaultSort: ['name', 'ASC'],
};

const json = (value: unknown) => JSON.stringify(value);

/** The 400 a bad query answers, with its body. */
function refusal(input: Parameters<typeof parseListQuery>[0]): { message: string; errors: Record<string, string> } {
  try {
    parseListQuery(input, SPEC);
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return renderError((error as BadRequestException).getResponse() as never, 'en') as {
      message: string;
      errors: Record<string, string>;
    };
  }
  throw new Error('the query was accepted');
}

describe('parseListQuery', () => {
  it('defaults to the resource sort, the first page of the maximum size and no filter', () => {
    expect(parseListQuery({}, SPEC)).toEqual({
      sort: ['name', 'ASC'],
      range: [0, MAX_PAGE - 1],
      conditions: [],
      relations: [],
      deleted: false,
      isUnfiltered: true,
    });
  });

  describe('sort', () => {
    it('takes a known field and either direction, in any case', () => {
      expect(parseListQuery({ sort: json(['ownerId', 'DESC']) }, SPEC).sort).toEqual(['ownerId', 'DESC']);
      expect(parseListQuery({ sort: json(['id', 'asc']) }, SPEC).sort).toEqual(['id', 'ASC']);
      expect(parseListQuery({ sort: json(['createdAt', 'desc']) }, SPEC).sort).toEqual(['createdAt', 'DESC']);
    });
    it('refuses unknown, unsortable and inherited fields', () => {
      expect(refusal({ sort: json(['password', 'ASC']) }).errors).toEqual({ sort: 'cannot sort by "password"' });
      expect(refusal({ sort: json(['notes', 'ASC']) }).errors.sort).toMatch(/notes/);
      expect(refusal({ sort: json(['toString', 'ASC']) }).errors.sort).toMatch(/toString/);
      expect(refusal({ sort: json(['chamberId', 'ASC']) }).errors.sort).toMatch(/chamberId/);
    });
    it('refuses other shapes', () => {
      for (const sort of [
        json(['name']),
        json(['name', 'UP']),
        json({ field: 'name' }),
        json([1, 'ASC']),
        json('name'),
        'name,ASC',
      ]) {
        expect(Object.keys(refusal({ sort }).errors)).toEqual(['sort']);
      }
    });
  });

  describe('range', () => {
    it('takes [first, last]', () => {
      expect(parseListQuery({ range: '[0,24]' }, SPEC).range).toEqual([0, 24]);
      expect(parseListQuery({ range: `[5,${5 + MAX_PAGE - 1}]` }, SPEC).range).toEqual([5, MAX_PAGE + 4]);
    });
    it('refuses a page over the maximum', () => {
      expect(refusal({ range: `[0,${MAX_PAGE}]` }).errors).toEqual({
        range: `must not ask for more than ${MAX_PAGE} records at once`,
      });
    });
    it('refuses negative, fractional, reversed and malformed ranges', () => {
      for (const range of [
        '[-1,5]',
        '[0.5,3]',
        '[10,2]',
        '[0]',
        '[0,1,2]',
        '{"from":0}',
        '["0","9"]',
        '[0,1e400]',
        '0-24',
      ]) {
        expect(Object.keys(refusal({ range }).errors)).toEqual(['range']);
      }
    });
  });

  describe('filter', () => {
    it('refuses JSON that is not an object, and text that is not JSON', () => {
      expect(refusal({ filter: '{"name":' }).errors).toEqual({ filter: 'is not valid JSON' });
      expect(refusal({ filter: '[1,2]' }).errors).toEqual({ filter: 'must be a JSON object' });
      expect(refusal({ filter: 'null' }).errors).toEqual({ filter: 'must be a JSON object' });
      expect(refusal({ filter: '"name"' }).errors).toEqual({ filter: 'must be a JSON object' });
    });

    it('refuses unknown fields and operators, with a readable sentence', () => {
      const answer = refusal({ filter: json({ password: 'x' }) });
      expect(answer.message).toBe('The filter parameter cannot filter by "password".');
      expect(refusal({ filter: json({ name_like: 'x' }) }).errors.filter).toMatch(/name_like/);
      expect(refusal({ filter: json({ nope_gte: 1 }) }).errors.filter).toMatch(/nope_gte/);
      expect(refusal({ filter: json({ constructor: 1 }) }).errors.filter).toMatch(/constructor/);
    });

    it('reads equality, lists and every operator', () => {
      const parsed = parseListQuery(
        {
          filter: json({
            name: 'Jianglang',
            ownerId: [1, '2'],
            value_gte: 10,
            value_lte: '20.5',
            startDate_gt: '2024-01-01',
            startDate_lt: '2024-12-31',
            name_neq: 'x',
          }),
        },
        SPEC,
      );
      expect(parsed.conditions).toEqual([
        { field: 'name', operator: 'eq', value: 'Jianglang' },
        { field: 'ownerId', operator: 'eq', value: [1, 2] },
        { field: 'value', operator: 'gte', value: 10 },
        { field: 'value', operator: 'lte', value: 20.5 },
        { field: 'startDate', operator: 'gt', value: '2024-01-01' },
        { field: 'startDate', operator: 'lt', value: '2024-12-31' },
        { field: 'name', operator: 'neq', value: 'x' },
      ]);
      expect(parsed.isUnfiltered).toBe(false);
    });

    it('coerces values to the column type and refuses those that do not fit', () => {
      const parsed = parseListQuery(
        {
          filter: json({
            active: 'true',
            name: 42,
            startsAt_gte: '2024-03-21',
            startsAt_lt: '2024-03-21T14:00:00+08:00',
          }),
        },
        SPEC,
      );
      expect(parsed.conditions.map((condition) => condition.value)).toEqual([
        true,
        '42',
        '2024-03-21 00:00:00.000',
        '2024-03-21 06:00:00.000',
      ]);
      expect(refusal({ filter: json({ ownerId: 'abc' }) }).errors.filter).toMatch(/"ownerId" that is not a number/);
      expect(refusal({ filter: json({ ownerId: 1.5 }) }).errors.filter).toMatch(/not an id/);
      expect(refusal({ filter: json({ value: '' }) }).errors.filter).toMatch(/not a number/);
      expect(refusal({ filter: json({ active: 'yes' }) }).errors.filter).toMatch(/true or false/);
      expect(refusal({ filter: json({ startDate: '2023-02-29' }) }).errors.filter).toMatch(/YYYY-MM-DD/);
      expect(refusal({ filter: json({ startsAt_gte: '21/03/2024' }) }).errors.filter).toMatch(/ISO 8601/);
      expect(refusal({ filter: json({ name: { $ne: 1 } }) }).errors.filter).toMatch(/not text/);
      expect(refusal({ filter: json({ ownerId: [1, 'x'] }) }).errors.filter).toMatch(/not a number/);
    });

    it('compares with null only for equality', () => {
      expect(parseListQuery({ filter: json({ ownerId: null, name_neq: null }) }, SPEC).conditions).toEqual([
        { field: 'ownerId', operator: 'eq', value: null },
        { field: 'name', operator: 'neq', value: null },
      ]);
      expect(refusal({ filter: json({ value_gte: null }) }).errors.filter).toMatch(/null/);
    });

    it('takes a list only for equality, and not a huge one', () => {
      expect(refusal({ filter: json({ value_gte: [1, 2] }) }).errors.filter).toMatch(/single value/);
      expect(
        refusal({ filter: json({ name: Array.from({ length: MAX_PAGE + 1 }, (_, i) => `n${i}`) }) }).errors.filter,
      ).toMatch(/more than/);
      // a figure's records, linked from the annual report, may be thousands of ids
      expect(
        parseListQuery({ filter: json({ id: Array.from({ length: 5_000 }, (_, i) => i + 1) }) }, SPEC).conditions[0]
          .value,
      ).toHaveLength(5_000);
      expect(
        refusal({ filter: json({ id: Array.from({ length: MAX_ID_LIST + 1 }, (_, i) => i + 1) }) }).errors.filter,
      ).toMatch(/more than/);
    });

    it('reads q as trimmed text and ignores an empty one', () => {
      expect(parseListQuery({ filter: json({ q: '  科技 ' }) }, SPEC).q).toBe('科技');
      expect(parseListQuery({ filter: json({ q: '' }) }, SPEC).isUnfiltered).toBe(true);
      expect(refusal({ filter: json({ q: 5 }) }).errors.filter).toMatch(/"q"/);
    });

    it('reads relation filters as lists of ids and the bin flag', () => {
      const parsed = parseListQuery({ filter: json({ chamberId: 3, deleted: true }) }, SPEC);
      expect(parsed.relations).toEqual([{ name: 'chamberId', ids: [3] }]);
      expect(parsed.deleted).toBe(true);
      expect(refusal({ filter: json({ chamberId: [1, null] }) }).errors.filter).toMatch(/null/);
      expect(refusal({ filter: json({ deleted: 'maybe' }) }).errors.filter).toMatch(/true or false/);
    });
  });

  it('escapes LIKE wildcards in a search', () => {
    expect(likePattern('50%_Off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
