import type { ReactNode } from 'react';
import { Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import AddTaskIcon from '@mui/icons-material/AddTask';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, CanAccess, Link, useCreate, useGetMany, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useApi } from '../common/useApi';
import { formatNumber } from '../common/formats';
import type { Person, PersonSuggestion, Placement, SuggestionReason, Vacancy, VacancySuggestion } from '../api/types';
import { Reasons } from './Reasons';

/** The placement a suggestion becomes in one click: proposed, for the vacancy's employer and terms. */
export function proposalFor(vacancy: Vacancy, personId: string, reasons: SuggestionReason[]): Partial<Placement> {
  const training = reasons.find((r) => r.factor === 'training');
  return {
    personId,
    vacancyId: vacancy.id,
    employerId: vacancy.employerId,
    type: 'paid_job',
    contractType: vacancy.contractType,
    hoursPerWeek: vacancy.hoursPerWeek,
    sector: vacancy.sector,
    jobTitle: vacancy.title,
    status: 'proposed',
    source: 'matcher',
    fit: training?.outcome === 'met' ? 'fits' : undefined,
  };
}

function useProposal() {
  const [create, { isPending }] = useCreate<Placement>();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const propose = async (placement: Partial<Placement>) => {
    try {
      await create('placements', { data: placement }, { returnPromise: true });
      notify('app.suggestions.proposed', { type: 'success' });
      // The suggestions leave out whom a live placement already names.
      await queryClient.invalidateQueries();
    } catch (error) {
      notify((error as Error).message, { type: 'error', autoHideDuration: 10000 });
    }
  };
  return { propose, isPending };
}

const Score = ({ score }: { score: number }) => {
  const [locale] = useLocaleState();
  return <strong>{formatNumber(score, 1, locale)}</strong>;
};

/** Persons in matching for a vacancy, best first, each with the reasons of its score and a button that proposes. */
export const VacancySuggestions = ({ vacancy }: { vacancy: Vacancy }) => {
  const translate = useTranslate();
  const { data: suggestions = [], isPending } = useApi('getVacancySuggestions', { vacancyId: vacancy.id });
  const { data: persons = [] } = useGetMany<Person>(
    'persons',
    { ids: suggestions.map((s) => s.personId) },
    { enabled: suggestions.length > 0 },
  );
  const { propose, isPending: proposing } = useProposal();
  const [proposed, setProposed] = useState<string | null>(null);
  return (
    <Card variant="outlined" data-testid="vacancy-suggestions">
      <CardContent>
        <Typography variant="h6">{translate('app.suggestions.forVacancy')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('app.suggestions.explain')}
        </Typography>
        {!isPending && suggestions.length === 0 && <Typography>{translate('app.suggestions.none')}</Typography>}
        {suggestions.length > 0 && (
          <SuggestionTable<PersonSuggestion>
            rows={suggestions}
            keyOf={(s) => s.personId}
            first={translate('app.suggestions.person')}
            name={(s) => (
              <Link to={`/persons/${s.personId}/show`}>
                {persons.find((p) => p.id === s.personId)?.firstName ?? '…'}
              </Link>
            )}
            action={(s) =>
              vacancy.status === 'open' ? (
                <CanAccess resource="placements" action="create">
                  <Button
                    label="app.suggestions.propose"
                    disabled={proposing || proposed === s.personId}
                    onClick={() => {
                      setProposed(s.personId);
                      void propose(proposalFor(vacancy, s.personId, s.reasons));
                    }}
                    data-testid="propose"
                  >
                    <AddTaskIcon />
                  </Button>
                </CanAccess>
              ) : null
            }
          />
        )}
      </CardContent>
    </Card>
  );
};

/** Open vacancies for a person, best first, each with its reasons and a button that proposes. */
export const PersonSuggestions = ({ personId }: { personId: string }) => {
  const translate = useTranslate();
  const { data: suggestions = [], isPending } = useApi('getPersonSuggestions', { personId });
  const { data: vacancies = [] } = useGetMany<Vacancy>(
    'vacancies',
    { ids: suggestions.map((s) => s.vacancyId) },
    { enabled: suggestions.length > 0 },
  );
  const { propose, isPending: proposing } = useProposal();
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="person-suggestions">
      <CardContent>
        <Typography variant="h6">{translate('app.suggestions.forPerson')}</Typography>
        {!isPending && suggestions.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate('app.suggestions.none')}
          </Typography>
        )}
        {suggestions.length > 0 && (
          <SuggestionTable<VacancySuggestion>
            rows={suggestions}
            keyOf={(s) => s.vacancyId}
            first={translate('app.suggestions.vacancy')}
            name={(s) => (
              <Link to={`/vacancies/${s.vacancyId}/show`}>
                {vacancies.find((v) => v.id === s.vacancyId)?.title ?? '…'}
              </Link>
            )}
            action={(s) => {
              const vacancy = vacancies.find((v) => v.id === s.vacancyId);
              return vacancy ? (
                <CanAccess resource="placements" action="create">
                  <Button
                    label="app.suggestions.propose"
                    disabled={proposing}
                    onClick={() => void propose(proposalFor(vacancy, personId, s.reasons))}
                  >
                    <AddTaskIcon />
                  </Button>
                </CanAccess>
              ) : null;
            }}
          />
        )}
      </CardContent>
    </Card>
  );
};

interface TableProps<S extends { score: number; reasons: SuggestionReason[] }> {
  rows: S[];
  keyOf: (s: S) => string;
  first: string;
  name: (s: S) => ReactNode;
  action: (s: S) => ReactNode;
}

function SuggestionTable<S extends { score: number; reasons: SuggestionReason[] }>({
  rows,
  keyOf,
  first,
  name,
  action,
}: TableProps<S>) {
  const translate = useTranslate();
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{first}</TableCell>
            <TableCell align="right">{translate('app.suggestions.score')}</TableCell>
            <TableCell>{translate('app.suggestions.reasons')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((s) => (
            <TableRow key={keyOf(s)} data-testid="suggestion">
              <TableCell>{name(s)}</TableCell>
              <TableCell align="right">
                <Score score={s.score} />
              </TableCell>
              <TableCell>
                <Reasons reasons={s.reasons} />
              </TableCell>
              <TableCell>{action(s)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
