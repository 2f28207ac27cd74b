export * from './role';
export * from './permissions';
export * from './navigation';
