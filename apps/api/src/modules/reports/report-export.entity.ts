import type { ExportJobState, Role } from '@mandate/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AppendixExportParams } from './appendix-export.params';

/** One export run by the worker; its file lives under UPLOAD_DIR/exports until `expires_at`. */
@Entity({ name: 'report_exports' })
export class ReportExportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: 'appendix';

  @Column({ type: 'uuid', name: 'plan_id' })
  planId: string;

  @Column({ type: 'uuid', name: 'requester_id' })
  requesterId: string;

  @Column({ type: 'text', name: 'requester_role' })
  requesterRole: Role;

  @Column({ type: 'uuid', name: 'requester_department_id', nullable: true })
  requesterDepartmentId: string | null;

  @Column({ type: 'jsonb' })
  params: AppendixExportParams;

  @Column({ type: 'text', default: 'queued' })
  status: ExportJobState;

  @Column({ type: 'integer', default: 0 })
  progress: number;

  @Column({ type: 'text', name: 'file_name' })
  fileName: string;

  @Column({ type: 'text', name: 'file_key', nullable: true })
  fileKey: string | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'finished_at', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt: Date;
}
