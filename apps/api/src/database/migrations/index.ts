import { Foundation1764230400000 } from './1764230400000-Foundation';
import { Plans1764316800000 } from './1764316800000-Plans';
import { WorkPackages1764489600000 } from './1764489600000-WorkPackages';
import { Reminders1764576000000 } from './1764576000000-Reminders';
import { BoardIndexes1764662400000 } from './1764662400000-BoardIndexes';
import { WorkPackagesRevision1764748800000 } from './1764748800000-WorkPackagesRevision';
import { UserSessionVersion1764839100000 } from './1764839100000-UserSessionVersion';
import { ReminderJobIds1764900000000 } from './1764900000000-ReminderJobIds';
import { DepartmentAliases1764910000000 } from './1764910000000-DepartmentAliases';
import { PlanItemAssignments1764910100000 } from './1764910100000-PlanItemAssignments';
import { ApplicationRole1764920000000 } from './1764920000000-ApplicationRole';
import { MailSending1764930000000 } from './1764930000000-MailSending';
import { SupervisionRequests1765100000000 } from './1765100000000-SupervisionRequests';
import { CurrentPlan1765200000000 } from './1765200000000-CurrentPlan';
import { Indicators1765300000000 } from './1765300000000-Indicators';
import { Disbursement1765400000000 } from './1765400000000-Disbursement';
import { Reports1765500000000 } from './1765500000000-Reports';
import { CompletionRules1765600000000 } from './1765600000000-CompletionRules';
import { BoardScopeRevisions1765800000000 } from './1765800000000-BoardScopeRevisions';
import { WorkflowNotifications1766100000000 } from './1766100000000-WorkflowNotifications';
import { SupervisionRevision1766200000000 } from './1766200000000-SupervisionRevision';
import { IndicatorsRevision1766310000000 } from './1766310000000-IndicatorsRevision';
import { DisbursementDepartmentNames1766440000000 } from './1766440000000-DisbursementDepartmentNames';

/** Listed, not globbed: the API is bundled by webpack and cannot load migrations from disk by pattern. */
export const MIGRATIONS = [
  Foundation1764230400000,
  Plans1764316800000,
  WorkPackages1764489600000,
  Reminders1764576000000,
  BoardIndexes1764662400000,
  WorkPackagesRevision1764748800000,
  UserSessionVersion1764839100000,
  ReminderJobIds1764900000000,
  DepartmentAliases1764910000000,
  PlanItemAssignments1764910100000,
  ApplicationRole1764920000000,
  MailSending1764930000000,
  SupervisionRequests1765100000000,
  CurrentPlan1765200000000,
  Indicators1765300000000,
  Disbursement1765400000000,
  Reports1765500000000,
  CompletionRules1765600000000,
  BoardScopeRevisions1765800000000,
  WorkflowNotifications1766100000000,
  SupervisionRevision1766200000000,
  IndicatorsRevision1766310000000,
  DisbursementDepartmentNames1766440000000,
];
