import { pinyinSortKey } from './pinyin';

describe('pinyinSortKey', () => {
  it('orders Chinese names by pinyin, as a Chinese reader expects', () => {
    const names = ['王伟', '陈伯勤', '张敏', '安徽商会', '雷辉生态集团', '江朗科技有限公司', '重庆汽车有限公司'];
    const sorted = [...names].sort((a, b) => (pinyinSortKey(a) < pinyinSortKey(b) ? -1 : 1));
    expect(sorted).toEqual(['安徽商会', '陈伯勤', '重庆汽车有限公司', '江朗科技有限公司', '雷辉生态集团', '王伟', '张敏']);
  });

  it('writes syllables with tones, and keeps Latin text and numbers, lower-cased', () => {
    expect(pinyinSortKey('陈伯勤')).toBe('chen2 bo2 qin2');
    expect(pinyinSortKey('Chen Boqin')).toBe('chen boqin');
    expect(pinyinSortKey('上海 2024')).toBe('shang4 hai3 2024');
  });
});
