import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The record of a merge: which label went into which, by whom, and how many uses moved. */
@Entity('label_merges')
export class LabelMerge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  fromLabelId: string;

  @Column('uuid')
  intoLabelId: string;

  @Column('uuid', { nullable: true })
  mergedById: string | null;

  @Column('int')
  usesMoved: number;

  @CreateDateColumn({ type: 'timestamptz' })
  mergedAt: Date;
}
