import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export const DOMAIN_GROUPS = ['markers_and_means', 'social_connections', 'facilitators', 'foundation'] as const;
export type DomainGroup = (typeof DOMAIN_GROUPS)[number];

/** Reference data loaded by a migration; read-only through the API. */
@Entity('integration_domains')
@Check(
  'ck_integration_domains_group',
  `"group" IN ('markers_and_means', 'social_connections', 'facilitators', 'foundation')`,
)
export class IntegrationDomain {
  @PrimaryColumn('text')
  key: string;

  @Column('text')
  group: DomainGroup;

  @Column('int')
  order: number;

  @Column('jsonb')
  name: { en: string; nl: string; uk: string };

  /** What the domain covers, in each language of the UI (like its name). */
  @Column('jsonb')
  description: { en: string; nl: string; uk: string };

  @Column('jsonb', { default: () => "'[]'" })
  examples: string[];

  @Column('text', { nullable: true })
  agerStrang2008: string | null;
}
