import { Notifications } from '@mantine/notifications';

/** Where notifications.show() messages appear; its own chunk, loaded with the first message (see AppProviders). */
export function Toasts() {
  return <Notifications position="top-right" limit={4} />;
}
