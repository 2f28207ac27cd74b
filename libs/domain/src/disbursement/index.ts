export * from './disbursement';
export * from './disbursement-curve';
export * from './disbursement-workbook';
export * from './disbursement-overview';
export * from './disbursement-import';
export * from './disbursement.access';
export * from './disbursement-projects';
