import { chinaDayBounds, toggled } from './MeetingInputs';

describe('the meeting form’s helpers', () => {
  it('ticks and unticks one member of the checklist, leaving the others', () => {
    const chosen = new Set([1, 2]);
    expect([...toggled(chosen, 3)].sort()).toEqual([1, 2, 3]);
    expect([...toggled(chosen, 1)]).toEqual([2]);
    expect([...chosen].sort()).toEqual([1, 2]);
  });

  it('reads the day of a meeting as the school’s day in China, not the browser’s', () => {
    // 23:30 UTC on 20 March is already 21 March in Shanghai
    expect(chinaDayBounds('2024-03-20T23:30:00.000Z')).toEqual({
      from: '2024-03-20T16:00:00.000Z',
      below: '2024-03-21T16:00:00.000Z',
    });
    expect(chinaDayBounds('not a time')).toBeNull();
  });
});
