import { isValidUscc, normaliseUscc, usccCheckCharacter, usccProblem } from './uscc';

/** Codes published by the companies themselves (business licences on their websites). */
const REAL_CODES = [
  '914403001922038216', // Huawei Technologies Co., Ltd.
  '91440300708461136T', // Shenzhen Tencent Computer Systems Co., Ltd.
  '91330100716105852F', // Alibaba (China) Co., Ltd.
  '91110108551385082Q', // Beijing Xiaomi Technology Co., Ltd.
  '91110000802100433B', // Beijing Baidu Netcom Science and Technology Co., Ltd.
];

describe('USCC (GB 32100-2015)', () => {
  it.each(REAL_CODES)('accepts the real code %s', (code) => {
    expect(usccProblem(code)).toBeNull();
    expect(isValidUscc(code)).toBe(true);
  });

  it('computes the check character of real codes', () => {
    for (const code of REAL_CODES) expect(usccCheckCharacter(code.slice(0, 17))).toBe(code[17]);
  });

  it('accepts codes built with a computed check character, including letter checks', () => {
    const bodies = [
      '91310000MA1FL4XQ1',
      '12100000400000624',
      '52330000MJ9876543',
      '93440101MA5CAAAAY',
      '11100000000013127',
    ];
    for (const body of bodies) {
      const check = usccCheckCharacter(body);
      expect(check).not.toBeNull();
      expect(usccProblem(body + check)).toBeNull();
    }
  });

  it('refuses every other check character', () => {
    const code = REAL_CODES[1];
    for (const wrong of '0123456789ABCDEFGHJKLMNPQRTUWXY'.replace(code[17], '')) {
      expect(usccProblem(code.slice(0, 17) + wrong)).toBe('check');
    }
  });

  it('refuses a code whose body was altered (one digit changed, two neighbours swapped)', () => {
    const code = REAL_CODES[0]; // 914403001922038216
    expect(isValidUscc(code.slice(0, 10) + ((Number(code[10]) + 1) % 10) + code.slice(11))).toBe(false);
    expect(isValidUscc(code.slice(0, 8) + code[9] + code[8] + code.slice(10))).toBe(false);
  });

  it('refuses wrong lengths', () => {
    expect(usccProblem('')).toBe('length');
    expect(usccProblem(REAL_CODES[0].slice(0, 17))).toBe('length');
    expect(usccProblem(REAL_CODES[0] + '0')).toBe('length');
  });

  it('refuses letters outside the alphabet (I, O, Z, S, V), lower case, and letters in the region digits', () => {
    const body = REAL_CODES[2];
    for (const letter of ['I', 'O', 'Z', 'S', 'V'])
      expect(usccProblem(body.slice(0, 10) + letter + body.slice(11))).toBe('characters');
    expect(usccProblem(body.toLowerCase())).toBe('characters');
    expect(usccProblem('91A10000MA1FL4XQ1' + '0')).toBe('characters');
    expect(usccCheckCharacter('9131000OMA1FL4XQ1')).toBeNull();
    expect(usccCheckCharacter('short')).toBeNull();
  });

  it('normalises what people type: spaces and lower case', () => {
    expect(normaliseUscc(' 9144 0300 7084 6113 6t ')).toBe(REAL_CODES[1]);
    expect(isValidUscc(normaliseUscc('91330100716105852f'))).toBe(true);
  });
});
