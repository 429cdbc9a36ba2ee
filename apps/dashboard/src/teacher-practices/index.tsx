import PracticeIcon from '@mui/icons-material/Engineering';
import type { TeacherPractice } from '@crm/domain';
import { ResourceCreate, ResourceEdit } from '../common/pages';
import { i18nProvider } from '../i18n';
import { TeacherPracticeInputs, validatePractice } from './TeacherPracticeInputs';
import { TeacherPracticeList } from './TeacherPracticeList';
import { TeacherPracticeShow } from './TeacherPracticeShow';

export default {
  list: TeacherPracticeList,
  show: TeacherPracticeShow,
  edit: () => (
    <ResourceEdit validate={validatePractice}>
      <TeacherPracticeInputs />
    </ResourceEdit>
  ),
  create: () => (
    <ResourceCreate validate={validatePractice}>
      <TeacherPracticeInputs />
    </ResourceCreate>
  ),
  icon: PracticeIcon,
  // react-admin calls this outside React, so it asks the app's translator directly (it speaks the current language)
  recordRepresentation: (practice: TeacherPractice) => i18nProvider.translate('crm.teacherPractices.representation', { startsOn: practice.startsOn, endsOn: practice.endsOn, days: practice.days }),
};
