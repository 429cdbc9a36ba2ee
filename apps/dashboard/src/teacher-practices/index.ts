import PracticeIcon from '@mui/icons-material/Engineering';
import type { TeacherPractice } from '@crm/domain';
import { formPages } from '../common/pages';
import { appI18n } from '../i18n';
import { TeacherPracticeInputs, validatePractice } from './TeacherPracticeInputs';
import { TeacherPracticeList } from './TeacherPracticeList';
import { TeacherPracticeShow } from './TeacherPracticeShow';

export default {
  list: TeacherPracticeList,
  show: TeacherPracticeShow,
  ...formPages(TeacherPracticeInputs, { validate: validatePractice }),
  icon: PracticeIcon,
  // react-admin calls this outside React, so it asks the app's translator directly (it speaks the current language)
  recordRepresentation: (practice: TeacherPractice) =>
    appI18n().translate('crm.teacherPractices.representation', {
      startsOn: practice.startsOn,
      endsOn: practice.endsOn,
      days: practice.days,
    }),
};
