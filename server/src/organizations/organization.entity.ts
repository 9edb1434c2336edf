import { Column, Entity, Index } from 'typeorm';
import { TimestampedRecord } from '../common/database/record.entity.js';

@Entity('organizations')
@Index('uq_organizations_name', ['name'], { unique: true })
export class Organization extends TimestampedRecord {
  @Column('text')
  name: string;
}
