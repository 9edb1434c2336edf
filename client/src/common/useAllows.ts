import { useCanAccess } from 'react-admin';

/**
 * Whether the signed-in user may take `action` on `resource`, from the
 * server's permission table (via the authProvider's canAccess); false while
 * it is being asked. For props (a disabled button, a handler); wrap elements
 * in react-admin's <CanAccess> instead.
 */
export function useAllows(resource: string, action: string): boolean {
  const { canAccess } = useCanAccess({ resource, action });
  return canAccess === true;
}
