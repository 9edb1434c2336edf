import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { IntegrationDomain } from '../integration-domains/integration-domain.entity.js';
import { Household } from '../households/household.entity.js';
import { Person } from '../persons/person.entity.js';

/** Every entity, listed once, for the app and the migration CLI alike. */
export const ENTITIES = [Organization, User, IntegrationDomain, Household, Person];
