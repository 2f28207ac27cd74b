export * from './breakdown-text.util';
export * from './propose-breakdown';
export * from './confirm-breakdown';
export * from './document-assignment';
