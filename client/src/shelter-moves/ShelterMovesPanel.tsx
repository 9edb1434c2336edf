import { useState } from 'react';
import { Box, Card, CardContent, Chip, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import {
  BooleanInput,
  Button,
  CanAccess,
  DateInput,
  NumberInput,
  SelectInput,
  TextInput,
  maxValue,
  minValue,
  required,
  useGetList,
  useTranslate,
} from 'react-admin';
import { RecordDialog } from '../common/RecordDialog';
import { formatDay } from '../common/dates';
import { choices, SHELTER_TYPES } from '../common/choices';
import type { ShelterMove } from '../api/types';

/**
 * Where the household moved and how much notice it had; the household's
 * shelter type follows the latest move (the server keeps it so).
 */
export const ShelterMovesPanel = ({ householdId }: { householdId: string }) => {
  const translate = useTranslate();
  const [adding, setAdding] = useState(false);
  const { data: moves = [] } = useGetList<ShelterMove>('shelter-moves', {
    filter: { householdId },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'date', order: 'DESC' },
  });
  const shelter = (type: string) => translate(`resources.households.shelterType.${type}`);
  const place = (type: string, name: string | null) => (name ? `${shelter(type)} (${name})` : shelter(type));

  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="shelter-moves-panel">
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="h6">{translate('app.shelterMoves.title')}</Typography>
          <CanAccess resource="shelter-moves" action="create">
            <Button label="app.shelterMoves.add" variant="outlined" onClick={() => setAdding(true)}>
              <AddIcon />
            </Button>
          </CanAccess>
        </Box>
        <Typography variant="body2" color="text.secondary">
          {translate('app.shelterMoves.followsHint')}
        </Typography>
        {moves.length === 0 && <Typography variant="body2">{translate('app.shelterMoves.none')}</Typography>}
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <TableBody>
              {moves.map((m) => (
                <TableRow key={m.id} data-testid="shelter-move">
                  <TableCell>{formatDay(m.date)}</TableCell>
                  <TableCell>
                    {place(m.fromShelterType, m.fromPlace)} → {place(m.toShelterType, m.toPlace)}
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      color={m.forced ? 'warning' : 'default'}
                      label={translate(m.forced ? 'app.shelterMoves.forced' : 'app.shelterMoves.chosen')}
                    />
                  </TableCell>
                  <TableCell>
                    {m.noticeDays === null
                      ? translate('app.shelterMoves.noticeUnknown')
                      : translate('app.shelterMoves.noticeDays', { smart_count: m.noticeDays })}
                  </TableCell>
                  <TableCell>{m.reason ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      </CardContent>
      {adding && (
        <RecordDialog
          resource="shelter-moves"
          title="app.shelterMoves.add"
          fixed={{ householdId }}
          onClose={() => setAdding(false)}
        >
          <DateInput source="date" defaultValue={new Date().toISOString().slice(0, 10)} validate={required()} />
          <SelectInput
            source="toShelterType"
            choices={choices('households', 'shelterType', SHELTER_TYPES)}
            validate={required()}
          />
          <TextInput source="fromPlace" />
          <TextInput source="toPlace" />
          <NumberInput source="noticeDays" step={1} validate={[minValue(0), maxValue(365)]} />
          <BooleanInput source="forced" defaultValue={false} />
          <TextInput source="reason" multiline fullWidth />
        </RecordDialog>
      )}
    </Card>
  );
};
