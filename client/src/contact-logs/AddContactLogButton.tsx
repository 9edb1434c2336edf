import { useState } from 'react';
import AddCommentIcon from '@mui/icons-material/AddComment';
import { Button, useRecordContext } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import { RecordDialog } from '../common/RecordDialog';
import { ContactLogInputs } from './ContactLogInputs';

/** Logs a contact from the household page; the timeline shows it at once. */
export const AddContactLogButton = () => {
  const household = useRecordContext();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  if (!household) return null;
  const close = () => {
    setOpen(false);
    void queryClient.invalidateQueries({ queryKey: ['api'] });
  };
  return (
    <>
      <Button label="resources.contact-logs.name" onClick={() => setOpen(true)}>
        <AddCommentIcon />
      </Button>
      {open && (
        <RecordDialog resource="contact-logs" title="resources.contact-logs.name" fixed={{ householdId: household.id }} onClose={close}>
          <ContactLogInputs showHousehold={false} householdId={String(household.id)} />
        </RecordDialog>
      )}
    </>
  );
};
