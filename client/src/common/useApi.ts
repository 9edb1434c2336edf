import { useQuery } from '@tanstack/react-query';
import { API_URL, httpClient } from '../providers/dataProvider';

/** GET on an endpoint outside the simple-rest resources (reports, caseload, timeline). */
export function useApi<T>(path: string | null, key: unknown[] = []) {
  return useQuery({
    queryKey: ['api', path, ...key],
    enabled: path !== null,
    queryFn: async () => (await httpClient(`${API_URL}${path}`)).json as T,
  });
}
