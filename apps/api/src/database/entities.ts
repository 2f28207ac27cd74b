import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { RefreshTokenEntity } from '../modules/auth/refresh-token.entity';
import { DepartmentEntity } from '../modules/departments/department.entity';
import { UserEntity } from '../modules/users/user.entity';

export const ENTITIES = [DepartmentEntity, UserEntity, RefreshTokenEntity, AuditEventEntity];
