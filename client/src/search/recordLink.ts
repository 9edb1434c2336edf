import { useCreatePath, useResourceDefinitions } from 'react-admin';

/**
 * The page of a record found by search or named by a notification: its show
 * page where the resource has one, else its edit page (which shows the record).
 */
export function useRecordLink(): (resource: string, id: string) => string {
  const definitions = useResourceDefinitions();
  const createPath = useCreatePath();
  return (resource, id) => {
    if (resource === 'coding-samples') return '/coding';
    const definition = definitions[resource];
    const type = definition?.hasShow ? 'show' : definition?.hasEdit ? 'edit' : 'list';
    return createPath({ resource, id, type });
  };
}
