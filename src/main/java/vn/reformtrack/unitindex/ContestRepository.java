package vn.reformtrack.unitindex;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContestRepository extends JpaRepository<Contest, Long> {

    Optional<Contest> findByScoreId(long scoreId);

    List<Contest> findByRoundIdAndUnitId(long roundId, long unitId);

    long countByRoundIdAndAnswerIsNull(long roundId);
}
