import { defineMessages } from '../define';

/** Duplicates and merging two records into one. */
export default defineMessages(
  'merge',
  {
    fieldsAllowed: 'may name only {allowed} (not {given})',
    sameRecord: 'must be another {noun} than the survivor',
    noOther: 'There is no live {noun} with id {id} to merge.',
    namesNoLive: 'names no live {noun}',
    queryText: 'must be given once, as text of at most {max} characters',
  },
  {
    fieldsAllowed: '只能是 {allowed}（而不是 {given}）',
    sameRecord: '必须是保留记录以外的另一条{noun}',
    noOther: '不存在可合并的、id 为 {id} 的{noun}。',
    namesNoLive: '指向的{noun}不存在或已删除',
    queryText: '只能给出一次，且为不超过 {max} 个字符的文本',
  },
);
