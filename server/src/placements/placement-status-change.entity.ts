import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Placement } from './placement.entity.js';

/** Every status a placement went through, with its date: "how long did it take". */
@Entity('placement_status_changes')
@Index('ix_placement_status_changes_placement', ['placementId', 'changedAt'])
export class PlacementStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  placementId: string;

  @ManyToOne(() => Placement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'placement_id', foreignKeyConstraintName: 'fk_placement_status_changes_placement' })
  placement?: Placement;

  @Column('text')
  status: string;

  @Column('date')
  changedOn: string;

  @Column('uuid', { nullable: true })
  changedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt: Date;
}
