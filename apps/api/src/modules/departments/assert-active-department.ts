import { DomainError } from '@mandate/domain';
import { EntityManager } from 'typeorm';
import { DepartmentEntity } from './department.entity';

/** A reference to a department from user input: 400 naming the field unless it is an active department. */
export async function assertActiveDepartment(manager: EntityManager, departmentId: string, field = 'departmentId'): Promise<void> {
  if (!(await manager.existsBy(DepartmentEntity, { id: departmentId, active: true }))) {
    throw new DomainError('VALIDATION_FAILED', `${field}: is not an active department`, [{ field, message: 'is not an active department', rule: 'notActiveDepartment' }]);
  }
}
