import type { AssessmentStatus, TargetComparator } from '@mandate/domain';
import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** One typed target of an indicator, with an id figures refer to; a qualitative one carries a manual assessment. */
@Entity({ name: 'indicator_targets' })
export class IndicatorTargetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'indicator_id' })
  indicatorId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  comparator: TargetComparator;

  @Column({ type: 'double precision', nullable: true })
  value: number | null;

  @Column({ type: 'double precision', nullable: true })
  max: number | null;

  @Column({ type: 'text', nullable: true })
  unit: string | null;

  @Column({ type: 'text', nullable: true })
  label: string | null;

  @Column({ type: 'text', name: 'assessment_status', nullable: true })
  assessmentStatus: AssessmentStatus | null;

  @Column({ type: 'text', name: 'assessment_note', nullable: true })
  assessmentNote: string | null;

  @Column({ type: 'uuid', name: 'assessed_by', nullable: true })
  assessedBy: string | null;

  @Column({ type: 'timestamptz', name: 'assessed_at', nullable: true })
  assessedAt: Date | null;

  @VersionColumn()
  version: number;
}
