import type { IndicatorGroup, IndicatorTarget } from '@mandate/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

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
}
