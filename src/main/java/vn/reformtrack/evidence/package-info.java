/**
 * Evidence files (tài liệu kiểm chứng) that back report entries and criterion self-assessments: PDF, DOCX, XLSX,
 * JPEG and PNG, checked from their content, stored in PostgreSQL with their size and SHA-256. Other modules store
 * and read files through {@link vn.reformtrack.evidence.EvidenceStore}, refer to them by id, decide who may read
 * them with {@link vn.reformtrack.evidence.EvidenceAccess}, and widen that rule with
 * {@link vn.reformtrack.evidence.EvidenceReadGrant} beans. Pages include the upload widget and file items from
 * {@code templates/evidence/fragments.html}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package vn.reformtrack.evidence;
