import type { SupervisionKind, SupervisionStatus, SupervisionSubjectType } from '@mandate/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'supervision_requests' })
export class SupervisionRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: SupervisionKind;

  @Column({ type: 'text', name: 'subject_type' })
  subjectType: SupervisionSubjectType;

  @Column({ type: 'uuid', name: 'subject_id' })
  subjectId: string;

  /** The subject's name when raised, so lists and e-mails need no join per subject type. */
  @Column({ type: 'text', name: 'subject_title' })
  subjectTitle: string;

  @Column({ type: 'uuid', name: 'plan_id', nullable: true })
  planId: string | null;

  @Column({ type: 'uuid', name: 'addressee_department_id', nullable: true })
  addresseeDepartmentId: string | null;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'text' })
  status: SupervisionStatus;

  @Column({ type: 'integer' })
  round: number;

  @Column({ type: 'date', name: 'due_date' })
  dueDate: string;

  @Column({ type: 'date', name: 'answered_on', nullable: true })
  answeredOn: string | null;

  @Column({ type: 'uuid', name: 'raised_by' })
  raisedBy: string;

  @Column({ type: 'text', name: 'reminder_job_id', nullable: true, select: false })
  reminderJobId: string | null;

  @Column({ type: 'integer' })
  version: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt: Date | null;
}
