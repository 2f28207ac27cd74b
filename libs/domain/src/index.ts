export * from './errors/domain-error';
export * from './errors/error-body';
export * from './access';
export * from './department';
export * from './user';
export * from './audit';
export * from './shared/page';
export * from './calendar';
export * from './work-package';
export * from './reminders';
export * from './plan-document';
/** The one diacritic and case folding (search, keywords, parsing); `foldSql` in the API mirrors it, an agreement test holds them together. */
export { foldText } from './plan-document/text-fold.util';
export * from './breakdown';
export * from './plan';
export * from './notification';
export * from './supervision';
export * from './disbursement';
export * from './report';
