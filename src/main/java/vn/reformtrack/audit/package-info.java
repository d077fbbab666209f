/**
 * The audit trail (nhật ký hệ thống): who changed what and when across every module, with the values before and after
 * (Hibernate Envers keeps a snapshot of every audited entity per change, in {@code *_aud} tables), sign-ins and
 * failed sign-ins, exports of lists, settings and permission changes. One page for administrators and Home Affairs,
 * each record's own history, an .xlsx export. Append-only: database triggers refuse every UPDATE, DELETE and
 * TRUNCATE of these tables, except the retention job's removal of records older than the configured number of years.
 * The modules' own histories (plan, report, assessment) stay as they are.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package vn.reformtrack.audit;
