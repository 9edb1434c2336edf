import { useEffect, useState } from 'react';
import {
  Button as RaButton,
  Confirm,
  CreateButton,
  List,
  SelectField,
  TextField,
  TopToolbar,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { useParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  FormControlLabel,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { importKindValues } from '../api/schema';
import type { ImportJob, ImportKind } from '../api/types';
import { choices } from '../common/choices';
import { DateField, NumberField } from '../common/fields';
import { apiQueryKey, useApi, useApiMutation } from '../common/useApi';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListColumnsButton } from '../layout/ListColumns';
import { importFieldLabel, naturalKeyOf, problemText } from './texts';

const kindChoices = choices('imports', 'kind', importKindValues);
const statusChoices = choices('imports', 'status', ['uploaded', 'checking', 'checked', 'importing', 'done', 'failed']);
const running = (job: ImportJob) => job.status === 'checking' || job.status === 'importing';

const ImportsEmpty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }}>
      <Typography sx={{ mb: 2 }}>{translate('resources.imports.page.empty')}</Typography>
      <CreateButton label="resources.imports.page.start" />
    </Box>
  );
};

const ImportList = () => (
  <List
    sort={{ field: 'createdAt', order: 'DESC' }}
    empty={<ImportsEmpty />}
    actions={
      <TopToolbar>
        <ListColumnsButton />
        <CreateButton label="resources.imports.page.start" />
      </TopToolbar>
    }
  >
    <ResponsiveDatagrid configurable rowClick="show" bulkActionButtons={false}>
      <TextField source="fileName" sortable={false} />
      <SelectField source="kind" choices={kindChoices} sortable={false} />
      <SelectField source="status" choices={statusChoices} sortable={false} />
      <NumberField source="rowsTotal" sortable={false} />
      <NumberField source="created" sortable={false} />
      <NumberField source="updated" sortable={false} />
      <NumberField source="rowsFailed" sortable={false} />
      <DateField source="createdAt" showTime sortable={false} />
    </ResponsiveDatagrid>
  </List>
);

/** Step one: what is imported, and the file. */
const ImportCreate = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const notify = useNotify();
  const [kind, setKind] = useState<ImportKind>('households');
  const [file, setFile] = useState<File | null>(null);
  const upload = useApiMutation('uploadImport', {
    onSuccess: (job) => redirect('show', 'imports', job.id),
    onError: (error) => notify(error.message, { type: 'error' }),
  });
  return (
    <Card sx={{ mt: 2, maxWidth: 640 }}>
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6">{translate('resources.imports.page.start')}</Typography>
          <MuiTextField
            select
            label={translate('resources.imports.fields.kind')}
            value={kind}
            onChange={(event) => setKind(event.target.value as ImportKind)}
          >
            {kindChoices.map((choice) => (
              <MenuItem key={choice.id} value={choice.id}>
                {translate(choice.name)}
              </MenuItem>
            ))}
          </MuiTextField>
          <Button variant="outlined" component="label" startIcon={<UploadFileIcon />}>
            {file ? file.name : translate('resources.imports.fields.file')}
            <input
              hidden
              type="file"
              name="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </Button>
          {upload.isPending && <LinearProgress aria-label={translate('resources.imports.page.uploading')} />}
          <Box>
            <Button
              variant="contained"
              disabled={!file || upload.isPending}
              onClick={() => file && upload.mutate({ kind, file })}
            >
              {translate('resources.imports.page.upload')}
            </Button>
          </Box>
        </Stack>
      </CardContent>
    </Card>
  );
};

/** Steps two to four: map the columns, see the dry run, import; the page follows a running job. */
const ImportShow = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const { data: job, refetch } = useApi('getImport', { id });
  const isRunning = job ? running(job) : false;
  useEffect(() => {
    if (!isRunning) return;
    const timer = setInterval(() => void refetch(), 700);
    return () => clearInterval(timer);
  }, [isRunning, refetch]);
  const refresh = (next: ImportJob) => queryClient.setQueryData(apiQueryKey('getImport', { id }), next);
  if (!job) return <LinearProgress sx={{ mt: 2 }} />;
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }}>
      <Typography variant="h6">
        {job.fileName} · {translate(`resources.imports.kind.${job.kind}`)}
      </Typography>
      {(job.status === 'uploaded' || job.status === 'checked' || job.status === 'failed') && job.rowsTotal > 0 && (
        <MappingCard job={job} onSaved={refresh} />
      )}
      {isRunning && <Progress job={job} />}
      {job.status === 'checked' && <CheckedCard job={job} onStarted={refresh} />}
      {(job.status === 'done' || (job.status === 'failed' && job.finishedAt)) && <Outcome job={job} />}
      {(job.status === 'checked' || job.status === 'done' || job.status === 'failed') && <Problems job={job} />}
    </Stack>
  );
};

const Progress = ({ job }: { job: ImportJob }) => {
  const translate = useTranslate();
  const share = job.rowsTotal ? (100 * job.rowsDone) / job.rowsTotal : 0;
  return (
    <Card>
      <CardContent>
        <Typography>{translate(`resources.imports.status.${job.status}`)}</Typography>
        <LinearProgress variant="determinate" value={share} sx={{ my: 1 }} />
        <Typography variant="body2" role="status">
          {translate('resources.imports.page.progress', { done: job.rowsDone, total: job.rowsTotal })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('resources.imports.page.leaveHint')}
        </Typography>
      </CardContent>
    </Card>
  );
};

const MappingCard = ({ job, onSaved }: { job: ImportJob; onSaved: (job: ImportJob) => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [mapping, setMapping] = useState<Record<string, string>>(job.mapping);
  const [matchBy, setMatchBy] = useState<string>(job.matchBy ?? '');
  const [allOrNothing, setAllOrNothing] = useState(job.allOrNothing);
  const check = useApiMutation('checkImport', {
    onSuccess: onSaved,
    onError: (error) => notify(error.message, { type: 'error' }),
  });
  const save = useApiMutation('setUpImport', {
    onSuccess: () => check.mutate({ id: job.id }),
    onError: (error) => notify(error.message, { type: 'error' }),
  });
  const missing = job.fields.some((f) => f.required && !mapping[f.name]);
  return (
    <Card>
      <CardContent>
        <Typography variant="subtitle1">{translate('resources.imports.page.mappingTitle')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('resources.imports.page.mappingHelp')}
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
          {job.fields.map((field) => (
            <MuiTextField
              key={field.name}
              select
              size="small"
              required={field.required}
              label={importFieldLabel(translate, job.kind, field.name)}
              value={mapping[field.name] ?? ''}
              onChange={(event) => {
                const next = { ...mapping };
                if (event.target.value) next[field.name] = event.target.value;
                else delete next[field.name];
                setMapping(next);
              }}
            >
              <MenuItem value="">{translate('resources.imports.page.notImported')}</MenuItem>
              {job.columns.map((column) => (
                <MenuItem key={column} value={column}>
                  {column}
                </MenuItem>
              ))}
            </MuiTextField>
          ))}
        </Box>
        <MuiTextField
          select
          size="small"
          sx={{ mt: 2, minWidth: 280 }}
          label={translate('resources.imports.fields.matchBy')}
          helperText={translate('resources.imports.page.matchByHelp')}
          value={matchBy}
          onChange={(event) => setMatchBy(event.target.value)}
        >
          <MenuItem value="">
            {translate('resources.imports.page.matchByNatural', {
              key: translate(`resources.imports.page.naturalKey.${naturalKeyOf(job.kind)}`),
            })}
          </MenuItem>
          {job.columns.map((column) => (
            <MenuItem key={column} value={column}>
              {column}
            </MenuItem>
          ))}
        </MuiTextField>
        <FormControlLabel
          sx={{ display: 'flex', mt: 1 }}
          control={<Checkbox checked={allOrNothing} onChange={(event) => setAllOrNothing(event.target.checked)} />}
          label={translate('resources.imports.fields.allOrNothing')}
        />
        {job.sample.length > 0 && <Sample job={job} />}
        <Button
          sx={{ mt: 2 }}
          variant={job.status === 'checked' ? 'outlined' : 'contained'}
          disabled={missing || save.isPending || check.isPending}
          onClick={() => save.mutate({ id: job.id, mapping, matchBy: matchBy || null, allOrNothing })}
        >
          {translate(job.status === 'checked' ? 'resources.imports.page.check' : 'resources.imports.page.save')}
        </Button>
      </CardContent>
    </Card>
  );
};

/** The first rows, so the person mapping sees what each column holds. */
const Sample = ({ job }: { job: ImportJob }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2, overflowX: 'auto' }}>
      <Typography variant="body2" color="text.secondary">
        {translate('resources.imports.page.sample')}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            {job.columns.map((column) => (
              <TableCell key={column}>{column}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {job.sample.map((row, i) => (
            <TableRow key={i}>
              {row.map((cell, j) => (
                <TableCell key={j}>{cell}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

const CheckedCard = ({ job, onStarted }: { job: ImportJob; onStarted: (job: ImportJob) => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);
  const run = useApiMutation('runImport', {
    onSuccess: onStarted,
    onError: (error) => notify(error.message, { type: 'error' }),
  });
  const ok = job.rowsTotal - job.rowsFailed;
  return (
    <Card>
      <CardContent>
        <Alert severity={job.rowsFailed ? 'warning' : 'success'}>
          {translate('resources.imports.page.checkedSummary', { ok, failed: job.rowsFailed })}
        </Alert>
        <RaButton
          sx={{ mt: 2 }}
          variant="contained"
          label="resources.imports.page.run"
          disabled={run.isPending || ok === 0}
          onClick={() => setConfirming(true)}
        />
        <Confirm
          isOpen={confirming}
          title="resources.imports.page.run"
          content={job.rowsFailed ? 'resources.imports.page.confirmRun' : 'resources.imports.page.confirmRunAll'}
          translateOptions={{ count: job.rowsFailed ? ok : job.rowsTotal }}
          onConfirm={() => {
            setConfirming(false);
            run.mutate({ id: job.id });
          }}
          onClose={() => setConfirming(false)}
        />
      </CardContent>
    </Card>
  );
};

const Outcome = ({ job }: { job: ImportJob }) => {
  const translate = useTranslate();
  const nothing = job.status === 'failed' && job.allOrNothing && job.rowsFailed > 0;
  return (
    <Alert severity={job.status === 'done' ? (job.rowsFailed ? 'warning' : 'success') : 'error'} role="status">
      {nothing
        ? translate('resources.imports.page.nothingImported')
        : translate('resources.imports.page.doneSummary', {
            created: job.created,
            updated: job.updated,
            unchanged: job.unchanged,
            failed: job.rowsFailed,
          })}
    </Alert>
  );
};

const SHOWN_PROBLEMS = 200;

const Problems = ({ job }: { job: ImportJob }) => {
  const translate = useTranslate();
  if (!job.errors.length) {
    return <Typography color="text.secondary">{translate('resources.imports.page.refusedNone')}</Typography>;
  }
  return (
    <Card>
      <CardContent>
        <Typography variant="subtitle1">{translate('resources.imports.page.refusedTitle')}</Typography>
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={translate('resources.imports.page.refusedTitle')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.imports.page.row')}</TableCell>
                <TableCell>{translate('resources.imports.page.column')}</TableCell>
                <TableCell>{translate('resources.imports.page.problem')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {job.errors.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
                <TableRow key={i}>
                  <TableCell>{problem.row || translate('resources.imports.page.wholeImport')}</TableCell>
                  <TableCell>{problem.column ?? '—'}</TableCell>
                  <TableCell>{problemText(translate, problem)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
        {job.rowsFailed > SHOWN_PROBLEMS && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate('resources.imports.page.more', { count: job.rowsFailed - SHOWN_PROBLEMS })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};

export default { list: ImportList, create: ImportCreate, show: ImportShow };
