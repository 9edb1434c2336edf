import { useState } from 'react';
import AddCommentIcon from '@mui/icons-material/AddComment';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import { API_QUERY_KEY } from '../common/useApi';
import { RecordDialog } from '../common/RecordDialog';
import { ContactLogInputs } from './ContactLogInputs';

/** Logs a contact from the household page; the timeline shows it at once. */
export const AddContactLogButton = () => {
  const household = useRecordContext();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  if (!household) return null;
  // The resource name has a plural form ("a |||| b"); without a smart_count both forms would show.
  const label = translate('resources.contact-logs.name', { smart_count: 1 });
  const close = () => {
    setOpen(false);
    void queryClient.invalidateQueries({ queryKey: API_QUERY_KEY });
  };
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)}>
        <AddCommentIcon />
      </Button>
      {open && (
        <RecordDialog resource="contact-logs" title={label} fixed={{ householdId: household.id }} onClose={close}>
          <ContactLogInputs showHousehold={false} householdId={String(household.id)} />
        </RecordDialog>
      )}
    </>
  );
};
