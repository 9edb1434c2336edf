import { SearchButton } from '../search/SearchButton';
import { NotificationBell } from '../notifications/NotificationBell';

/** Search and the bell: one chunk, loaded just after the app (see Layout). */
export const TopBarTools = () => (
  <>
    <SearchButton />
    <NotificationBell />
  </>
);
