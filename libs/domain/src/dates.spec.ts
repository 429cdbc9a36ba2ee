import {
  academicYearOf,
  academicYearRange,
  addDays,
  chinaDay,
  daysBetween,
  isAcademicYear,
  isDateOnly,
  isIsoDateTime,
} from './dates';

describe('isDateOnly', () => {
  it.each(['2024-03-21', '2024-02-29', '2000-02-29', '2023-12-31', '1999-01-01'])('accepts %s', (day) =>
    expect(isDateOnly(day)).toBe(true),
  );
  it.each([
    '2023-02-29',
    '1900-02-29',
    '2024-02-30',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-3-21',
    '21-03-2024',
    '2024/03/21',
    '2024-03-21T00:00:00Z',
    ' 2024-03-21',
    '',
  ])('refuses %p', (day) => expect(isDateOnly(day)).toBe(false));
  it('refuses what is not a string', () => {
    expect(isDateOnly(20240321)).toBe(false);
    expect(isDateOnly(new Date('2024-03-21'))).toBe(false);
    expect(isDateOnly(null)).toBe(false);
  });
});

describe('isIsoDateTime', () => {
  it('accepts times with an explicit offset', () => {
    for (const time of [
      '2024-03-21T06:00:00Z',
      '2024-03-21T14:00:00+08:00',
      '2024-03-21T06:00Z',
      '2024-03-21T06:00:00.123Z',
    ])
      expect(isIsoDateTime(time)).toBe(true);
  });
  it('refuses local times, plain dates and impossible times', () => {
    for (const time of [
      '2024-03-21T06:00:00',
      '2024-03-21',
      '2024-03-21 06:00:00Z',
      '2024-03-21T25:00:00Z',
      '2024-02-30T10:00:00Z',
      '2023-02-29T10:00+08:00',
      'yesterday',
      5,
    ])
      expect(isIsoDateTime(time)).toBe(false);
  });
});

describe('academicYearOf (1 September – 31 August, China time)', () => {
  it('splits at 1 September for plain dates', () => {
    expect(academicYearOf('2024-08-31')).toBe('2023-2024');
    expect(academicYearOf('2024-09-01')).toBe('2024-2025');
    expect(academicYearOf('2024-01-15')).toBe('2023-2024');
    expect(academicYearOf('2024-12-31')).toBe('2024-2025');
  });

  it('reads instants in China Standard Time, not UTC', () => {
    // 31 Aug 16:00 UTC is 1 Sep 00:00 in Beijing: the new year has begun
    expect(academicYearOf('2024-08-31T16:00:00Z')).toBe('2024-2025');
    expect(academicYearOf(new Date('2024-08-31T16:00:00Z'))).toBe('2024-2025');
    // one minute earlier it is still 31 Aug 23:59 in Beijing
    expect(academicYearOf('2024-08-31T15:59:00Z')).toBe('2023-2024');
    // an offset given by the client is honoured
    expect(academicYearOf('2024-09-01T00:30:00+08:00')).toBe('2024-2025');
    expect(academicYearOf('2024-08-31T23:30:00+08:00')).toBe('2023-2024');
  });

  it('round-trips with academicYearRange and isAcademicYear', () => {
    const { start, end } = academicYearRange('2023-2024');
    expect([start, end]).toEqual(['2023-09-01', '2024-08-31']);
    expect(academicYearOf(start)).toBe('2023-2024');
    expect(academicYearOf(end)).toBe('2023-2024');
    expect(academicYearOf(addDays(end, 1))).toBe('2024-2025');
    expect(isAcademicYear('2023-2024')).toBe(true);
    expect(isAcademicYear('2023-2025')).toBe(false);
    expect(isAcademicYear('2023/2024')).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('chinaDay moves past midnight at 16:00 UTC', () => {
    expect(chinaDay(new Date('2024-03-20T15:59:59Z'))).toBe('2024-03-20');
    expect(chinaDay(new Date('2024-03-20T16:00:00Z'))).toBe('2024-03-21');
  });
  it('counts days across a leap day and a year end', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-12-31', '2024-01-01')).toBe(-365);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });
});

describe('the years a date may fall in (1900–2200)', () => {
  it('refuses dates and times outside them, as written or once in UTC', () => {
    for (const day of ['0000-01-01', '1899-12-31', '2201-01-01', '9999-12-31']) expect(isDateOnly(day)).toBe(false);
    for (const day of ['1900-01-01', '2200-12-31']) expect(isDateOnly(day)).toBe(true);
    for (const time of [
      '9999-12-31T23:59:59-05:00',
      '0000-01-01T00:00:00+01:00',
      '2200-12-31T23:00:00-05:00',
      '1900-01-01T00:30:00+01:00',
    ])
      expect(isIsoDateTime(time)).toBe(false);
    for (const time of ['1900-01-01T00:00:00Z', '2200-12-31T23:59:59Z']) expect(isIsoDateTime(time)).toBe(true);
  });
});
