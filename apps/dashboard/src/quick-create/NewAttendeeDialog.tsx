import { Dialog, DialogContent, DialogTitle } from '@mui/material';
import type { Contact } from '@crm/domain';
import { useRef } from 'react';
import { CreateBase, SimpleForm, useCreateSuggestionContext, useTranslate } from 'react-admin';
import { ContactInputs, validateContact } from '../contacts/ContactInputs';

/**
 * A guest not in the CRM yet is entered from the meeting's attendee picker: the name typed there,
 * their title and organisation (an organisation not in the CRM yet is created the same way), and
 * they are an attendee once saved, without leaving the meeting's form.
 */
export function NewAttendeeDialog() {
  const { filter, onCancel, onCreate } = useCreateSuggestionContext();
  const translate = useTranslate();
  const content = useRef<HTMLDivElement>(null);
  // the name is already typed: once the dialog is in place (and has taken the focus), the cursor goes to the title
  const focusTitle = () => content.current?.querySelector<HTMLInputElement>('input[name="title"]')?.focus();
  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="sm" slotProps={{ transition: { onEntered: focusTitle } }}>
      <DialogTitle>{translate('crm.lessTyping.newAttendee')}</DialogTitle>
      {/* the dialog is drawn outside the meeting's form but React passes its events up to it: its submit stays here */}
      <DialogContent ref={content} onSubmit={(event) => event.stopPropagation()} sx={{ p: 0 }}>
        <CreateBase<Contact>
          resource="contacts"
          redirect={false}
          record={{ name: filter }}
          mutationOptions={{ onSuccess: (contact) => onCreate(contact) }}
        >
          <SimpleForm validate={validateContact}>
            <ContactInputs />
          </SimpleForm>
        </CreateBase>
      </DialogContent>
    </Dialog>
  );
}
