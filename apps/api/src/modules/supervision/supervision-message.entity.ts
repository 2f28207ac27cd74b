import type { SupervisionMessageType } from '@mandate/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One entry of a request's thread; never edited, so every round stays readable. */
@Entity({ name: 'supervision_messages' })
export class SupervisionMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'request_id' })
  requestId: string;

  @Column({ type: 'text' })
  type: SupervisionMessageType;

  @Column({ type: 'integer' })
  round: number;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'date', name: 'due_date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'uuid', name: 'author_id' })
  authorId: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
