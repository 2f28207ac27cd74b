export * from './reminder-rules';
export * from './reminder-kind';
export * from './reminder-clock';
export * from './reminder-plan';
export * from './periodic-reminder.schedule';
export * from './reminder-job-id';
