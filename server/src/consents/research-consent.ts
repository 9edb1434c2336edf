/** Active research consent today: given on or before today and not withdrawn (a withdrawal takes effect on its date). */
const ACTIVE_RESEARCH_CONSENT = `rc.purpose = 'research' AND rc.deleted_at IS NULL
                     AND rc.given_on <= CURRENT_DATE AND (rc.withdrawn_on IS NULL OR rc.withdrawn_on > CURRENT_DATE)`;

/**
 * SQL: a person has research consent today — a consent for purpose
 * 'research' given on or before today and not withdrawn (a withdrawal takes
 * effect on its date). `personId` and `organizationId` are SQL expressions.
 */
export function hasResearchConsent(personId: string, organizationId: string): string {
  return `EXISTS (SELECT 1 FROM consents rc
                   WHERE rc.person_id = ${personId} AND rc.organization_id = ${organizationId}
                     AND ${ACTIVE_RESEARCH_CONSENT})`;
}

/**
 * SQL: the ids (`person_id`) of the organisation's persons with research
 * consent today, the same rule as `hasResearchConsent` as one set: for a
 * whole export, one pass over the consents instead of a look-up per row.
 */
export function researchConsentingPersons(organizationId: string): string {
  return `SELECT DISTINCT rc.person_id FROM consents rc WHERE rc.organization_id = ${organizationId} AND ${ACTIVE_RESEARCH_CONSENT}`;
}

/**
 * SQL: a contact log (table alias `log`) may be used for research: it names
 * the members present and every one of them has research consent today. A
 * log that names nobody does not qualify: nobody's consent covers it.
 */
export function logHasResearchConsent(log: string): string {
  return `(cardinality(${log}.person_ids) > 0
           AND NOT EXISTS (SELECT 1 FROM unnest(${log}.person_ids) AS present(person_id)
                            WHERE NOT ${hasResearchConsent('present.person_id', `${log}.organization_id`)}))`;
}

/**
 * SQL: a researcher (`userId`, an SQL expression) may read the note of a
 * contact log (table alias `log`): everyone on it consented to research
 * (above), or the researcher wrote the log, or they are assigned to its
 * household — action researchers also give support, and a supporter reads
 * the notes of their own households.
 */
export function researcherMayReadLog(log: string, userId: string): string {
  return `(${logHasResearchConsent(log)}
           OR ${log}.author_id = ${userId}
           OR EXISTS (SELECT 1 FROM households rh WHERE rh.id = ${log}.household_id AND ${userId} = ANY(rh.assignee_ids)))`;
}
