import { AutocompleteInput } from 'react-admin';
import { useApi } from '../common/useApi';

/** The organisation's municipalities, as the server knows them (one spelling per name); fetched afresh so a new one is offered at once. */
export function useMunicipalities(): string[] {
  const { data } = useApi('getMunicipalities');
  return data ?? [];
}

/** Pick a municipality instead of typing its exact spelling. */
export const MunicipalityFilterInput = ({ source }: { source: string; alwaysOn?: boolean }) => {
  const municipalities = useMunicipalities();
  return <AutocompleteInput source={source} choices={municipalities.map((name) => ({ id: name, name }))} />;
};
