import { Check, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Obstacle } from './obstacle.entity.js';

/** "blocker blocks blocked": housing instability blocks the search for work. */
@Entity('obstacle_links')
@Index('ix_obstacle_links_blocked', ['blockedId'])
@Check('ck_obstacle_links_not_self', 'blocker_id <> blocked_id')
export class ObstacleLink {
  @PrimaryColumn('uuid')
  blockerId: string;

  @PrimaryColumn('uuid')
  blockedId: string;

  @ManyToOne(() => Obstacle, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'blocker_id', foreignKeyConstraintName: 'fk_obstacle_links_blocker' })
  blocker?: Obstacle;

  @ManyToOne(() => Obstacle, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'blocked_id', foreignKeyConstraintName: 'fk_obstacle_links_blocked' })
  blocked?: Obstacle;
}
