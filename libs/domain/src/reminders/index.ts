export * from './reminder-rules';
export * from './due-reminder.schedule';
export * from './periodic-reminder.schedule';
export * from './reminder-job-id';
