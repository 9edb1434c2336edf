import type { ReactNode } from 'react';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import {
  Button,
  Form,
  ResourceContextProvider,
  SaveButton,
  useCreate,
  useNotify,
  useRefresh,
  useTranslate,
  useUpdate,
  type RaRecord,
} from 'react-admin';
import { DirtyWatcher, useGuardedClose } from './DiscardGuard';

interface RecordDialogProps {
  resource: string;
  title: string;
  /** Fields the dialog sets itself (the parent's id). */
  fixed: Record<string, unknown>;
  record?: RaRecord;
  /** Rewrites the server's field errors before they show (e.g. to translate a known one). */
  mapErrors?: (errors: Record<string, string>) => Record<string, string>;
  onClose: () => void;
  children: ReactNode;
}

/**
 * Adds or edits a child record without leaving the parent's page; server
 * field errors show next to the inputs. Closing it with changes typed asks first.
 */
export const RecordDialog = ({ resource, title, fixed, record, mapErrors, onClose, children }: RecordDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [create, { isPending: creating }] = useCreate();
  const [update, { isPending: updating }] = useUpdate();
  const { dirty, requestClose, confirmation } = useGuardedClose(onClose);

  const save = async (values: Record<string, unknown>) => {
    const data = { ...values, ...fixed };
    try {
      if (record) {
        await update(
          resource,
          { id: record.id, data, previousData: record },
          { mutationMode: 'pessimistic', returnPromise: true },
        );
      } else {
        await create(resource, { data }, { returnPromise: true });
      }
      notify(record ? 'ra.notification.updated' : 'ra.notification.created', { messageArgs: { smart_count: 1 } });
      refresh();
      onClose();
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      if (body?.errors) return mapErrors ? mapErrors(body.errors) : body.errors;
      notify((error as Error).message ?? 'ra.notification.http_error', { type: 'error' });
    }
  };

  return (
    <Dialog open onClose={requestClose} fullWidth maxWidth="md">
      <ResourceContextProvider value={resource}>
        <Form record={record ?? fixed} onSubmit={save}>
          <DirtyWatcher dirtyRef={dirty} />
          <DialogTitle>{translate(title)}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={requestClose} />
            <SaveButton disabled={creating || updating} alwaysEnable />
          </DialogActions>
        </Form>
      </ResourceContextProvider>
      {confirmation}
    </Dialog>
  );
};
