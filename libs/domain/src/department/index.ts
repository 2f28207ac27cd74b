export * from './department';
export * from './agency-name.util';
export * from './match-agency';
