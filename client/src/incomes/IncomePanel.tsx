import { useState } from 'react';
import { Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import {
  Button,
  CanAccess,
  DateInput,
  NumberInput,
  SelectInput,
  required,
  useGetList,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { useAllows } from '../common/useAllows';
import { choices, INCOME_SOURCES } from '../common/choices';
import { RecordDialog } from '../common/RecordDialog';
import { formatDay } from '../common/dates';
import { intlTag } from '../common/formats';
import type { Income, Person } from '../api/types';

const sourceChoices = choices('incomes', 'source', INCOME_SOURCES);

/**
 * A person's incomes (gross per month, from a date, until a date or open): they decide the household's
 * contribution and whether living allowance stops (letter 003). Added and changed here, on the person page.
 */
export const IncomePanel = ({ person }: { person: Person }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const mayEdit = useAllows('incomes', 'edit');
  const [editing, setEditing] = useState<Income | 'new' | null>(null);
  const { data: incomes = [] } = useGetList<Income>('incomes', {
    filter: { personId: person.id },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'from', order: 'DESC' },
  });
  const euro = new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency: 'EUR' });
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="income-panel">
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="h6">{translate('app.incomes.title')}</Typography>
          <CanAccess resource="incomes" action="create">
            <Button label="app.incomes.add" variant="outlined" onClick={() => setEditing('new')}>
              <AddIcon />
            </Button>
          </CanAccess>
        </Box>
        {incomes.length === 0 ? (
          <Typography variant="body2">{translate('app.incomes.none')}</Typography>
        ) : (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.incomes.fields.source')}</TableCell>
                  <TableCell align="right">{translate('resources.incomes.fields.amount')}</TableCell>
                  <TableCell>{translate('resources.incomes.fields.from')}</TableCell>
                  <TableCell>{translate('resources.incomes.fields.to')}</TableCell>
                  {mayEdit && <TableCell />}
                </TableRow>
              </TableHead>
              <TableBody>
                {incomes.map((income) => (
                  <TableRow key={income.id}>
                    <TableCell>{translate(`resources.incomes.source.${income.source}`)}</TableCell>
                    <TableCell align="right">{euro.format(income.amount)}</TableCell>
                    <TableCell>{formatDay(income.from)}</TableCell>
                    <TableCell>{income.to ? formatDay(income.to) : '—'}</TableCell>
                    {mayEdit && (
                      <TableCell padding="none">
                        <Button label="ra.action.edit" onClick={() => setEditing(income)}>
                          <EditIcon />
                        </Button>
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
      {editing && (
        <RecordDialog
          resource="incomes"
          title={editing === 'new' ? 'app.incomes.add' : 'app.incomes.edit'}
          fixed={{ personId: person.id }}
          record={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        >
          <SelectInput source="source" choices={sourceChoices} validate={required()} />
          <NumberInput source="amount" validate={required()} min={0} step={0.01} helperText="app.incomes.amountHelp" />
          <DateInput source="from" validate={required()} />
          <DateInput source="to" helperText="app.incomes.toHelp" />
        </RecordDialog>
      )}
    </Card>
  );
};
