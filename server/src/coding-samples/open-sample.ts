/**
 * SQL: whether the contact log `logId` (an SQL expression) is in a
 * double-coding sample that not both coders have coded it in yet. Such a log
 * stays unlabelled, so neither coder sees labels on it before coding.
 */
export function openSampleCondition(logId: string): string {
  return `EXISTS (SELECT 1 FROM coding_samples s WHERE ${logId} = ANY(s.contact_log_ids)
             AND (SELECT count(*) FROM codings c WHERE c.sample_id = s.id AND c.contact_log_id = ${logId}) < 2)`;
}
