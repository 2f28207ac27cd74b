import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Amounts are whole đồng; bigint comes back from pg as a string, so it is read as a number (below 2^53 for any capital plan). */
const bigintAsNumber = { to: (value: number) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

@Entity({ name: 'disbursement_projects' })
export class DisbursementProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'plan_id' })
  planId: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'uuid', name: 'investor_department_id' })
  investorDepartmentId: string;

  @Column({ type: 'text', name: 'capital_source' })
  capitalSource: string;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  allocated: number;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

export { bigintAsNumber };
