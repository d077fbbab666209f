package vn.reformtrack.results;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CriterionScoreRepository extends JpaRepository<CriterionScore, Long> {

    List<CriterionScore> findByResultId(long resultId);

    Optional<CriterionScore> findByResultIdAndCriterionId(long resultId, long criterionId);
}
