import type { Accumulation, IndicatorGroup, IndicatorTarget } from '@mandate/domain';
import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@Entity({ name: 'plan_indicators' })
export class PlanIndicatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'plan_id' })
  planId: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  group: IndicatorGroup;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  targets: IndicatorTarget[];

  @Column({ type: 'integer' })
  position: number;

  /** Enters the indicator's figures; suggested at import from the subject rules, set by the UBND office. */
  @Column({ type: 'uuid', name: 'responsible_department_id', nullable: true })
  responsibleDepartmentId: string | null;

  /** Null: the default from the unit (`defaultAccumulation`). */
  @Column({ type: 'text', nullable: true })
  accumulation: Accumulation | null;

  @VersionColumn()
  version: number;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
