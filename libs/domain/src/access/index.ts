export * from './role';
export * from './permissions';
export * from './navigation';
export * from './need-to-know';
