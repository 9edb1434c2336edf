import { Box, Card, CardContent, Chip, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import AddTaskIcon from '@mui/icons-material/AddTask';
import { Button, useCreate, useGetIdentity, useNotify, useTranslate, CanAccess } from 'react-admin';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { API_QUERY_KEY, useApi } from '../common/useApi';
import type { Deadline } from '../api/types';
import { formatDay } from '../common/dates';

/** A week ahead of the deadline, or today if that has passed (read when the task is made, not while rendering). */
const taskDueDate = (d: Deadline) =>
  new Date(Math.max(Date.now(), new Date(`${d.date}T00:00:00Z`).getTime() - 7 * 86400000)).toISOString().slice(0, 10);

/**
 * What comes up in the next weeks, early enough to act: a host family's end
 * date with two days' notice wrecks a job search.
 */
export const DeadlinesPanel = ({ weeks = 8, mine = false }: { weeks?: number; mine?: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { identity } = useGetIdentity();
  const [create] = useCreate();
  const { data = [] } = useApi('getDeadlines', { weeks, mine });

  const createTask = async (d: Deadline) => {
    const due = taskDueDate(d);
    try {
      await create(
        'tasks',
        {
          data: {
            title: translate('app.deadlines.taskTitle', {
              kind: translate(`app.deadlines.kind.${d.kind}`),
              reference: d.householdReference,
            }),
            dueDate: due,
            householdId: d.householdId,
            personId: d.personId,
            placementId: d.placementId,
            deadlineKind: d.kind,
            deadlineDate: d.date,
            assigneeId: identity?.id,
          },
        },
        { returnPromise: true },
      );
      notify('ra.notification.created', { messageArgs: { smart_count: 1 } });
      await queryClient.invalidateQueries({ queryKey: API_QUERY_KEY });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };

  return (
    <Card sx={{ mb: 2 }} data-testid="deadlines">
      <CardContent>
        <Typography variant="h6">{translate('app.deadlines.title', { smart_count: weeks })}</Typography>
        {data.length === 0 && <Typography variant="body2">{translate('app.deadlines.none')}</Typography>}
        <Table size="small">
          <TableBody>
            {data.map((d) => (
              <TableRow
                key={`${d.kind}-${d.householdId}-${d.placementId ?? ''}`}
                data-testid={`deadline-${d.householdReference}-${d.kind}`}
              >
                <TableCell>
                  <Chip
                    size="small"
                    color={d.daysLeft <= 14 ? 'error' : d.daysLeft <= 28 ? 'warning' : 'default'}
                    label={translate('app.deadlines.inDays', { smart_count: d.daysLeft })}
                  />
                </TableCell>
                <TableCell>{translate(`app.deadlines.kind.${d.kind}`)}</TableCell>
                <TableCell>{formatDay(d.date)}</TableCell>
                <TableCell>
                  <Link to={`/households/${d.householdId}/show`}>{d.householdReference}</Link>
                </TableCell>
                <TableCell align="right">
                  {d.taskId ? (
                    <Box component={Link} to={`/tasks/${d.taskId}`} sx={{ fontSize: 13 }}>
                      {translate('app.deadlines.taskExists')}
                    </Box>
                  ) : (
                    <CanAccess resource="tasks" action="create">
                      <Button label="app.deadlines.createTask" onClick={() => createTask(d)}>
                        <AddTaskIcon />
                      </Button>
                    </CanAccess>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};
