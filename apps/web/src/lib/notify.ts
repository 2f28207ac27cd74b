import { notifications } from '@mantine/notifications';

export const notifySuccess = (message: string): void => {
  notifications.show({ color: 'teal', message, autoClose: 4000 });
};

export const notifyError = (message: string): void => {
  notifications.show({ color: 'red', message, autoClose: 8000 });
};

export const notifyInfo = (message: string): void => {
  notifications.show({ color: 'blue', message, autoClose: 6000 });
};
