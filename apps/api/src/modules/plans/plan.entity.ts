import type { PlanDocumentKind, PlanDocumentParse } from '@mandate/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@Entity({ name: 'plans' })
export class PlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', nullable: true, unique: true })
  number: string | null;

  @Column({ type: 'text' })
  kind: PlanDocumentKind;

  @Column({ type: 'text', nullable: true })
  issuer: string | null;

  @Column({ type: 'date', name: 'issued_on', nullable: true })
  issuedOn: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'integer', name: 'plan_year', nullable: true })
  planYear: number | null;

  @Column({ type: 'text', name: 'source_text' })
  sourceText: string;

  /** The parser's output as it was at import, warnings included. */
  @Column({ type: 'jsonb' })
  parse: PlanDocumentParse;

  @Column({ type: 'boolean', default: false })
  archived: boolean;

  /** Set while the UBND publishes the plan's transparency page; null is unpublished. */
  @Column({ type: 'timestamptz', name: 'published_at', nullable: true })
  publishedAt: Date | null;
  /** A completion report needs at least one evidence file unless the UBND office relaxes it for this plan. */
  @Column({ type: 'boolean', name: 'completion_evidence_required', default: true })
  completionEvidenceRequired: boolean;

  /** The one plan the board, deadlines and home pages open on (a partial unique index allows one). */
  @Column({ type: 'boolean', name: 'is_current', default: false })
  isCurrent: boolean;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
