import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Breakthrough } from './breakthrough.entity.js';
import { Obstacle } from '../obstacles/obstacle.entity.js';

@Entity('breakthrough_obstacles')
@Index('ix_breakthrough_obstacles_obstacle', ['obstacleId'])
export class BreakthroughObstacle {
  @PrimaryColumn('uuid')
  breakthroughId: string;

  @PrimaryColumn('uuid')
  obstacleId: string;

  @ManyToOne(() => Breakthrough, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'breakthrough_id', foreignKeyConstraintName: 'fk_breakthrough_obstacles_breakthrough' })
  breakthrough?: Breakthrough;

  @ManyToOne(() => Obstacle, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'obstacle_id', foreignKeyConstraintName: 'fk_breakthrough_obstacles_obstacle' })
  obstacle?: Obstacle;
}
