package vn.reformtrack.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentChangeRepository extends JpaRepository<AssessmentChange, Long> {

    List<AssessmentChange> findByItemIdOrderByChangedAtDescIdDesc(long itemId);

    void deleteByRoundId(long roundId);
}
