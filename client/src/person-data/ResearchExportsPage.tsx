import { useEffect, useState } from 'react';
import { Button, CanAccess, Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import {
  Box,
  Card,
  CardContent,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { DateFilter, MunicipalityFilter, TrackFilter } from '../reports/ReportFilters';
import { saveFile } from '../reports/download';
import { apiQueryKey, useApi, useApiMutation } from '../common/useApi';
import type { ResearchExport, ResearchExportFilter } from '../api/types';

/**
 * Research exports: start one with a filter, follow its progress, download
 * the ZIP when done. The list is polled while an export runs.
 */
export const ResearchExportsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const queryClient = useQueryClient();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [track, setTrack] = useState('');
  const { data: exports = [] } = useApi('getResearchExports');
  const refresh = () => queryClient.invalidateQueries({ queryKey: apiQueryKey('getResearchExports') });
  const running = exports.some((e: ResearchExport) => e.status === 'running');
  // Progress comes from the server: ask again every second while an export runs.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(
      () => void queryClient.invalidateQueries({ queryKey: apiQueryKey('getResearchExports') }),
      1000,
    );
    return () => clearInterval(timer);
  }, [running, queryClient]);
  const onError = (error: Error) => notify(error.message, { type: 'error' });
  const start = useApiMutation('startResearchExport', {
    onSuccess: () => {
      notify('app.researchExports.started', { type: 'info' });
      void refresh();
    },
    onError,
  });
  const download = useApiMutation('downloadResearchExport', {
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
    onError,
  });
  const rotate = useApiMutation('rotateResearchKey', {
    onSuccess: () => notify('app.researchExports.keyRotated', { type: 'info' }),
    onError,
  });
  const filter: ResearchExportFilter = {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(municipality ? { municipality } : {}),
    ...(track ? { track: track as ResearchExportFilter['track'] } : {}),
  };
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2 }}>
      <Title title="app.researchExports.title" />
      <Card>
        <CardContent sx={{ display: 'grid', gap: 2 }}>
          <Typography variant="body2">{translate('app.researchExports.intro')}</Typography>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
            <DateFilter label={translate('app.researchExports.from')} value={from} onChange={setFrom} />
            <DateFilter label={translate('app.researchExports.to')} value={to} onChange={setTo} />
            <MunicipalityFilter value={municipality} onChange={setMunicipality} />
            <TrackFilter value={track} onChange={setTrack} />
            <CanAccess resource="research-exports" action="create">
              <Button
                variant="contained"
                label="app.researchExports.start"
                disabled={start.isPending}
                onClick={() => start.mutate({ filter })}
              />
            </CanAccess>
            <CanAccess resource="research-exports" action="rotate-key">
              <Button
                label="app.researchExports.rotateKey"
                onClick={() => {
                  if (window.confirm(translate('app.researchExports.rotateKeyConfirm'))) rotate.mutate(undefined);
                }}
              />
            </CanAccess>
          </Box>
        </CardContent>
      </Card>
      <Card>
        <Table size="small" data-testid="research-exports">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.researchExports.createdAt')}</TableCell>
              <TableCell>{translate('app.researchExports.statusLabel')}</TableCell>
              <TableCell>{translate('app.researchExports.progress')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {exports.length === 0 && (
              <TableRow>
                <TableCell colSpan={4}>{translate('app.researchExports.empty')}</TableCell>
              </TableRow>
            )}
            {exports.map((e) => (
              <TableRow key={e.id} data-status={e.status}>
                <TableCell>{new Date(e.createdAt).toLocaleString(locale)}</TableCell>
                <TableCell>{translate(`app.researchExports.status.${e.status}`)}</TableCell>
                <TableCell sx={{ minWidth: 160 }}>
                  <LinearProgress variant="determinate" value={Math.round(e.progress * 100)} />
                </TableCell>
                <TableCell>
                  {e.status === 'done' && (
                    <Button label="app.researchExports.download" onClick={() => download.mutate({ id: e.id })} />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
    </Box>
  );
};
