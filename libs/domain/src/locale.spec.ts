import { localeOfAcceptLanguage, localeOfLanguages, localeOfTag } from './locale';

describe('locale negotiation', () => {
  it('reads any Chinese as zh-CN and anything else as English', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-Hans-CN', 'ZH-tw']) expect(localeOfTag(tag)).toBe('zh-CN');
    for (const tag of ['en', 'en-GB', 'de', 'zhx', '', undefined]) expect(localeOfTag(tag)).toBe('en');
  });

  it('takes the most preferred language of an Accept-Language header', () => {
    expect(localeOfAcceptLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(localeOfAcceptLanguage('en-US,en;q=0.9,zh-CN;q=0.8')).toBe('en');
    expect(localeOfAcceptLanguage('en;q=0.5, zh;q=0.9')).toBe('zh-CN');
    expect(localeOfAcceptLanguage('*')).toBe('en');
    expect(localeOfAcceptLanguage(undefined)).toBe('en');
    expect(localeOfAcceptLanguage('zh;q=0, en')).toBe('en');
  });

  it('takes the first of a browser list', () => {
    expect(localeOfLanguages(['zh-CN', 'en'])).toBe('zh-CN');
    expect(localeOfLanguages(['en-US', 'zh-CN'])).toBe('en');
    expect(localeOfLanguages([])).toBe('en');
  });
});
