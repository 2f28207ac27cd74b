import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Evidence metadata; the bytes live under UPLOAD_DIR at `storage_key`, never in the database. */
@Entity({ name: 'attachments' })
export class AttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'work_package_id' })
  workPackageId: string;

  @Column({ type: 'uuid', name: 'progress_report_id', nullable: true })
  progressReportId: string | null;

  @Column({ type: 'text', name: 'file_name' })
  fileName: string;

  @Column({ type: 'text', name: 'content_type' })
  contentType: string;

  // bigint comes back from pg as a string; evidence is at most 20 MB, so a number is exact.
  @Column({ type: 'bigint', name: 'size_bytes', transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) } })
  sizeBytes: number;

  @Column({ type: 'text', name: 'storage_key' })
  storageKey: string;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'uuid', name: 'uploaded_by' })
  uploadedBy: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
