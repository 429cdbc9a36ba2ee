import { pinyinSearchKeys, pinyinSearchText, pinyinSortKey } from './pinyin';

describe('pinyinSortKey', () => {
  it('orders Chinese names by pinyin, as a Chinese reader expects', () => {
    const names = ['王伟', '陈伯勤', '张敏', '安徽商会', '雷辉生态集团', '江朗科技有限公司', '重庆汽车有限公司'];
    const sorted = [...names].sort((a, b) => (pinyinSortKey(a) < pinyinSortKey(b) ? -1 : 1));
    expect(sorted).toEqual([
      '安徽商会',
      '陈伯勤',
      '重庆汽车有限公司',
      '江朗科技有限公司',
      '雷辉生态集团',
      '王伟',
      '张敏',
    ]);
  });

  it('writes syllables with tones, and keeps Latin text and numbers, lower-cased', () => {
    expect(pinyinSortKey('陈伯勤')).toBe('chen2 bo2 qin2');
    expect(pinyinSortKey('Chen Boqin')).toBe('chen boqin');
    expect(pinyinSortKey('上海 2024')).toBe('shang4 hai3 2024');
  });
});

describe('pinyinSearchKeys', () => {
  it('runs the syllables together and takes their initials, without tones or punctuation', () => {
    expect(pinyinSearchKeys(pinyinSortKey('雷辉生态集团'))).toEqual({
      namePinyin: 'leihuishengtaijituan',
      nameInitials: 'lhstjt',
    });
    expect(pinyinSearchKeys(pinyinSortKey('江朗科技（上海）有限公司'))).toEqual({
      namePinyin: 'jianglangkejishanghaiyouxiangongsi',
      nameInitials: 'jlkjshyxgs',
    });
    expect(pinyinSearchKeys(pinyinSortKey('上海 2024'))).toEqual({ namePinyin: 'shanghai2024', nameInitials: 'sh2' });
    expect(pinyinSearchKeys(pinyinSortKey('吕布')).namePinyin).toBe('lvbu');
  });

  it('reads a search as pinyin only when it can be', () => {
    expect(pinyinSearchText('Lei Hui')).toBe('leihui');
    expect(pinyinSearchText("xi'an")).toBe('xian');
    expect(pinyinSearchText('LHST')).toBe('lhst');
    expect(pinyinSearchText('雷辉')).toBeNull();
    expect(pinyinSearchText('wang@heng')).toBeNull();
    expect(pinyinSearchText('2024')).toBeNull();
  });
});
