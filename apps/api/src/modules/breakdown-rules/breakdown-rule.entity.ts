import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A subject-to-department rule of the break-down, as data the admin edits. */
@Entity({ name: 'breakdown_rules' })
export class BreakdownRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'department_id' })
  departmentId: string;

  /** Diacritic-folded, lower-case (normalizeKeyword). */
  @Column({ type: 'text', array: true })
  keywords: string[];

  @Column({ type: 'integer', default: 0 })
  priority: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
