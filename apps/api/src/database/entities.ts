import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { RefreshTokenEntity } from '../modules/auth/refresh-token.entity';
import { BreakdownRuleEntity } from '../modules/breakdown-rules/breakdown-rule.entity';
import { DepartmentEntity } from '../modules/departments/department.entity';
import { PlanDeadlineEntity } from '../modules/plans/plan-deadline.entity';
import { PlanIndicatorEntity } from '../modules/plans/plan-indicator.entity';
import { PlanItemEntity } from '../modules/plans/plan-item.entity';
import { PlanEntity } from '../modules/plans/plan.entity';
import { UserEntity } from '../modules/users/user.entity';

export const ENTITIES = [DepartmentEntity, UserEntity, RefreshTokenEntity, AuditEventEntity, PlanEntity, PlanItemEntity, PlanIndicatorEntity, PlanDeadlineEntity, BreakdownRuleEntity];
