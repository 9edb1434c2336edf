/** The embedded PostgreSQL could not be prepared, started or stopped. The message is one line for the operator. */
export class EmbeddedPostgresError extends Error {}
