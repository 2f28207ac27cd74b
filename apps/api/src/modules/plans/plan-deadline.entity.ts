import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'plan_deadlines' })
export class PlanDeadlineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'plan_id' })
  planId: string;

  @Column({ type: 'text', name: 'item_ref' })
  itemRef: string;

  @Column({ type: 'date', name: 'due_date' })
  dueDate: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'integer' })
  position: number;
}
