package vn.reformtrack.unitindex;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.reformtrack.evidence.EvidenceReadGrant;
import vn.reformtrack.identity.CurrentUser;

/**
 * Lets a council member read the files behind the scores they appraise: the files a unit linked to a line of one of
 * the member's areas, and the files of an explanation of such a line. Nothing else of another unit's library.
 */
@Component
class UnitIndexEvidenceGrant implements EvidenceReadGrant {

    private final JdbcClient jdbc;

    UnitIndexEvidenceGrant(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean grants(CurrentUser user, long evidenceId) {
        return jdbc.sql("""
                        select exists (
                            select 1 from unit_index_score_evidence e
                            join unit_index_score s on s.id = e.score_id
                            join unit_index_member m on m.round_id = s.round_id and m.user_id = :user
                            join unit_index_member_area ma on ma.member_id = m.id and ma.area_id = s.area_id
                            where e.evidence_id = :file)
                        or exists (
                            select 1 from unit_index_contest_evidence ce
                            join unit_index_contest c on c.id = ce.contest_id
                            join unit_index_score s on s.id = c.score_id
                            join unit_index_member m on m.round_id = s.round_id and m.user_id = :user
                            join unit_index_member_area ma on ma.member_id = m.id and ma.area_id = s.area_id
                            where ce.evidence_id = :file)
                        """)
                .param("user", user.id())
                .param("file", evidenceId)
                .query(Boolean.class)
                .single();
    }
}
