export { NotificationBell } from './components/NotificationBell';
export { NotificationPreferencesDialog } from './components/NotificationPreferencesDialog';
