import { useLocaleState, useNotify } from 'react-admin';
import type { ReportFilter, ReportName, ReportQuery } from '../api/types';
import { useApiMutation } from '../common/useApi';

/** Hands a downloaded file to the browser, under the name the server gave it. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * Downloads a report as CSV in the reader's language, through the data
 * provider: a refused download is a translated notification, and a 401 signs
 * out as any other call does.
 */
export function useReportDownload(): (report: ReportName, filter: ReportFilter, query?: ReportQuery) => void {
  const notify = useNotify();
  const [lang] = useLocaleState();
  const { mutate } = useApiMutation('downloadReport', {
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
    onError: (error) => notify(error.message, { type: 'error' }),
  });
  return (report, filter, query) => mutate({ report, filter, lang, query });
}
