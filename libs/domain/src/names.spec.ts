import { emailKey, organisationNameKey, personNameKey, phoneKey } from './names';

describe('organisationNameKey', () => {
  it.each([
    ['江朗科技（上海）有限公司', '江朗科技(上海)'],
    ['江朗科技股份有限公司', '江朗科技'],
    ['江朗 科技有限责任公司', '江朗科技'],
    ['ＪＩＡＮＧＬＡＮＧ Tech Co., Ltd.', 'jianglang tech'],
    ['Jianglang Tech Limited', 'JIANGLANG-TECH'],
    ['Jianglang Tech, Inc.', 'jianglang tech'],
  ])('%s and %s are one name', (a, b) => {
    expect(organisationNameKey(a)).toBe(organisationNameKey(b));
    expect(organisationNameKey(a)).not.toBe('');
  });

  it('keeps apart names that differ in more than form', () => {
    expect(organisationNameKey('江朗科技有限公司')).not.toBe(organisationNameKey('江朗智能有限公司'));
    // a word that ends like a legal form is not one
    expect(organisationNameKey('Costco')).toBe('costco');
  });

  it('does not strip a name down to nothing', () => {
    expect(organisationNameKey('有限公司')).not.toBe('');
    expect(organisationNameKey('Limited')).toBe('limited');
  });
});

describe('person, phone and e-mail keys', () => {
  it('folds spaces, width and case', () => {
    expect(personNameKey('张 三')).toBe(personNameKey('张三'));
    expect(personNameKey('Li Ming')).toBe(personNameKey('li-ming'));
    expect(phoneKey('+86 138-0013-8000')).toBe(phoneKey('13800138000'));
    expect(phoneKey('１３８００１３８０００')).toBe('13800138000');
    expect(phoneKey('12')).toBe('');
    expect(emailKey(' Wang@Example.COM ')).toBe('wang@example.com');
  });
});
