import { Department } from '@mandate/domain';
import { DepartmentEntity } from '../department.entity';

export type DepartmentResponse = Department & { version: number };

export const mapDepartment = (d: DepartmentEntity): DepartmentResponse => ({
  id: d.id,
  code: d.code,
  name: d.name,
  kind: d.kind,
  active: d.active,
  version: d.version,
});
