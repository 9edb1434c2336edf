import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A random sample of contact logs that two researchers label independently. */
@Entity('coding_samples')
@Index('ix_coding_samples_organization', ['organizationId'])
export class CodingSample {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('text')
  name: string;

  @Column('uuid')
  firstCoderId: string;

  @Column('uuid')
  secondCoderId: string;

  @Column('uuid', { nullable: true })
  createdById: string | null;

  @Column('uuid', { array: true })
  contactLogIds: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** One coder's labels for one log of a sample; never shown to the other coder. */
@Entity('codings')
export class Coding {
  @PrimaryColumn('uuid')
  sampleId: string;

  @PrimaryColumn('uuid')
  contactLogId: string;

  @PrimaryColumn('uuid')
  coderId: string;

  @Column('uuid', { array: true, default: () => "'{}'" })
  labelIds: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  codedAt: Date;
}
