export * from './supervision-request';
export * from './supervision.rules';
export * from './supervision-reminders';
