import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { RefreshTokenEntity } from '../modules/auth/refresh-token.entity';
import { BreakdownRuleEntity } from '../modules/breakdown-rules/breakdown-rule.entity';
import { DepartmentAliasEntity } from '../modules/departments/department-alias.entity';
import { DepartmentEntity } from '../modules/departments/department.entity';
import { PlanDeadlineEntity } from '../modules/plans/plan-deadline.entity';
import { PlanIndicatorEntity } from '../modules/plans/plan-indicator.entity';
import { PlanItemEntity } from '../modules/plans/plan-item.entity';
import { PlanEntity } from '../modules/plans/plan.entity';
import { UserEntity } from '../modules/users/user.entity';
import { AttachmentEntity } from '../modules/work-packages/attachment.entity';
import { DeadlineExtensionEntity } from '../modules/work-packages/deadline-extension.entity';
import { ProgressReportEntity } from '../modules/work-packages/progress-report.entity';
import { WorkPackageAssigneeEntity } from '../modules/work-packages/work-package-assignee.entity';
import { WorkPackageCommentEntity } from '../modules/work-packages/work-package-comment.entity';
import { WorkPackageEntity } from '../modules/work-packages/work-package.entity';

export const ENTITIES = [DepartmentEntity, DepartmentAliasEntity, UserEntity, RefreshTokenEntity, AuditEventEntity, PlanEntity, PlanItemEntity, PlanIndicatorEntity, PlanDeadlineEntity, BreakdownRuleEntity, WorkPackageEntity, WorkPackageAssigneeEntity, WorkPackageCommentEntity, ProgressReportEntity, AttachmentEntity, DeadlineExtensionEntity];
