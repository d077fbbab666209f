package vn.reformtrack.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentItemRepository extends JpaRepository<AssessmentItem, Long> {

    List<AssessmentItem> findByRoundId(long roundId);

    List<AssessmentItem> findByRoundIdAndResponsibleUnitId(long roundId, long unitId);

    Optional<AssessmentItem> findByIdAndRoundId(long id, long roundId);

    long countByRoundIdAndResponsibleUnitIdIsNullAndEntry(long roundId, EntryMode entry);
}
