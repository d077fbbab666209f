package vn.reformtrack.audit;

/**
 * What a line of the audit trail records. Changes to records come from Envers; the others are written as they happen.
 * "Permission changes" are not a kind of their own: they are the changes of an account's role, unit or access, found by
 * {@link AuditTrail} in the accounts' history.
 */
public enum AuditKind {
    CHANGE,
    SIGN_IN,
    SIGN_IN_FAILED,
    EXPORT,
    SETTING
}
