import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** What every record carries in JSON: id, createdAt, updatedAt, version. */
export abstract class TimestampedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** Optimistic lock: a PUT carrying an older version is a 409. */
  @VersionColumn({ default: 1 })
  version: number;
}

/**
 * A record of casework. It belongs to exactly one organisation and is soft
 * deleted (kept for the retention period) unless erased on request.
 */
export abstract class CaseRecord extends TimestampedRecord {
  @Column('uuid')
  organizationId: string;

  @DeleteDateColumn({ type: 'timestamptz', select: false })
  deletedAt?: Date | null;
}
