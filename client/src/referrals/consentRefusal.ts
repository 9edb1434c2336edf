/** The server's refusal to share without consent, recognised so the UI can say it in the user's language. */
const CONSENT_REFUSAL = /has not given consent to share/;

/**
 * Replaces the server's English consent refusal (on `status`) by the
 * translated message; other errors stay as the server wrote them.
 */
export function translateConsentRefusal(
  errors: Record<string, string>,
  translate: (key: string, options?: Record<string, unknown>) => string,
  firstName: string,
): Record<string, string> {
  if (typeof errors.status !== 'string' || !CONSENT_REFUSAL.test(errors.status)) return errors;
  return { ...errors, status: translate('app.consent.refused', { name: firstName }) };
}
