import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatMonth,
  formatTime,
  formatWan,
  parseDateInput,
  parseDateTimeInput,
} from './format';

describe('formatting for a locale, in China time', () => {
  it('writes an instant in China Standard Time whatever the zone of the process', () => {
    // 06:00 UTC is 14:00 in Shanghai; 20:30 UTC on the 20th is already the 21st there
    expect(formatDateTime('2024-03-21T06:00:00Z', 'zh-CN')).toBe('2024年3月21日 14:00');
    expect(formatDateTime('2024-03-21T06:00:00Z', 'en')).toBe('21 Mar 2024, 14:00');
    expect(formatDateTime('2024-03-20T20:30:00Z', 'zh-CN')).toBe('2024年3月21日 04:30');
    expect(formatDate('2024-03-20T20:30:00Z', 'en')).toBe('21 Mar 2024');
    expect(formatTime('2024-03-21T06:00:00Z')).toBe('14:00');
  });

  it('writes a calendar day as it is, without a zone shift', () => {
    expect(formatDate('2024-03-21', 'zh-CN')).toBe('2024年3月21日');
    expect(formatDate('2024-12-01', 'en')).toBe('1 Dec 2024');
    expect(formatMonth('2024-03', 'zh-CN')).toBe('2024年3月');
    expect(formatDate(null, 'en')).toBe('');
    expect(formatDateTime('not a date', 'en')).toBe('');
  });

  it('writes money in yuan, and in 万元 for Chinese reports', () => {
    expect(formatMoney(1_200_000, 'zh-CN')).toBe('¥1,200,000');
    expect(formatMoney(1_200_000, 'en')).toBe('¥1,200,000');
    expect(formatMoney(99.5, 'en')).toBe('¥99.50');
    expect(formatWan(125_000, 'zh-CN')).toBe('12.5万元');
    expect(formatWan(1_200_000, 'zh-CN')).toBe('120万元');
    expect(formatWan(125_000, 'en')).toBe('¥125,000');
  });

  it('reads a typed day or time in either language back to the stored form', () => {
    for (const text of [
      '2024年3月21日',
      '2024-03-21',
      '2024/3/21',
      ' 2024.3.21 ',
      '2024 年 3 月 21 日',
      '21 Mar 2024',
      '21 March 2024',
    ])
      expect(parseDateInput(text)).toBe('2024-03-21');
    for (const text of ['2024-02-30', '21/03/2024', 'March', '', '30 Feb 2024', '21 Foo 2024'])
      expect(parseDateInput(text)).toBeNull();
    expect(parseDateTimeInput('2024年3月21日 14:00')).toBe('2024-03-21T06:00:00.000Z');
    expect(parseDateTimeInput('2024-03-21 14:00')).toBe('2024-03-21T06:00:00.000Z');
    expect(parseDateTimeInput('2024年3月21日 14时30分')).toBe('2024-03-21T06:30:00.000Z');
    expect(parseDateTimeInput('2024年3月21日 25:00')).toBeNull();
    expect(parseDateTimeInput('21 Mar 2024, 14:00')).toBe('2024-03-21T06:00:00.000Z');
  });

  it('round-trips what it writes', () => {
    const instant = '2024-03-21T06:00:00.000Z';
    expect(parseDateTimeInput(formatDateTime(instant, 'zh-CN'))).toBe(instant);
    expect(parseDateInput(formatDate('2024-03-21', 'zh-CN'))).toBe('2024-03-21');
    expect(parseDateTimeInput(formatDateTime(instant, 'en'))).toBe(instant);
    expect(parseDateInput(formatDate('2024-12-01', 'en'))).toBe('2024-12-01');
  });
});
