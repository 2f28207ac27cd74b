import type { MeasurementKind, MeasurementValue } from '@mandate/domain';
import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

const bigintAsNumber = { to: (v: number | null) => v, from: (v: string | number | null) => (v === null ? null : Number(v)) };

/** The figures of one indicator for one period and kind, with where they come from; entered by the department, confirmed by the UBND office. */
@Entity({ name: 'indicator_measurements' })
export class IndicatorMeasurementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'indicator_id' })
  indicatorId: string;

  @Column({ type: 'text' })
  period: string;

  @Column({ type: 'date', name: 'period_end' })
  periodEnd: string;

  @Column({ type: 'text' })
  kind: MeasurementKind;

  @Column({ type: 'jsonb' })
  values: MeasurementValue[];

  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', name: 'evidence_file_name', nullable: true })
  evidenceFileName: string | null;

  @Column({ type: 'text', name: 'evidence_content_type', nullable: true })
  evidenceContentType: string | null;

  @Column({ type: 'bigint', name: 'evidence_size_bytes', nullable: true, transformer: bigintAsNumber })
  evidenceSizeBytes: number | null;

  @Column({ type: 'text', name: 'evidence_storage_key', nullable: true })
  evidenceStorageKey: string | null;

  @Column({ type: 'text', name: 'evidence_sha256', nullable: true })
  evidenceSha256: string | null;

  @Column({ type: 'uuid', name: 'entered_by' })
  enteredBy: string;

  @Column({ type: 'timestamptz', name: 'entered_at', default: () => 'now()' })
  enteredAt: Date;

  @Column({ type: 'uuid', name: 'confirmed_by', nullable: true })
  confirmedBy: string | null;

  @Column({ type: 'timestamptz', name: 'confirmed_at', nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'uuid', name: 'corrects_id', nullable: true })
  correctsId: string | null;

  @Column({ type: 'timestamptz', name: 'superseded_at', nullable: true })
  supersededAt: Date | null;

  @VersionColumn()
  version: number;
}
