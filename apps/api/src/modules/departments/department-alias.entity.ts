import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'department_aliases' })
export class DepartmentAliasEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** As the admin wrote it. */
  @Column({ type: 'text' })
  alias: string;

  /** agencyKey(alias): how documents' names are compared with it. */
  @Column({ type: 'text', name: 'alias_key' })
  aliasKey: string;

  @Column({ type: 'uuid', name: 'department_id' })
  departmentId: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
