export * from './errors/domain-error';
export * from './access';
export * from './department';
export * from './user';
export * from './audit';
export * from './shared/page';
