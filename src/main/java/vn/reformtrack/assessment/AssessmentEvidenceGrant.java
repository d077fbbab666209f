package vn.reformtrack.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.reformtrack.evidence.EvidenceReadGrant;
import vn.reformtrack.identity.CurrentUser;

/**
 * Lets a unit read the files linked to a criterion it answers for or helps with in a started round: the responsible
 * unit reads what its coordinating units added, and they read each other's. Nothing else: a unit never reads another
 * unit's library through this.
 */
@Component
class AssessmentEvidenceGrant implements EvidenceReadGrant {

    private final JdbcClient jdbc;

    AssessmentEvidenceGrant(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean grants(CurrentUser user, long evidenceId) {
        if (user.unitId() == null) {
            return false;
        }
        return jdbc.sql("""
                        select exists (
                            select 1 from assessment_item_evidence e
                            join assessment_item i on i.id = e.item_id
                            join assessment_round r on r.id = i.round_id
                            where e.evidence_id = :file and r.status <> 'PREPARING'
                              and (i.responsible_unit_id = :unit or exists (
                                   select 1 from assessment_item_coordinating_unit cu
                                   where cu.item_id = i.id and cu.unit_id = :unit)))
                        """)
                .param("file", evidenceId)
                .param("unit", user.unitId())
                .query(Boolean.class)
                .single();
    }
}
