import { useState } from 'react';
import { Button, CanAccess, useNotify, useRecordContext } from 'react-admin';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import { saveFile } from '../reports/download';
import { useApiMutation } from '../common/useApi';
import { EraseDialog } from './EraseDialog';
import { PrintableExport } from './PrintableExport';

/** On a person's page: download all their data, read it in print, erase it (for those the table allows). */
export const PersonDataActions = () => {
  const record = useRecordContext<{ id: string; firstName: string; householdId: string }>();
  const notify = useNotify();
  const [printing, setPrinting] = useState(false);
  const [erasing, setErasing] = useState(false);
  const download = useApiMutation('downloadPersonExport', {
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
    onError: (error) => notify(error.message, { type: 'error' }),
  });
  if (!record) return null;
  return (
    <>
      <CanAccess resource="person-data" action="export">
        <Button label="app.personData.export" onClick={() => download.mutate({ personId: record.id })}>
          <DownloadIcon />
        </Button>
        <Button label="app.personData.printable" onClick={() => setPrinting(true)}>
          <PrintIcon />
        </Button>
        {printing && <PrintableExport personId={record.id} onClose={() => setPrinting(false)} />}
      </CanAccess>
      <CanAccess resource="person-data" action="erase">
        <Button label="app.personData.erase" color="error" onClick={() => setErasing(true)}>
          <DeleteForeverIcon />
        </Button>
        <EraseDialog
          open={erasing}
          onClose={() => setErasing(false)}
          expected={record.firstName}
          kind="person"
          id={record.id}
          redirectTo={`/households/${record.householdId}/show`}
        />
      </CanAccess>
    </>
  );
};

/** On a household's page: erase the household and every member. */
export const EraseHouseholdAction = () => {
  const record = useRecordContext<{ id: string; reference: string }>();
  const [erasing, setErasing] = useState(false);
  if (!record) return null;
  return (
    <CanAccess resource="person-data" action="erase">
      <Button label="app.personData.eraseHousehold" color="error" onClick={() => setErasing(true)}>
        <DeleteForeverIcon />
      </Button>
      <EraseDialog
        open={erasing}
        onClose={() => setErasing(false)}
        expected={record.reference}
        kind="household"
        id={record.id}
        redirectTo="/households"
      />
    </CanAccess>
  );
};
