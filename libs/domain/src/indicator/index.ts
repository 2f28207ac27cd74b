export * from './indicator';
export * from './indicator-period';
export * from './indicator-status';
export * from './indicator-measurement.validation';
export * from './indicator.access';
export * from './indicator-report-settings';
export * from './indicator-responsible';
