import { useState } from 'react';
import {
  Badge,
  Box,
  Button,
  IconButton,
  List,
  ListItemButton,
  ListItemText,
  Popover,
  Tooltip,
  Typography,
} from '@mui/material';
import NotificationsIcon from '@mui/icons-material/Notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useTranslate } from 'react-admin';
import { apiQueryKey, useApiProvider } from '../common/useApi';
import type { AppNotification } from '../api/types';
import { enumLabel } from '../i18n/enumTranslations';
import { formatDay } from '../common/dates';
import { useRecordLink } from '../search/recordLink';

/** How often the bell asks again while the app stays open. */
const REFRESH_MS = 5 * 60_000;

/** The bell of the top bar: what needs the user today, unread ones counted on the badge. */
export const NotificationBell = () => {
  const translate = useTranslate();
  const provider = useApiProvider();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const link = useRecordLink();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const key = apiQueryKey('getNotifications');
  const { data } = useQuery({
    queryKey: key,
    queryFn: async () => (await provider.getNotifications()).data,
    refetchInterval: REFRESH_MS,
  });
  const markRead = async (marking: { keys?: string[]; all?: boolean }) => {
    await provider.markNotificationsRead(marking).catch(() => undefined);
    await queryClient.invalidateQueries({ queryKey: key });
  };
  const open = (item: AppNotification) => {
    setAnchor(null);
    if (!item.read) void markRead({ keys: [item.key] });
    navigate(link(item.resource, item.recordId));
  };
  const detail = (item: AppNotification) => {
    if (item.kind === 'deadline' && item.detail)
      return translate(`app.deadlines.kind.${item.detail}`, { _: item.detail });
    if (item.kind === 'referral_answered' && item.detail)
      return translate(`app.notifications.referral.${item.detail}`, { _: item.detail });
    return null;
  };
  const unread = data?.unread ?? 0;
  const label = translate('app.notifications.title');

  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={unread ? `${label}: ${translate('app.notifications.unread', { smart_count: unread })}` : label}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          <Badge badgeContent={unread} color="error" max={99}>
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        open={Boolean(anchor)}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { sx: { width: 360, maxWidth: 'calc(100vw - 16px)', maxHeight: '70vh' } } }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', px: 2, pt: 1 }}>
          <Typography variant="subtitle1" component="h2">
            {label}
          </Typography>
          {unread > 0 && (
            <Button size="small" onClick={() => void markRead({ all: true })}>
              {translate('app.notifications.markAllRead')}
            </Button>
          )}
        </Box>
        {data && data.items.length === 0 && (
          <Typography color="text.secondary" sx={{ px: 2, py: 2 }}>
            {translate('app.notifications.none')}
          </Typography>
        )}
        <List dense aria-label={label}>
          {data?.items.map((item) => (
            <ListItemButton key={item.key} onClick={() => open(item)} sx={{ opacity: item.read ? 0.6 : 1 }}>
              <ListItemText
                primary={item.title || translate(enumLabel('NotificationKind', item.kind))}
                slotProps={{ primary: { sx: { fontWeight: item.read ? 'normal' : 'bold', overflowWrap: 'anywhere' } } }}
                secondary={[
                  translate(enumLabel('NotificationKind', item.kind)),
                  detail(item),
                  item.date ? formatDay(item.date) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </ListItemButton>
          ))}
        </List>
      </Popover>
    </>
  );
};
