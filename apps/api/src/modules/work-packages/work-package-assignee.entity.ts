import { Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'work_package_assignees' })
export class WorkPackageAssigneeEntity {
  @PrimaryColumn({ type: 'uuid', name: 'work_package_id' })
  workPackageId: string;

  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId: string;
}
