export * from './work-package';
export * from './work-package.workflow';
export * from './work-package.access';
export * from './work-package.validation';
export * from './deadline-category';
export * from './deadline-extension';
export * from './evidence-file';
export * from './work-package-detail';
