import type { DisbursementMilestone } from '@mandate/domain';
import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@Entity({ name: 'disbursement_settings' })
export class DisbursementSettingsEntity {
  @PrimaryColumn({ type: 'uuid', name: 'plan_id' })
  planId: string;

  @Column({ type: 'date', name: 'target_date' })
  targetDate: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  milestones: DisbursementMilestone[];

  @Column({ type: 'uuid', name: 'work_package_id', nullable: true })
  workPackageId: string | null;

  @VersionColumn()
  version: number;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
