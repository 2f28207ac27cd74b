import type { ParsedAssignment } from '@mandate/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One node of the tasks-and-solutions tree, flattened in document order. */
@Entity({ name: 'plan_items' })
export class PlanItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'plan_id' })
  planId: string;

  @Column({ type: 'text' })
  ref: string;

  @Column({ type: 'text', name: 'parent_ref', nullable: true })
  parentRef: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  paragraphs: string[];

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'boolean', name: 'is_leaf' })
  isLeaf: boolean;

  /** Who the document gives this item to, as written; null where it names no one (or the plan was imported before this was kept). */
  @Column({ type: 'jsonb', nullable: true })
  assignment: ParsedAssignment | null;
}
