import { pastedNames } from './AddMembersButton';

describe('pastedNames', () => {
  it('reads a pasted list one a line, or separated by ，、 and ；, without blanks or repeats, keeping English names whole', () => {
    expect(
      pastedNames(
        '江朗科技有限公司\n雷辉生态集团、 上海泰鑫物流有限公司，Jianglang Technology Co., Ltd.\n\n雷辉生态集团',
      ),
    ).toEqual(['江朗科技有限公司', '雷辉生态集团', '上海泰鑫物流有限公司', 'Jianglang Technology Co., Ltd.']);
  });
});
