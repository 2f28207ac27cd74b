import type { Priority, WorkPackageStatus, WorkPackageTarget } from '@mandate/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Dates are Hà Nội calendar days as `YYYY-MM-DD`; `search_text` is computed by the database, never written here. */
@Entity({ name: 'work_packages' })
export class WorkPackageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'plan_id', nullable: true })
  planId: string | null;

  @Column({ type: 'text', name: 'item_ref', nullable: true })
  itemRef: string | null;

  @Column({ type: 'uuid', name: 'parent_id', nullable: true })
  parentId: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', name: 'source_text', nullable: true })
  sourceText: string | null;

  @Column({ type: 'uuid', name: 'lead_department_id' })
  leadDepartmentId: string;

  @Column({ type: 'uuid', name: 'cooperating_department_ids', array: true, default: () => "'{}'" })
  cooperatingDepartmentIds: string[];

  @Column({ type: 'date', name: 'start_date', nullable: true })
  startDate: string | null;

  @Column({ type: 'date', name: 'due_date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'date', name: 'original_due_date', nullable: true })
  originalDueDate: string | null;

  @Column({ type: 'text', name: 'expected_output', nullable: true })
  expectedOutput: string | null;

  @Column({ type: 'text', default: 'not_started' })
  status: WorkPackageStatus;

  @Column({ type: 'integer', default: 0 })
  progress: number;

  @Column({ type: 'text', default: 'normal' })
  priority: Priority;

  @Column({ type: 'jsonb', nullable: true })
  target: WorkPackageTarget | null;

  @Column({ type: 'uuid', name: 'indicator_id', nullable: true })
  indicatorId: string | null;

  @Column({ type: 'date', name: 'completed_on', nullable: true })
  completedOn: string | null;

  /** The break-down's idempotency key, set once at insert; not part of the API's package. */
  @Column({ type: 'text', name: 'breakdown_key', nullable: true, select: false, update: false })
  breakdownKey: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
