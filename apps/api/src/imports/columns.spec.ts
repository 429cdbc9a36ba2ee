import { cellList, findLayout, rowValues } from './columns';

describe('import columns: the export’s headers in either language, and the synonyms beside them', () => {
  it('recognises an enterprise export in Chinese and in English, with the server-kept columns set aside', () => {
    const zh = findLayout('enterprises', [
      [
        '企业名称',
        '统一社会信用代码',
        '合作关系',
        '合作层级',
        '企业性质',
        '企业规模',
        '行业',
        '城市',
        '负责人',
        '最近联系',
        '别名',
        '地址',
        '网址',
      ],
    ]);
    expect(zh.columns).toEqual({
      name: 0,
      uscc: 1,
      tier: 3,
      ownership: 4,
      size: 5,
      industry: 6,
      city: 7,
      owner: 8,
      aliases: 10,
      address: 11,
      website: 12,
    });
    expect(zh.skipped).toEqual([
      { header: '合作关系', derived: true },
      { header: '最近联系', derived: true },
    ]);
    const en = findLayout('enterprises', [
      [
        'Name',
        'USCC',
        'Relationship',
        'Tier',
        'Ownership',
        'Size',
        'Industry',
        'City',
        'Owner',
        'Last contact',
        'Other names',
        'Address',
        'Website',
      ],
    ]);
    expect(en.columns).toEqual(zh.columns);
  });

  it('recognises an office’s own headers, and lists the ones it leaves out', () => {
    const layout = findLayout('enterprises', [
      ['备注行'],
      ['序号', '公司名称', '所有制', '规模', '合作等级', '对接人', '联系老师'],
    ]);
    expect(layout).toEqual({
      headerRow: 1,
      columns: { name: 1, ownership: 2, size: 3, tier: 4, owner: 5 },
      skipped: [
        { header: '序号', derived: false },
        { header: '联系老师', derived: false },
      ],
    });
  });

  it('recognises a contact export: the enterprise is the organisation, the chamber its own column', () => {
    expect(
      findLayout('contacts', [['姓名', '职务', '企业', '商会', '电话', '邮箱', '联系许可', '微信']]).columns,
    ).toEqual({ name: 0, title: 1, organisation: 2, chamber: 3, phone: 4, email: 5, permission: 6, wechat: 7 });
    expect(
      findLayout('contacts', [['Name', 'Title', 'Enterprise', 'Chamber', 'Phone', 'E-mail', 'Permission', 'WeChat']])
        .columns,
    ).toEqual({ name: 0, title: 1, organisation: 2, chamber: 3, phone: 4, email: 5, permission: 6, wechat: 7 });
  });

  it('reads a cell the export escaped as it was before', () => {
    const layout = findLayout('contacts', [['姓名', '电话']]);
    expect(rowValues(layout, ["'=HYPERLINK(1)", "'+86 138 0000 0001"])).toEqual({
      name: '=HYPERLINK(1)',
      phone: '+86 138 0000 0001',
    });
    expect(rowValues(layout, ["'引号", ''])).toEqual({ name: "'引号" });
  });

  it('splits a cell of names at the export’s separator when it has one, else at the marks offices use', () => {
    expect(cellList('Jianglang Technology Co., Ltd.; 江朗')).toEqual(['Jianglang Technology Co., Ltd.', '江朗']);
    expect(cellList('江朗、JL，Jianglang')).toEqual(['江朗', 'JL', 'Jianglang']);
    expect(cellList('甲；乙\n丙')).toEqual(['甲', '乙', '丙']);
  });
});
