import { Fragment } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useApi } from '../common/useApi';

/** The lists of the export, in the order the printout shows them, with the resource that names their fields. */
const SECTIONS: [key: string, resource: string][] = [
  ['perspectivePlans', 'perspective-plans'],
  ['obstacles', 'obstacles'],
  ['breakthroughs', 'breakthroughs'],
  ['contactLogs', 'contact-logs'],
  ['helpdeskQuestions', 'helpdesk-questions'],
  ['placements', 'placements'],
  ['networkConversations', 'network-conversations'],
  ['tasks', 'tasks'],
  ['referrals', 'referrals'],
  ['consents', 'consents'],
  ['auditEvents', 'audit-events'],
];

/** Internal keys and bookkeeping: in the JSON download, not on paper. */
const HIDDEN = /(^id$|Ids?$|^organizationId$|^version$|^snapshot$|^requestId$)/;

type Row = Record<string, unknown>;

/**
 * The access export as a page a person can read: the same content as the
 * JSON download, field names and values in the reader's language.
 */
export const PrintableExport = ({ personId, onClose }: { personId: string; onClose: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = useApi('exportPerson', { personId });
  const label = (resource: string, field: string) => translate(`resources.${resource}.fields.${field}`, { _: field });
  const value = (resource: string, field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return '—';
    if (typeof v === 'boolean') return translate(v ? 'ra.boolean.true' : 'ra.boolean.false');
    if (typeof v === 'string') {
      if (/^\d{4}-\d{2}-\d{2}(T|$)/.test(v)) return new Date(v).toLocaleDateString(locale);
      return translate(`resources.${resource}.${field}.${v}`, { _: v });
    }
    if (Array.isArray(v)) return v.map((x) => value(resource, field, x)).join(', ') || '—';
    if (typeof v === 'object') {
      const o = v as Row;
      if (typeof o[locale] === 'string' || typeof o.en === 'string') return String(o[locale] ?? o.en);
      return Object.entries(o)
        .filter(([k]) => !HIDDEN.test(k))
        .map(([k, x]) => `${label(resource, k)}: ${value(resource, k, x)}`)
        .join('; ');
    }
    return typeof v === 'number' ? String(v) : '—';
  };
  const record = (resource: string, row: Row) => (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 16px', mb: 2 }}>
      {Object.entries(row)
        .filter(([k]) => !HIDDEN.test(k))
        .map(([k, v]) => (
          <Fragment key={k}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {label(resource, k)}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, whiteSpace: 'pre-wrap' }}>
              {value(resource, k, v)}
            </Typography>
          </Fragment>
        ))}
    </Box>
  );
  const person = data?.person;
  return (
    <Dialog open onClose={onClose} fullScreen>
      <DialogTitle>
        {translate('app.personData.exportTitle', {
          name: typeof person?.firstName === 'string' ? person.firstName : '',
        })}
      </DialogTitle>
      <DialogContent data-testid="printable-export">
        {data && (
          <>
            <Typography variant="body2" sx={{ mb: 2 }}>
              {translate('app.personData.exportedAt', { date: new Date(data.exportedAt).toLocaleString(locale) })}
            </Typography>
            <Typography variant="h6">{translate('app.personData.section.person')}</Typography>
            {record('persons', data.person)}
            <Typography variant="h6">{translate('app.personData.section.household')}</Typography>
            {record('households', data.household)}
            {SECTIONS.map(([key, resource]) => {
              const rows = (data[key] as Row[] | undefined) ?? [];
              return (
                <Box key={key} sx={{ breakInside: 'avoid-page' }}>
                  <Typography variant="h6">{translate(`app.personData.section.${key}`)}</Typography>
                  {rows.length === 0 ? (
                    <Typography variant="body2" sx={{ mb: 2 }}>
                      {translate('app.personData.none')}
                    </Typography>
                  ) : (
                    rows.map((row, i) => <Fragment key={i}>{record(resource, row)}</Fragment>)
                  )}
                </Box>
              );
            })}
          </>
        )}
      </DialogContent>
      <DialogActions sx={{ displayPrint: 'none' }}>
        <Button onClick={onClose}>{translate('app.personData.close')}</Button>
        <Button variant="contained" onClick={() => window.print()}>
          {translate('app.personData.print')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
