export * from './appendix';
export * from './report-period';
export * from './export-job';
export * from './periodic-report';
export * from './public-plan';
export * from './league';
