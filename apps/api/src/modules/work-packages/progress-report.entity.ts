import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A progress report, or (is_completion) the completion report a submit files; approval dates the completion from submitted_at. */
@Entity({ name: 'progress_reports' })
export class ProgressReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'work_package_id' })
  workPackageId: string;

  @Column({ type: 'uuid', name: 'author_id' })
  authorId: string;

  @Column({ type: 'integer' })
  progress: number;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'boolean', name: 'is_completion', default: false })
  isCompletion: boolean;

  /** Set when the UBND office filed the report for the lead department (this one), with why. */
  @Column({ type: 'uuid', name: 'on_behalf_department_id', nullable: true })
  onBehalfDepartmentId: string | null;

  @Column({ type: 'text', name: 'on_behalf_reporter_name', nullable: true })
  onBehalfReporterName: string | null;

  @Column({ type: 'text', name: 'on_behalf_reason', nullable: true })
  onBehalfReason: string | null;

  @Column({ type: 'timestamptz', name: 'submitted_at', default: () => 'now()' })
  submittedAt: Date;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
