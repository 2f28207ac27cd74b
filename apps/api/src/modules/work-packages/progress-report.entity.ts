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

  @Column({ type: 'timestamptz', name: 'submitted_at', default: () => 'now()' })
  submittedAt: Date;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
