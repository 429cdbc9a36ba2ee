import { healthSignal, relationshipStage } from './relationship';

describe('relationshipStage', () => {
  it('is prospect with nothing, engaged after a meeting', () => {
    expect(relationshipStage({ outcomeStages: [], meetingCount: 0 })).toBe('prospect');
    expect(relationshipStage({ outcomeStages: [], meetingCount: 1 })).toBe('engaged');
  });
  it('is negotiating while a project is an idea or negotiated', () => {
    expect(relationshipStage({ outcomeStages: ['idea'], meetingCount: 0 })).toBe('negotiating');
    expect(relationshipStage({ outcomeStages: ['negotiating', 'completed'], meetingCount: 3 })).toBe('negotiating');
  });
  it('is partner when an agreement is signed or active, whatever else there is', () => {
    expect(relationshipStage({ outcomeStages: ['signed'], meetingCount: 0 })).toBe('partner');
    expect(relationshipStage({ outcomeStages: ['terminated', 'idea', 'active'], meetingCount: 0 })).toBe('partner');
  });
  it('is lapsed when every project has ended, even after meetings', () => {
    expect(relationshipStage({ outcomeStages: ['completed', 'lapsed', 'terminated'], meetingCount: 5 })).toBe('lapsed');
  });
});

describe('healthSignal', () => {
  const today = '2024-06-01';
  it('is none without any contact or cooperation', () => {
    expect(healthSignal({ today, lastContactDate: null, liveKinds: 0, nextAgreementEnd: null })).toEqual({
      level: 'none',
      score: 0,
      reasons: [{ code: 'no_contact_yet' }],
    });
  });
  it('is good with recent contact, broad cooperation and no agreement about to end', () => {
    const signal = healthSignal({ today, lastContactDate: '2024-05-01', liveKinds: 3, nextAgreementEnd: '2025-06-01' });
    expect(signal).toEqual({ level: 'good', score: 100, reasons: [] });
  });
  it('scores recency in steps at 90, 180 and 365 days of silence', () => {
    const score = (lastContactDate: string) =>
      healthSignal({ today, lastContactDate, liveKinds: 1, nextAgreementEnd: null }).score;
    expect(score('2024-03-03')).toBe(50 + 10 + 20); // 90 days
    expect(score('2024-03-02')).toBe(35 + 10 + 20); // 91 days
    expect(score('2023-12-04')).toBe(35 + 10 + 20); // 180 days
    expect(score('2023-12-03')).toBe(15 + 10 + 20); // 181 days
    expect(score('2023-06-01')).toBe(0 + 10 + 20); // 366 days
  });
  it('warns when an agreement ends within 90 days', () => {
    const signal = healthSignal({ today, lastContactDate: '2024-05-01', liveKinds: 1, nextAgreementEnd: '2024-07-01' });
    expect(signal.score).toBe(60);
    expect(signal.level).toBe('watch');
    expect(signal.reasons).toEqual([{ code: 'agreement_ends', days: 30 }]);
  });
  it('is at risk after long silence with no live cooperation', () => {
    const signal = healthSignal({ today, lastContactDate: '2022-01-01', liveKinds: 0, nextAgreementEnd: null });
    expect(signal.level).toBe('at_risk');
    expect(signal.reasons).toEqual(
      expect.arrayContaining([{ code: 'no_live_cooperation' }, { code: 'silent', days: expect.any(Number) }]),
    );
  });
  it('caps breadth at three kinds', () => {
    expect(healthSignal({ today, lastContactDate: today, liveKinds: 7, nextAgreementEnd: null }).score).toBe(100);
  });

  it('names a low internship yield as a reason without changing the score', () => {
    const base = { today, lastContactDate: today, liveKinds: 3, nextAgreementEnd: null };
    expect(healthSignal({ ...base, internships: { capacity: 40, placed: 10 } })).toEqual({
      level: 'good',
      score: 100,
      reasons: [{ code: 'low_internship_yield', percent: 25 }],
    });
    expect(healthSignal({ ...base, internships: { capacity: 40, placed: 20 } }).reasons).toEqual([]);
    expect(healthSignal({ ...base, internships: { capacity: 0, placed: 0 } }).reasons).toEqual([]);
  });
});
