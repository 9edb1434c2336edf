import { Column, Entity, Index } from 'typeorm';
import { TimestampedRecord } from '../common/database/record.entity.js';

@Entity('organizations')
@Index('uq_organizations_name', ['name'], { unique: true })
export class Organization extends TimestampedRecord {
  @Column('text')
  name: string;

  /** Months after a household closed before its data is due for erasure (issue 13, docs/security.md). */
  @Column('int', { default: 24 })
  retentionMonths: number;
}
