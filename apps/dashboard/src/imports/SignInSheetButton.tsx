import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button } from '@mui/material';
import { Link } from 'react-router-dom';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';

/** On a meeting: import its sign-in sheet (签到表), which adds the people and organisations to it. */
export function SignInSheetButton() {
  const translate = useTranslate();
  const meeting = useRecordContext();
  // the import adds attendees to the meeting: an update of this meeting, through an import
  const { canAccess: mayImport } = useCanAccess({ action: 'create', resource: 'imports' });
  const { canAccess: mayEdit } = useCanAccess({
    action: 'edit',
    resource: 'meetings',
    record: meeting,
    enabled: !!meeting,
  });
  if (!meeting || !mayImport || !mayEdit) return null;
  return (
    <Button
      component={Link}
      to={`/import?kind=attendees&meetingId=${meeting.id}`}
      size="small"
      startIcon={<UploadFileIcon />}
    >
      {translate('crm.imports.signInSheet')}
    </Button>
  );
}
