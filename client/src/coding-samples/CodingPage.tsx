import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Autocomplete,
  Box,
  Card,
  CardContent,
  Chip,
  List,
  ListItemButton,
  ListItemText,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { Link } from '@mui/material';
import { Button, Title, useGetIdentity, useGetList, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useAllows } from '../common/useAllows';
import { NoteWithheld } from '../contact-logs/NoteWithheld';
import { API_QUERY_KEY, useApi, useApiMutation } from '../common/useApi';
import { useLabels } from '../labels/useLabels';
import { formatDay } from '../common/dates';
import { reportFormat } from '../reports/format';
import type { AgreementReport, User } from '../api/types';

/**
 * Double coding: a coordinator draws a sample for two researchers, each codes
 * it without seeing the other's labels, and the agreement report shows
 * Cohen's kappa per label and the logs to discuss.
 */
export const CodingPage = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const mayDraw = useAllows('coding-samples', 'draw-sample');
  const mayReadAgreement = useAllows('coding-samples', 'agreement');
  const { data: samples = [] } = useApi('getCodingSamples');
  const [selected, setSelected] = useState<string | null>(null);
  const sample = samples.find((s) => s.id === selected) ?? samples[0];
  const isCoder = sample && identity && (sample.firstCoderId === identity.id || sample.secondCoderId === identity.id);
  const codesAny = identity && samples.some((s) => s.firstCoderId === identity.id || s.secondCoderId === identity.id);
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.coding.title" />
      {mayDraw && <NewSample />}
      {!mayDraw && identity && !codesAny && <WhoCanDraw />}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '240px 1fr' }, gap: 2 }}>
        <Card>
          <List dense>
            {samples.length === 0 && <ListItemText sx={{ px: 2 }} primary={translate('app.coding.none')} />}
            {samples.map((s) => (
              <ListItemButton key={s.id} selected={s.id === sample?.id} onClick={() => setSelected(s.id)}>
                <ListItemText primary={s.name} secondary={`${s.contactLogIds.length}`} />
              </ListItemButton>
            ))}
          </List>
        </Card>
        {sample && (
          <Box>
            {isCoder && <MyCoding sampleId={sample.id} />}
            {/* A coder sees the agreement only once it is shared with them, i.e. as one who draws samples. */}
            {mayReadAgreement && (!isCoder || mayDraw) && <Agreement sampleId={sample.id} />}
          </Box>
        )}
      </Box>
    </Box>
  );
};

/** For someone with nothing to code: who may draw a sample, as the server's rules say. */
export const WhoCanDraw = () => {
  const translate = useTranslate();
  const { data } = useApi('getCodingDrawers');
  if (!data) return null;
  const role = (r: string) => translate(`resources.users.role.${r}`);
  const roles = data.roles.map(role).join(` ${translate('app.codingReview.or')} `);
  const names = data.users.map((u) => `${u.fullName} (${role(u.role)})`).join(', ');
  return (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="who-can-draw">
      <strong>{translate('app.codingReview.noSample')}</strong>{' '}
      {data.users.length
        ? translate('app.codingReview.whoCanDraw', { roles, names })
        : translate('app.codingReview.whoCanDrawRoles', { roles })}
    </Alert>
  );
};

const NewSample = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { data: users = [] } = useGetList<User>('users', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'fullName', order: 'ASC' },
    filter: { active: true },
  });
  const [form, setForm] = useState({ name: '', size: 20, firstCoderId: '', secondCoderId: '' });
  const { mutate: draw } = useApiMutation('drawCodingSample', {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: API_QUERY_KEY });
      setForm({ ...form, name: '' });
    },
    onError: (error) => {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      notify(body?.errors ? Object.values(body.errors).join('; ') : error.message, { type: 'error' });
    },
  });
  const create = () => draw(form);
  const coder = (key: 'firstCoderId' | 'secondCoderId', label: string) => (
    <TextField
      select
      size="small"
      sx={{ width: 200 }}
      label={translate(label)}
      value={form[key]}
      onChange={(e) => setForm({ ...form, [key]: e.target.value })}
    >
      {users.map((u) => (
        <MenuItem key={u.id} value={u.id}>
          {u.fullName}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <Typography variant="subtitle1">{translate('app.coding.new')}</Typography>
        <TextField
          size="small"
          label={translate('app.coding.name')}
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
        />
        <TextField
          size="small"
          type="number"
          sx={{ width: 140 }}
          label={translate('app.coding.size')}
          value={form.size}
          onChange={(e) => setForm({ ...form, size: Number(e.target.value) })}
        />
        {coder('firstCoderId', 'app.coding.first')}
        {coder('secondCoderId', 'app.coding.second')}
        <Button
          label="app.coding.create"
          variant="contained"
          disabled={!form.name || !form.firstCoderId || !form.secondCoderId}
          onClick={create}
        />
      </CardContent>
    </Card>
  );
};

/** The coder's own labels only; the other coder's stay hidden (the server never sends them). */
const MyCoding = ({ sampleId }: { sampleId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { labels, pathOf } = useLabels();
  const { data: items = [] } = useApi('getCodingItems', { sampleId });
  const { mutate: saveCoding } = useApiMutation('saveCoding', {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: API_QUERY_KEY }),
    onError: (error) => notify(error.message, { type: 'error' }),
  });
  const save = (contactLogId: string, labelIds: string[]) => saveCoding({ sampleId, contactLogId, labelIds });
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6">{translate('app.coding.mine')}</Typography>
        {items.map((item) => (
          <Box key={item.contactLogId} sx={{ py: 1, borderBottom: '1px solid #eee' }}>
            <Typography variant="body2" sx={{ mb: 0.5 }}>
              {item.noteWithheld ? <NoteWithheld /> : item.note}{' '}
              {item.coded && <Chip size="small" label={translate('app.coding.coded')} />}
            </Typography>
            <Autocomplete
              multiple
              size="small"
              options={labels.map((l) => l.id)}
              getOptionLabel={(id) => pathOf(id)}
              value={item.labelIds}
              onChange={(_, value) => save(item.contactLogId, value)}
              renderInput={(params) => (
                <TextField {...params} label={translate('resources.contact-logs.fields.labelIds')} />
              )}
            />
          </Box>
        ))}
      </CardContent>
    </Card>
  );
};

export type { AgreementReport } from '../api/types';

const Agreement = ({ sampleId }: { sampleId: string }) => {
  const { data } = useApi('getCodingAgreement', { sampleId });
  return data ? <AgreementView data={data} /> : null;
};

/** Per-label and overall (pooled) kappa, and each disagreement as a link to its contact log. */
export const AgreementView = ({ data }: { data: AgreementReport }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { pathOf } = useLabels({ includeArchived: true });
  const t = (key: string) => translate(`app.coding.${key}`);
  const { percent } = reportFormat(locale);
  const kappa = (k: number | null) =>
    k === null ? '—' : new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(k);
  return (
    <Card>
      <CardContent>
        <Typography variant="h6">{t('agreement')}</Typography>
        <Typography variant="body2">
          {translate('app.coding.codedByBoth', { n: data.codedByBoth, size: data.size })}
        </Typography>
        <Table size="small" data-testid="agreement">
          <TableHead>
            <TableRow>
              {['label', 'both', 'firstOnly', 'secondOnly', 'neither', 'observed', 'kappa'].map((k) => (
                <TableCell key={k} align={k === 'label' ? 'left' : 'right'}>
                  {t(k)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {data.labels.map((l) => (
              <TableRow key={l.labelId}>
                <TableCell>{pathOf(l.labelId)}</TableCell>
                <TableCell align="right">{l.both}</TableCell>
                <TableCell align="right">{l.firstOnly}</TableCell>
                <TableCell align="right">{l.secondOnly}</TableCell>
                <TableCell align="right">{l.neither}</TableCell>
                <TableCell align="right">{percent(l.agreement)}</TableCell>
                <TableCell align="right">{kappa(l.kappa)}</TableCell>
              </TableRow>
            ))}
            {data.overall && (
              <TableRow
                data-testid="agreement-overall"
                sx={{ '& td': { fontWeight: 'bold', borderTop: '2px solid', borderColor: 'divider' } }}
              >
                <TableCell colSpan={5}>
                  {translate('app.codingReview.overall')}
                  <Typography variant="caption" component="div" color="text.secondary" sx={{ fontWeight: 'normal' }}>
                    {translate('app.codingReview.overallHint', { smart_count: data.overall.labels })}
                  </Typography>
                </TableCell>
                <TableCell align="right">{data.overall.labels ? percent(data.overall.agreement) : '—'}</TableCell>
                <TableCell align="right" data-testid="overall-kappa">
                  {kappa(data.overall.kappa)}
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
        <Typography variant="subtitle2" sx={{ mt: 2 }}>
          {t('disagreements')} ({data.disagreements.length})
        </Typography>
        {data.disagreements.map((d) => (
          <Box key={d.contactLogId} sx={{ py: 0.5 }} data-testid="disagreement">
            {d.occurredAt ? (
              <Link component={RouterLink} to={`/contact-logs/${d.contactLogId}`} variant="body2">
                {translate('app.codingReview.log', {
                  date: formatDay(d.occurredAt),
                  household: d.householdReference ?? '—',
                })}
              </Link>
            ) : (
              <Typography variant="body2" color="text.secondary">
                {translate('app.codingReview.deletedLog')}
              </Typography>
            )}
            <Typography variant="body2" color="text.secondary">
              {translate('app.codingReview.first')}: {d.firstLabelIds.map(pathOf).join(', ') || '—'} ·{' '}
              {translate('app.codingReview.second')}: {d.secondLabelIds.map(pathOf).join(', ') || '—'}
            </Typography>
          </Box>
        ))}
      </CardContent>
    </Card>
  );
};
