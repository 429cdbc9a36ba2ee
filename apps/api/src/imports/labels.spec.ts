import { translate } from '../common/i18n';
import { LabelReader } from './labels';

const STAFF = [
  { id: 1, name: '王芳', username: 'wangfang' },
  { id: 2, name: '李强', username: null },
  { id: 3, name: '王芳', username: 'wangfang2' },
];

describe('LabelReader: labelled cells of an enterprise sheet read back as stored values', () => {
  const reader = new LabelReader('enterprises', STAFF);

  it('takes a label in either language, the stored value or an office word, folded for width, case and spaces', () => {
    expect(reader.read({ name: '甲', ownership: '民营企业', size: 'Ｓｍａｌｌ', tier: ' 重点 ' })).toEqual({
      values: { name: '甲', ownership: 'private', size: 'small', tier: 'core' },
      errors: {},
    });
    expect(reader.read({ name: '乙', ownership: 'Joint venture', size: 'large', tier: 'STRATEGIC' }).values).toEqual({
      name: '乙',
      ownership: 'joint',
      size: 'large',
      tier: 'strategic',
    });
  });

  it('leaves empty cells out, so the defaults apply', () => {
    expect(reader.read({ name: '丙' })).toEqual({ values: { name: '丙' }, errors: {} });
  });

  it('refuses a label it does not know, naming the column and the labels it takes, in the reader’s language', () => {
    const { values, errors } = reader.read({ name: '丁', ownership: '私有', size: '特大' });
    expect(values).toEqual({ name: '丁', ownership: '私有', size: '特大' });
    expect(translate(errors.ownership, 'zh-CN')).toBe(
      '“私有”不是企业性质的可选值（民营企业、国有企业、外资企业、合资企业、集体企业、其他）',
    );
    expect(translate(errors.size, 'en')).toBe('“特大” is not one of the Size labels: Micro, Small, Medium, Large');
  });

  it('reads an owner by name or username; a shared name needs the username; nobody is refused', () => {
    expect(reader.read({ name: '戊', owner: '李强' }).values).toEqual({ name: '戊', owner: '李强', ownerId: 2 });
    expect(reader.read({ name: '戊', owner: 'WangFang2' }).values).toEqual({ name: '戊', owner: '王芳', ownerId: 3 });
    expect(translate(reader.read({ name: '戊', owner: '王芳' }).errors.owner, 'zh-CN')).toBe(
      '“王芳”是 2 位教职工的姓名（负责人）；请改填用户名',
    );
    expect(translate(reader.read({ name: '戊', owner: '赵六' }).errors.owner, 'en')).toBe(
      'no staff member has the name or username “赵六” (Owner)',
    );
  });

  it('reads its own output again unchanged, as a commit re-plans a stored preview', () => {
    const once = reader.read({ name: '己', ownership: '私营', owner: 'wangfang' }).values;
    expect(reader.read(once)).toEqual({ values: once, errors: {} });
    expect(new LabelReader('enterprises', STAFF.slice(1)).read(once).errors).toEqual({
      owner: expect.objectContaining({ key: 'imports.unknownOwner' }),
    });
  });

  it('reads a contact’s permission, and nothing of the kinds whose export has no labels', () => {
    expect(new LabelReader('contacts', STAFF).read({ name: '庚', permission: '先告知负责人' }).values).toEqual({
      name: '庚',
      permission: 'notify_owner',
    });
    expect(new LabelReader('memberships', STAFF).read({ name: '辛', role: '会长' })).toEqual({
      values: { name: '辛', role: '会长' },
      errors: {},
    });
  });
});
