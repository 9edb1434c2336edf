/**
 * The one list of error codes the API answers with: `code` of an error body,
 * and `code` of each entry in `fieldCodes` (one per field of `errors`). A
 * client translates by code and builds its sentence from the entry's
 * `params`; the English `message` beside it stays for people reading the
 * raw answer. Codes are stable: add new ones, never rename one.
 *
 * This file imports nothing, so the client can import its types, and
 * docs/api.md lists it (a test keeps the two equal, see error-codes.spec.ts).
 */

/** Codes of a whole answer, with the HTTP status they come with. */
export const ERROR_CODES = {
  bad_request: { status: 400, meaning: 'The request is malformed in a way no more specific code names' },
  malformed_json: { status: 400, meaning: 'The body is not valid JSON' },
  body_not_object: { status: 400, meaning: 'The body is JSON but not an object' },
  body_too_deep: { status: 400, meaning: 'The body (or a JSON query parameter) is nested more than 20 levels' },
  not_utf8: { status: 400, meaning: 'The body is not valid UTF-8' },
  invalid_query: {
    status: 400,
    meaning:
      'A query parameter (sort, range, filter, a report option) is malformed or names something unknown; the message says what is allowed',
  },
  invalid_path: { status: 400, meaning: 'A value in the path is malformed (e.g. a NUL character)' },
  unauthenticated: { status: 401, meaning: 'No token was sent' },
  session_expired: { status: 401, meaning: 'The token is invalid or its session ended; sign in again' },
  wrong_login: { status: 401, meaning: 'Wrong e-mail address or password' },
  forbidden: { status: 403, meaning: "The caller's role may not do this (the permission table)" },
  not_a_coder: { status: 403, meaning: 'Only the two coders of a coding sample code it' },
  agreement_not_shared: { status: 403, meaning: 'A coder sees the agreement once a coordinator shares it' },
  not_found: {
    status: 404,
    meaning:
      "No such record (or another organisation's, or out of the caller's reach), or no such route; `params.resource` names the kind of record",
  },
  stale_version: {
    status: 409,
    meaning: 'The record was changed by someone else since it was read (`version`); reload and try again',
  },
  concurrent_change: { status: 409, meaning: 'The record was changed at the same time; try again' },
  duplicate: { status: 409, meaning: 'A record with these values already exists' },
  household_has_members: { status: 409, meaning: 'A household with members cannot be deleted (`params.count`)' },
  plan_has_obstacles: { status: 409, meaning: 'A perspective plan with obstacles cannot be deleted (`params.count`)' },
  label_in_use: { status: 409, meaning: 'A label in use cannot be deleted; archive it (`params.count`)' },
  employer_in_use: {
    status: 409,
    meaning:
      'An employer with placements or conversations cannot be deleted; set it inactive (`params.placements`, `params.conversations`)',
  },
  last_admin: { status: 409, meaning: 'An organisation needs at least one active admin' },
  choose_organization: {
    status: 409,
    meaning: 'The password opens accounts in several organisations: sign in again with one of `organizations`',
  },
  body_too_large: { status: 413, meaning: 'The body is over 1 MB, or has too many keys, items or values' },
  unsupported_media_type: { status: 415, meaning: 'The body is not JSON in UTF-8' },
  validation_failed: {
    status: 422,
    meaning: 'Fields were refused: `errors` has a message and `fieldCodes` a code for each',
  },
  rate_limited: { status: 429, meaning: 'Too many attempts; wait `Retry-After` seconds (`params.retryAfter`)' },
  import_file_unreadable: {
    status: 400,
    meaning: 'The upload is not a CSV or xlsx file that can be read, or has no rows',
  },
  import_file_too_large: {
    status: 413,
    meaning: 'The upload has more rows or columns than an import takes, or a workbook unpacks to more than 300 MB',
  },
  import_running: { status: 409, meaning: 'The import is being checked or applied; wait until it has finished' },
  import_not_checked: {
    status: 409,
    meaning: 'An import is applied only after a check (dry run) of its current mapping',
  },
  import_finished: { status: 409, meaning: 'The import is done; a new one needs a new upload' },
  internal_error: { status: 500, meaning: 'Something failed on the server; `requestId` finds it in the log' },
  export_not_ready: {
    status: 409,
    meaning: 'The research export has no file to download: it is still running (`params.status`) or failed',
  },
  shared_skill: {
    status: 403,
    meaning: 'The shared list of skills is the same for everyone; add your own skill instead',
  },
  skill_in_use: { status: 409, meaning: 'A skill of a person or a vacancy cannot be deleted (`params.count`)' },
  vacancy_in_use: {
    status: 409,
    meaning: 'A vacancy with placements cannot be deleted; mark it filled (`params.count`)',
  },
  not_view_owner: {
    status: 403,
    meaning: 'Only its owner changes a saved view; an admin or coordinator may also remove a shared one',
  },
} as const satisfies Record<string, { status: number; meaning: string }>;

/** Codes of one field in a 422 (`fieldCodes`), with the `params` they carry. */
export const FIELD_ERROR_CODES = {
  // What kind of value a field takes (class-validator, see validation.ts).
  required: 'A value is required (missing, null or empty)',
  unknown_field: 'The field is not part of this request',
  not_text: 'Must be text',
  not_integer: 'Must be a whole number',
  not_number: 'Must be a number (`params.decimals`: at most so many decimals, when limited)',
  not_boolean: 'Must be true or false',
  not_list: 'Must be a list',
  not_object: 'Must be an object',
  invalid_date: 'Must be a date that exists, as YYYY-MM-DD',
  invalid_date_time: 'Must be a date and time (ISO 8601)',
  invalid_email: 'Must be an e-mail address',
  invalid_id: 'Must be an id (a UUID)',
  invalid_format: 'Does not have the required form (e.g. a colour like #1976d2)',
  invalid_text: 'Text with a NUL character or an unpaired UTF-16 surrogate (in a value or a key)',
  not_allowed_value: 'Must be one of `params.values` (comma-separated)',
  too_long: 'At most `params.max` characters',
  too_short: 'At least `params.min` characters',
  too_small: 'At least `params.min`',
  too_large: 'At most `params.max`',
  too_few_items: 'At least `params.min` items',
  too_many_items: 'At most `params.max` items',
  too_deep: 'Nested more than `params.max` levels',
  invalid_value: 'A value is not allowed here (no more specific code applies)',
  value_malformed: 'The database refused the value: out of range or malformed',
  // References.
  record_missing: 'Refers to a record (or records) that does not exist in the organisation',
  inactive_user: 'Must be an active user (or users) of the organisation',
  not_in_household:
    "Must belong to the record's household (`params.kind`: member, obstacle, breakthrough, placement, plan)",
  not_same_household: 'Linked records must all be of one household',
  not_integration_domain: 'Must be a key of the integration domains',
  // Uniqueness.
  reference_taken: "The household's reference is used by another household",
  email_taken: 'The e-mail address has an account in the organisation',
  name_taken: 'The name is taken (`params.city` for an employer)',
  // Dates.
  date_in_future: 'Cannot be in the future',
  before_start_date: 'Cannot be before the start date (`params.date`)',
  before_identified:
    'Cannot be before the obstacle was identified (`params.date`; `params.title` of the obstacle, when another record)',
  before_consent_given: 'Cannot be before consent was given (`params.date`)',
  before_last_status_change: 'Cannot be before the last status change (`params.status` on `params.date`)',
  not_after_extended_end: 'Must be after the end date it extends (`params.date`)',
  // Rules of single records.
  cannot_change: 'Cannot be changed once set (record a new one instead)',
  consent_missing: 'The person has not given the consent this needs',
  sharing_consent_missing:
    'The person (`params.name`) has not given consent to share their data with this partner organisation',
  consent_withdrawn: 'The consent was withdrawn (`params.date`); a withdrawal is final',
  status_move_not_allowed:
    'A placement cannot move from `params.from` to `params.to` (`params.allowed`: the moves allowed, empty when final)',
  end_reason_required: 'Ending a placement needs an end reason',
  only_when_ended: 'Only for an ended placement',
  resolved_on_required: 'A resolved obstacle needs the date it was resolved',
  person_or_plan_required: 'An obstacle needs a person or a plan',
  blocks_itself: 'An obstacle cannot block itself',
  blocks_cycle: 'The links would make a cycle (`params.path`: the titles)',
  links_across_households: "The person's obstacles are linked with those of other household members (`params.count`)",
  obstacle_required: 'A breakthrough names at least one obstacle it removes',
  employer_or_contact: 'An employer or a contact is required',
  sharing_partner_required: 'Sharing consent is given for one partner organisation',
  only_sharing_consent: 'Only applies to sharing consent',
  deadline_task_only: 'Only applies to a task made for a deadline (deadlineKind)',
  deadline_date_required: 'The deadline has no date to take: send one (`params.kind`)',
  done_date_only_when_done: 'Only a done task has a done date',
  referral_not_completed: 'Only a completed referral links a breakthrough',
  label_name_required: 'A label needs a name in at least one language',
  label_archived: 'Archived labels cannot be applied (`params.names`) or merged into',
  label_merge_self: 'A label cannot be merged into itself',
  label_merge_descendant: 'The label is under the label being merged; merge the other way round',
  label_own_ancestor: 'The label would be its own ancestor',
  label_in_coding: 'The log is in an open double-coding sample; label it once both coders have coded it',
  minutes_per_label: 'Minutes must be given for exactly the labels applied',
  minutes_negative: 'Minutes must be numbers of 0 or more',
  minutes_decimals: 'Minutes may have at most two decimals',
  minutes_sum: 'Minutes must add up to the duration (`params.total`; `params.sum` was sent)',
  same_coder: 'The second coder must be another person than the first',
  not_a_coder_role: "The user's role may not code",
  nothing_to_sample: 'No contact logs to sample in this period',
  own_admin_access: 'An admin cannot remove their own admin access',
  not_current_password: 'Not the current password',
  password_too_simple: 'A password needs letters and at least one digit or symbol',
  password_guessable: 'The password is too easy to guess',
  import_no_match: 'An import row names a record (household, member, employer, label) that is not there',
  import_no_such_column: 'Names no column of the uploaded file',
  import_interrupted:
    'The import stopped (the server stopped or failed); rows after the last stored chunk were not imported',
  import_expired: 'The upload was not imported within a day and its rows were dropped; upload it again',
  integration_route_exists: 'The person already has an integration route; change that one',
  part_not_finished: 'Only a completed or exempted part of the integration route has a completion date (`params.part`)',
  confirmation_mismatch:
    "The typed confirmation does not match (the person's name, the household's reference, the number of households)",
  not_due_for_erasure: 'These households are not past their retention period (`params.count`)',
  period_reversed: 'The period ends before it starts',
  // Work permits and labour rights (placements; letters 000 and 004).
  uwv_notification_missing:
    'The placement cannot start: under temporary protection the employer notifies UWV first (`params.protectionBasis`, `params.type`)',
  uwv_notification_late: 'The placement cannot start: UWV must be notified before the start date',
  twv_not_granted:
    'The placement cannot start: the employer (or client, for self-employed work) needs a work permit (TWV) that has been granted (`params.protectionBasis`, `params.type`)',
  signal_partner_required: 'A reported labour-rights signal names the partner organisation it was reported to',
  not_after_latest_version:
    'A new version of a policy parameter must start after the latest one (`params.date`): versions are added, never replaced',
  skill_taken: 'The person already has this skill; change its level instead',
  only_regulated_profession: 'Only for a regulated profession (care under the BIG act, teaching)',
  language_level_required: 'A language needs the level that is needed',
  language_required: 'A level needs the language it is of',
  not_vacancy_employer: "Must be the vacancy's employer",
  municipality_required: 'An activity on site names its municipality',
  obstacle_not_systemic: 'Only systemic obstacles evidence a policy signal',
  raised_with_required: 'A signal raised, answered or changed names whom it was raised with',
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof ERROR_CODES;
export type FieldErrorCode = keyof typeof FIELD_ERROR_CODES;
/** Values a client can put in its sentence (a length, a date, a list). */
export type ErrorParams = Record<string, string | number>;
