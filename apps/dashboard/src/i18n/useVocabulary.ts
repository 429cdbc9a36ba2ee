import { useTranslate } from 'react-admin';
import type { VocabularyName } from '@crm/domain';
import { vocabularyKey } from './vocabulary';

/** The label of a vocabulary value in the interface's language: `label('outcomeKinds', 'joint_lab')`. */
export function useVocabularyLabel() {
  const translate = useTranslate();
  return (name: VocabularyName, value: string | null | undefined) =>
    value ? translate(vocabularyKey(name, value), { _: value }) : '';
}
