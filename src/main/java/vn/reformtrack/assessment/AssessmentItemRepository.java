package vn.reformtrack.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssessmentItemRepository extends JpaRepository<AssessmentItem, Long> {

    List<AssessmentItem> findByRoundId(long roundId);

    List<AssessmentItem> findByRoundIdAndResponsibleUnitId(long roundId, long unitId);

    /** Whether the unit answers for or helps with any criterion of the round ({@link AssessmentAccess#canSee}). */
    @Query("""
            select count(i) > 0 from AssessmentItem i
            where i.roundId = :roundId and (i.responsibleUnitId = :unitId or :unitId member of i.coordinatingUnitIds)
            """)
    boolean involves(@Param("roundId") long roundId, @Param("unitId") long unitId);

    Optional<AssessmentItem> findByIdAndRoundId(long id, long roundId);

    long countByRoundIdAndResponsibleUnitIdIsNullAndEntry(long roundId, EntryMode entry);
}
