package vn.reformtrack.assessment;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentChangeRepository extends JpaRepository<AssessmentChange, Long> {

    List<AssessmentChange> findByRoundIdOrderByChangedAtDescIdDesc(long roundId, Pageable page);

    List<AssessmentChange> findByItemIdOrderByChangedAtDescIdDesc(long itemId);

    long countByRoundId(long roundId);

    void deleteByRoundId(long roundId);
}
