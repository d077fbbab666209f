package vn.reformtrack.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.reformtrack.evidence.EvidenceReadGrant;
import vn.reformtrack.identity.CurrentUser;

/**
 * Lets a lead unit read the evidence its coordinating units attached to their entries on the lead unit's tasks, once
 * those units have sent their reports (the same parts the lead unit sees beside its own entries). Nothing else: a
 * coordinating unit does not read the lead unit's files, and a draft's files stay with their unit. One indexed
 * statement per question.
 */
@Component
class CoordinatedEvidenceGrant implements EvidenceReadGrant {

    private final JdbcClient jdbc;

    CoordinatedEvidenceGrant(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean grants(CurrentUser user, long evidenceId) {
        if (!user.isUnitUser() || user.unitId() == null) {
            return false;
        }
        return jdbc.sql("""
                        select exists (
                            select 1 from report_entry_evidence ev
                            join report_entry e on e.id = ev.entry_id
                            join unit_report r on r.id = e.report_id
                            join task t on t.id = e.task_id
                            where ev.evidence_id = :evidence and e.role = 'COORDINATING'
                              and r.status in ('SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED')
                              and t.lead_unit_id = :unit and r.unit_id <> :unit)
                        """)
                .param("evidence", evidenceId)
                .param("unit", user.unitId())
                .query(Boolean.class)
                .single();
    }
}
