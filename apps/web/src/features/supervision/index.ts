export { SupervisionPage } from './components/SupervisionPage';
export { SupervisionRequestPage } from './components/SupervisionRequestPage';
export { SubjectSupervisionSection } from './components/SubjectSupervisionSection';
export { RaiseSupervisionDialog, type FixedSubject } from './components/RaiseSupervisionDialog';
export { supervisionQueries, supervisionKeys } from './api/supervision.queries';
export { supervisionApi, type SupervisionListFilters } from './api/supervision.api';
