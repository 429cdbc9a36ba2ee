import { defineMessages } from '../define';

/** The sentences of the rules every resource shares (CRUD, references, optimistic locking). */
export default defineMessages(
  'records',
  {
    notFound: 'There is no {noun} with id {id}.',
    notFoundDeleted: 'There is no deleted {noun} with id {id}.',
    staleVersion:
      'Someone else changed this {noun} since you opened it (your version {yours}, now {current}). Reload it and make your change again.',
    stillUsed: 'This {noun} cannot be deleted while it still has {dependents}; delete or reassign those first.',
    versionField: 'is {yours}, the stored record is at {current}',
    namesNo: 'names no {noun} (id {id})',
    namesNoMany: 'names no {noun} with id {ids}',
    rowRefused: 'Row {row}: {reason} Nothing was written.',
  },
  {
    notFound: '不存在 id 为 {id} 的{noun}。',
    notFoundDeleted: '回收站中不存在 id 为 {id} 的{noun}。',
    staleVersion: '您打开此{noun}后，已有其他人修改了它（您的版本 {yours}，当前版本 {current}）。请重新加载后再修改。',
    stillUsed: '此{noun}仍有 {dependents}，不能删除；请先删除或转移这些记录。',
    versionField: '为 {yours}，已保存的记录为 {current}',
    namesNo: '指向的{noun}不存在（id {id}）',
    namesNoMany: '指向的{noun}不存在：id {ids}',
    rowRefused: '第 {row} 行：{reason}未写入任何记录。',
  },
);
