import IntakeIcon from '@mui/icons-material/Work';
import type { Intake } from '@crm/domain';
import { appI18n, vocabularyKey } from '../i18n';
import { formPages } from '../common/pages';
import { IntakeInputs } from './IntakeInputs';
import { IntakeList } from './IntakeList';
import { IntakeShow } from './IntakeShow';

export default {
  list: IntakeList,
  show: IntakeShow,
  ...formPages(IntakeInputs),
  icon: IntakeIcon,
  // react-admin calls this outside React, so it asks the app's translator directly (it speaks the current language)
  recordRepresentation: (intake: Intake) =>
    appI18n().translate('crm.intakes.representation', {
      academicYear: intake.academicYear,
      term: appI18n().translate(vocabularyKey('terms', intake.term)),
      placed: intake.placed,
    }),
};
