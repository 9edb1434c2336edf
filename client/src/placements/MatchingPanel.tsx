import { useState } from 'react';
import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import {
  Button,
  ReferenceField,
  TextField,
  RecordContextProvider,
  useGetList,
  useTranslate,
  type RaRecord,
  CanAccess,
} from 'react-admin';
import { RecordDialog } from '../common/RecordDialog';
import { PlacementInputs } from './PlacementInputs';
import { ConversationInputs } from '../network-conversations/ConversationInputs';
import { formatDay } from '../common/dates';
import type { NetworkConversation, Person, Placement } from '../api/types';

type Item = { kind: 'conversation' | 'placement'; date: string; record: RaRecord };

/** A person's network conversations and placements as one timeline, newest first; added from here. */
export const MatchingPanel = ({ person }: { person: Person }) => {
  const translate = useTranslate();
  const [adding, setAdding] = useState<'conversation' | 'placement' | null>(null);
  const filter = { personId: person.id };
  const page = { page: 1, perPage: 200 };
  const { data: conversations = [] } = useGetList<NetworkConversation>('network-conversations', {
    filter,
    pagination: page,
    sort: { field: 'date', order: 'DESC' },
  });
  const { data: placements = [] } = useGetList<Placement>('placements', {
    filter,
    pagination: page,
    sort: { field: 'startDate', order: 'DESC' },
  });
  const items: Item[] = [
    ...conversations.map((record) => ({ kind: 'conversation' as const, date: record.date, record })),
    ...placements.map((record) => ({
      kind: 'placement' as const,
      date: record.startDate ?? record.createdAt?.slice(0, 10),
      record,
    })),
  ].sort((a, b) => String(b.date).localeCompare(String(a.date)));

  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="matching-panel">
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="h6">{translate('app.matching.title')}</Typography>
          <Box sx={{ display: 'flex', gap: 1 }}>
            <CanAccess resource="network-conversations" action="create">
              <Button label="app.matching.addConversation" variant="outlined" onClick={() => setAdding('conversation')}>
                <AddIcon />
              </Button>
            </CanAccess>
            <CanAccess resource="placements" action="create">
              <Button label="app.matching.addPlacement" variant="outlined" onClick={() => setAdding('placement')}>
                <AddIcon />
              </Button>
            </CanAccess>
          </Box>
        </Box>
        {items.length === 0 && <Typography variant="body2">{translate('app.matching.empty')}</Typography>}
        <Box component="ol" sx={{ listStyle: 'none', pl: 0, borderLeft: '3px solid #1976d2', ml: 1 }}>
          {items.map(({ kind, date, record }) => (
            <RecordContextProvider key={`${kind}-${record.id}`} value={record}>
              <Box component="li" sx={{ pl: 2, mb: 1.5 }}>
                <Typography variant="caption" color="text.secondary">
                  {formatDay(date)} ·{' '}
                  {translate(
                    kind === 'conversation' ? 'resources.network-conversations.name' : 'resources.placements.name',
                    { smart_count: 1 },
                  )}
                </Typography>
                <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                  {record.employerId ? (
                    <ReferenceField source="employerId" reference="employers" link="show" />
                  ) : (
                    <TextField source="contact" />
                  )}
                  {kind === 'placement' ? (
                    <>
                      <Chip size="small" label={translate(`resources.placements.type.${record.type}`)} />
                      <Chip
                        size="small"
                        color={record.status === 'started' ? 'success' : 'default'}
                        label={translate(`resources.placements.status.${record.status}`)}
                      />
                      {record.longTerm && (
                        <Chip
                          size="small"
                          variant="outlined"
                          label={translate('resources.placements.fields.longTerm')}
                        />
                      )}
                    </>
                  ) : (
                    record.outcome && (
                      <Chip
                        size="small"
                        label={translate(`resources.network-conversations.outcome.${record.outcome}`)}
                      />
                    )
                  )}
                </Box>
              </Box>
            </RecordContextProvider>
          ))}
        </Box>
      </CardContent>
      {adding === 'conversation' && (
        <RecordDialog
          resource="network-conversations"
          title="app.matching.addConversation"
          fixed={{ personId: person.id }}
          onClose={() => setAdding(null)}
        >
          <ConversationInputs showPerson={false} />
        </RecordDialog>
      )}
      {adding === 'placement' && (
        <RecordDialog
          resource="placements"
          title="app.matching.addPlacement"
          fixed={{ personId: person.id }}
          onClose={() => setAdding(null)}
        >
          <PlacementInputs showPerson={false} />
        </RecordDialog>
      )}
    </Card>
  );
};
